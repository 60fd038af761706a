/**
 * Settings → Reading corrections: the readings the reader fixed from a page's popup, each with a
 * Remove button. They live in the vocabulary database (the background is their one writer), so they
 * are part of the JSON backup of the vocabulary page as well.
 */
import type { ReadingFix } from '../shared/reading-fix-messages';
import { button, h } from '../popup/vocab/dom';
import { call, type Send } from '../popup/vocab/send';
import { StatusLine } from '../popup/vocab/status-line';

export interface ReadingFixesDeps {
  send: Send;
}

const EXPLANATION =
  'Readings you corrected with “Fix reading” in the word popup on a page. Yomitoki shows them in place ' +
  'of its own reading on every page, wherever the word stands as a whole word (a fix for 日本 does ' +
  'not change 日本人). Open pages show a change the next time they are annotated (reload them). The ' +
  'corrections are saved with your vocabulary and included in its JSON backup.';

export function mountReadingFixes(
  container: HTMLElement,
  deps: ReadingFixesDeps,
): { refresh(): Promise<void> } {
  const doc = container.ownerDocument;
  const status = new StatusLine(doc);
  const list = h(doc, 'ul', { className: 'reading-fixes' });

  const row = (fix: ReadingFix) =>
    h(doc, 'li', { attrs: { 'data-surface': fix.surface } }, [
      h(doc, 'span', { className: 'fix-surface', text: fix.surface, attrs: { lang: 'ja' } }),
      ' → ',
      h(doc, 'span', { className: 'fix-reading', text: fix.reading, attrs: { lang: 'ja' } }),
      ' ',
      button(doc, 'Remove', () => void remove(fix), {
        attrs: { 'aria-label': `Remove the correction of ${fix.surface}` },
      }),
    ]);

  async function refresh(): Promise<void> {
    try {
      const { fixes } = await call(deps.send, { type: 'reading-fix-list' });
      // Newest first: the one just fixed on a page is the one looked for.
      const rows = [...fixes].reverse().map(row);
      list.replaceChildren(...(rows.length ? rows : [h(doc, 'li', { text: 'None yet.' })]));
    } catch (error) {
      status.error(error);
    }
  }

  async function remove(fix: ReadingFix): Promise<void> {
    try {
      await call(deps.send, { type: 'reading-fix-remove', surface: fix.surface });
      status.info(
        `Removed the correction of ${fix.surface}: reload open pages to see Yomitoki's reading again.`,
      );
    } catch (error) {
      status.error(error);
    }
    await refresh();
  }

  container.replaceChildren(
    h(doc, 'h2', { text: 'Reading corrections' }),
    h(doc, 'p', { text: EXPLANATION }),
    list,
    status.el,
  );
  // A fix made in another tab shows when the reader comes back to this one.
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'visible') void refresh();
  });
  void refresh();
  return { refresh };
}
