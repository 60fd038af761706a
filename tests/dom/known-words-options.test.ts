import { describe, expect, it } from 'vitest';
import { KnownWordsStore } from '../../src/background/known-words/known-words-store';
import { MemoryStorage } from '../../src/background/vocab/vocab-storage';
import { mountKnownWords } from '../../src/options/known-words';
import type { Send } from '../../src/shared/send';

/** The settings page's known-words section over a real store in memory. */
function mount() {
  const store = new KnownWordsStore(new MemoryStorage());
  const send = (async (msg: { type: string; text?: string; replace?: boolean }) => {
    if (msg.type === 'known-words-import')
      return { ok: true, ...(await store.import(msg.text!, msg.replace!)) };
    if (msg.type === 'known-words-export') return { ok: true, ...(await store.export()) };
    return { ok: false, code: 'internal', message: 'unexpected' };
  }) as unknown as Send;
  const section = document.createElement('section');
  document.body.replaceChildren(section);
  mountKnownWords(section, { send });
  return { section, store };
}

const click = (section: HTMLElement, label: string) =>
  Array.from(section.querySelectorAll('button'))
    .find((b) => b.textContent === label)!
    .click();

describe('settings: known words', () => {
  it('adds a pasted list, says how many, and reports lines that are not words', async () => {
    const { section, store } = mount();
    section.querySelector('textarea')!.value = `読む\n学校\n${'あ'.repeat(80)}\n`;
    click(section, 'Add to known words');
    await expect
      .poll(() => section.querySelector('[role=status]')!.textContent)
      .toMatch(/^2 words added; 2 known words in all\. Lines not taken \(not a word\): 3\./);
    expect(await store.check(['読む', '学校'])).toEqual(['読む', '学校']);
    await expect.poll(() => section.querySelector('.known-count')!.textContent).toBe('2 known words.');
  });

  it('an empty box changes nothing and says what to do', async () => {
    const { section, store } = mount();
    click(section, 'Replace known words');
    expect(section.querySelector('[role=status]')!.textContent).toMatch(/Paste or load a list first/);
    expect((await store.export()).count).toBe(0);
  });
});
