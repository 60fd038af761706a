/**
 * Settings → Reading corrections: the readings the reader fixed from a page's popup, each with a
 * Remove button. They live in the vocabulary database (the background is their one writer), so they
 * are part of the JSON backup of the vocabulary page as well.
 */
import { t } from '../shared/i18n';
import type { ReadingFix } from '../shared/reading-fix-messages';
import { button, h } from '../ui/dom';
import { call } from '../ui/background-call';
import type { Send } from '../shared/send';
import { StatusLine } from '../ui/status-line';

export interface ReadingFixesDeps {
  send: Send;
}

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
      button(doc, t('fixesRemove'), () => void remove(fix), {
        attrs: { 'aria-label': t('fixesRemoveLabel', fix.surface) },
      }),
    ]);

  async function refresh(): Promise<void> {
    try {
      const { fixes } = await call(deps.send, { type: 'reading-fix-list' });
      // Newest first: the one just fixed on a page is the one looked for.
      const rows = [...fixes].reverse().map(row);
      list.replaceChildren(...(rows.length ? rows : [h(doc, 'li', { text: t('fixesNone') })]));
    } catch (error) {
      status.error(error);
    }
  }

  async function remove(fix: ReadingFix): Promise<void> {
    try {
      await call(deps.send, { type: 'reading-fix-remove', surface: fix.surface });
      status.info(t('fixesRemoved', fix.surface));
    } catch (error) {
      status.error(error);
    }
    await refresh();
  }

  container.replaceChildren(
    h(doc, 'h2', { text: t('fixesTitle') }),
    h(doc, 'p', { text: t('fixesIntro') }),
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
