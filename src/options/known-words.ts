/**
 * Settings → Known words: the words whose furigana is hidden (in the "not marked known" and "above my
 * level" modes). Paste a list or load a text file (one word per line, or an Anki "Notes in plain
 * text" export: the first field is taken), add it or replace the list; export it as a text file.
 */
import { button, h, uid } from '../ui/dom';
import { downloadFile } from '../ui/download';
import { call } from '../ui/background-call';
import type { Send } from '../shared/send';
import { StatusLine } from '../ui/status-line';

export interface KnownWordsDeps {
  send: Send;
}

const EXPLANATION =
  'Words you know need no furigana. Mark a word known with “Mark known” (or the K key) in the word ' +
  'popup on a page, or in your vocabulary lists, or add a list here: one word per line in its ' +
  'dictionary form (読む also hides the reading of 読んだ). A text file exported from an Anki deck ' +
  '(Notes in plain text) works too: the first field of each note is taken.';

export function mountKnownWords(container: HTMLElement, deps: KnownWordsDeps): void {
  const doc = container.ownerDocument;
  const status = new StatusLine(doc);
  const areaId = uid('known-words');
  const area = h(doc, 'textarea', { attrs: { id: areaId, rows: '6', lang: 'ja', spellcheck: 'false' } });
  const file = h(doc, 'input', {
    attrs: { type: 'file', accept: '.txt,.tsv,.csv,text/plain', 'aria-label': 'Load a word list file' },
  });
  const count = h(doc, 'p', { className: 'known-count' });

  async function refreshCount(): Promise<void> {
    try {
      const res = await call(deps.send, { type: 'known-words-export' });
      count.textContent = `${res.count} known words.`;
    } catch (error) {
      status.error(error);
    }
  }

  async function add(replace: boolean): Promise<void> {
    const text = area.value;
    if (!text.trim()) {
      status.error(new Error('Paste or load a list first: one word per line.'));
      return;
    }
    try {
      const res = await call(deps.send, { type: 'known-words-import', text, replace });
      const skipped = res.skippedLines.length
        ? ` Lines not taken (not a word): ${res.skippedLines.slice(0, 10).join(', ')}${res.skippedLines.length > 10 ? '…' : ''}.`
        : '';
      status.info(`${res.added} words added; ${res.count} known words in all.${skipped}`);
      area.value = '';
    } catch (error) {
      status.error(error);
    }
    await refreshCount();
  }

  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (!f) return;
    f.text().then(
      (text) => {
        area.value = text;
        status.info(`Loaded ${f.name}: add it to your known words or replace them with it.`);
      },
      (error: unknown) => status.error(error),
    );
  });

  const exportList = async () => {
    try {
      const res = await call(deps.send, { type: 'known-words-export' });
      downloadFile(doc, {
        fileName: 'yomitoki-known-words.txt',
        mimeType: 'text/plain;charset=utf-8',
        content: res.text,
      });
    } catch (error) {
      status.error(error);
    }
  };

  container.replaceChildren(
    h(doc, 'h2', { text: 'Known words' }),
    h(doc, 'p', { text: EXPLANATION }),
    count,
    h(doc, 'label', { text: 'Words, one per line', attrs: { for: areaId } }),
    area,
    h(doc, 'div', { className: 'known-actions' }, [
      file,
      button(doc, 'Add to known words', () => void add(false)),
      button(doc, 'Replace known words', () => void add(true)),
      button(doc, 'Export list', () => void exportList()),
    ]),
    status.el,
  );
  void refreshCount();
}
