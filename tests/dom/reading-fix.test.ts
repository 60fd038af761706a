import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReadingFixService } from '../../src/background/reading-fix/reading-fix-service';
import { MemoryStorage } from '../../src/background/vocab/vocab-storage';
import { VocabStore } from '../../src/background/vocab/vocab-store';
import { applyAnnotation } from '../../src/content/furigana/ruby-dom';
import { PopupView, type PopupContext } from '../../src/content/popup/popup-view';
import { textAtCaret } from '../../src/content/popup/text-at-point';
import {
  FIX_READING_ACTION_ID,
  FIX_READING_LABEL,
  fixReadingAction,
  type Send,
} from '../../src/content/reading-fix/fix-reading-action';
import type { WordLookup } from '../../src/core/glossary/glossary';
import { createEmptyDatabase } from '../../src/core/vocab';
import { BackgroundRequest, parseMessage, type Failure } from '../../src/shared/messages';
import { isReadingFixRequest } from '../../src/shared/reading-fix-messages';
import { mountReadingFixes } from '../../src/options/reading-fixes';

const TEXT = '会議が行われる。日本の会社';
const at = (s: string) => TEXT.indexOf(s);

/** The paragraph as Yomitoki shows it: ruby over 会議, 行 and 日本. */
function annotatedParagraph(): HTMLParagraphElement {
  const p = document.createElement('p');
  const node = document.createTextNode(TEXT);
  p.append(node);
  document.body.append(p);
  applyAnnotation(node, TEXT, {
    ruby: [
      { start: at('会議'), end: at('会議') + 2, base: '会議', reading: 'かいぎ' },
      { start: at('行'), end: at('行') + 1, base: '行', reading: 'おこな' },
      { start: at('日本'), end: at('日本') + 2, base: '日本', reading: 'にほん' },
    ],
    terms: [],
  });
  return p;
}

const verb: WordLookup = {
  start: at('行われる'),
  end: at('行われる') + 4,
  surface: '行われる',
  entries: [
    {
      entry: { headword: '行う', reading: 'おこなう', conjugation: ['v5u'], common: true, senses: [] },
      deinflection: { dictionaryForm: '行う', reasons: ['passive'] },
    },
  ],
};

/** The background as the content script meets it: validation, then the real service over memory. */
function fakeBackground(storage = new MemoryStorage()) {
  const store = new VocabStore(storage, {
    createEmpty: () => createEmptyDatabase({ id: 'l', now: '2026-01-01' }),
  });
  const service = createReadingFixService(store);
  const sent: unknown[] = [];
  const send = (async (raw: unknown) => {
    sent.push(raw);
    const msg = parseMessage(BackgroundRequest, raw);
    if (!msg.ok) return msg;
    if (!isReadingFixRequest(msg.value)) throw new Error(`unexpected ${msg.value.type}`);
    return service.handle(msg.value);
  }) as Send;
  return { send, sent, service, storage };
}

const shadow = () => document.querySelector('[data-ytk-host="popup"]')!.shadowRoot!;
const button = (id: string) => shadow().querySelector<HTMLButtonElement>(`button[data-action="${id}"]`);
const input = () => shadow().querySelector<HTMLInputElement>('.fix-reading input');
const message = () => shadow().querySelector('.fix-reading .fix-message')?.textContent ?? '';
const flush = () => new Promise((r) => setTimeout(r, 0));

function press(el: HTMLElement, key: string, init: KeyboardEventInit = {}) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }));
}

let reannotations = 0;
let bg: ReturnType<typeof fakeBackground>;

/** Open the popup on 行われる as the lookup controller would: the page's text and ruby from the caret. */
function openOn(lookup: WordLookup): PopupView {
  const p = annotatedParagraph();
  const ruby = p.querySelectorAll('ruby')[1]!;
  const pos = textAtCaret(document, { node: ruby.firstChild as Text, offset: 0 }, 0, 0)!;
  expect(pos.text).toBe(TEXT);
  const view = new PopupView(document, [
    fixReadingAction({ doc: document, send: bg.send, reannotate: async () => void reannotations++ }),
  ]);
  const ctx: PopupContext = {
    lookup,
    sentence: TEXT,
    sentenceOffset: lookup.start,
    page: { text: pos.text, ruby: pos.ruby },
  };
  view.show(ctx, { left: 0, top: 0, width: 10, height: 10 });
  return view;
}

beforeEach(() => {
  reannotations = 0;
  bg = fakeBackground();
});
afterEach(() => {
  document.querySelector('[data-ytk-host="popup"]')?.remove();
  document.body.replaceChildren();
});

describe('the page text under the pointer carries the ruby shown', () => {
  it('in the paragraph text coordinates, with the readings of the rt elements', () => {
    const p = annotatedParagraph();
    const first = p.querySelector('ruby')!.firstChild as Text;
    const pos = textAtCaret(document, { node: first, offset: 0 }, 0, 0)!;
    expect(pos.ruby).toEqual([
      { start: at('会議'), end: at('会議') + 2, reading: 'かいぎ' },
      { start: at('行'), end: at('行') + 1, reading: 'おこな' },
      { start: at('日本'), end: at('日本') + 2, reading: 'にほん' },
    ]);
  });
});

describe('"Fix reading" in the popup', () => {
  it('opens an input with the reading shown; Enter saves, the page is annotated again', async () => {
    openOn(verb);
    const b = button(FIX_READING_ACTION_ID)!;
    expect(b.textContent).toBe(FIX_READING_LABEL);
    b.click();
    await flush();
    expect(input()!.value).toBe('おこなわれる');
    expect(shadow().querySelector('.fix-reading label')!.textContent).toContain('行われる');
    input()!.value = 'いわれる';
    press(input()!, 'Enter');
    await vi.waitFor(() => expect(reannotations).toBe(1));
    expect(bg.sent).toEqual([{ type: 'reading-fix-set', surface: '行われる', reading: 'いわれる' }]);
    expect(await bg.service.overrides()).toEqual([{ surface: '行われる', reading: 'いわれる' }]);
    expect(input()).toBeNull();
    expect(message()).toContain('行われる is read いわれる');
    expect(message()).toContain('settings');
  });

  it.each([
    ['okonawareru', /hiragana or katakana/],
    ['行われる', /hiragana or katakana/],
    ['い われる', /hiragana or katakana/],
    ['', /Type the reading/],
    ['おこなわれる', /reading shown already/],
  ])('refuses %j with a message, sends nothing', async (typed, why) => {
    openOn(verb);
    button(FIX_READING_ACTION_ID)!.click();
    await flush();
    input()!.value = typed;
    press(input()!, 'Enter');
    await flush();
    expect(message()).toMatch(why);
    expect(input()!.getAttribute('aria-invalid')).toBe('true');
    expect(bg.sent).toEqual([]);
  });

  it('accepts katakana, trimmed, and the Save button works like Enter', async () => {
    openOn(verb);
    button(FIX_READING_ACTION_ID)!.click();
    await flush();
    input()!.value = ' イワレル ';
    [...shadow().querySelectorAll<HTMLButtonElement>('.fix-reading button')]
      .find((x) => x.textContent === 'Save')!
      .click();
    await vi.waitFor(() => expect(reannotations).toBe(1));
    expect(bg.sent).toEqual([{ type: 'reading-fix-set', surface: '行われる', reading: 'イワレル' }]);
    expect(await bg.service.overrides()).toEqual([{ surface: '行われる', reading: 'いわれる' }]);
  });

  it('Escape cancels: the form goes, nothing is saved', async () => {
    openOn(verb);
    button(FIX_READING_ACTION_ID)!.click();
    await flush();
    input()!.value = 'いわれる';
    press(input()!, 'Escape');
    await flush();
    expect(input()).toBeNull();
    expect(bg.sent).toEqual([]);
    expect(reannotations).toBe(0);
  });

  it('an Enter that ends an IME composition does not save', async () => {
    openOn(verb);
    button(FIX_READING_ACTION_ID)!.click();
    await flush();
    input()!.value = 'いわれる';
    press(input()!, 'Enter', { isComposing: true });
    await flush();
    expect(bg.sent).toEqual([]);
    expect(input()).not.toBeNull();
  });

  it('shows a storage failure in the form and lets the reader try again', async () => {
    bg.storage.failNextWrite = new Error('QUOTA_BYTES quota exceeded');
    openOn(verb);
    button(FIX_READING_ACTION_ID)!.click();
    await flush();
    input()!.value = 'いわれる';
    press(input()!, 'Enter');
    await vi.waitFor(() => expect(message()).toMatch(/^Not saved: .*storage for Yomitoki is full/));
    expect(shadow().querySelector('.fix-reading .fix-message')!.classList.contains('error')).toBe(true);
    expect(input()!.disabled).toBe(false);
    expect(reannotations).toBe(0);
    press(input()!, 'Enter');
    await vi.waitFor(() => expect(reannotations).toBe(1));
    expect(await bg.service.overrides()).toEqual([{ surface: '行われる', reading: 'いわれる' }]);
  });

  it('shows a refusal from the background as it is', async () => {
    const refuse = (async () =>
      ({ ok: false, code: 'not-allowed', message: 'nope' }) satisfies Failure) as unknown as Send;
    bg = { ...bg, send: refuse };
    openOn(verb);
    button(FIX_READING_ACTION_ID)!.click();
    await flush();
    input()!.value = 'いわれる';
    press(input()!, 'Enter');
    await flush();
    expect(message()).toBe('Not saved: nope');
  });

  it("keys typed in the input do not reach the page's own key handlers", async () => {
    openOn(verb);
    const pageKeys: string[] = [];
    const onPageKey = (e: KeyboardEvent) => pageKeys.push(e.key);
    document.addEventListener('keydown', onPageKey);
    button(FIX_READING_ACTION_ID)!.click();
    await flush();
    // (The popup's one-key shortcut is checked in Chromium: happy-dom does not retarget shadow events.)
    press(input()!, 'j');
    document.removeEventListener('keydown', onPageKey);
    expect(pageKeys).toEqual([]);
  });

  it('is not offered for a word without kanji', () => {
    const kana: WordLookup = { start: at('が'), end: at('が') + 1, surface: 'が', entries: verb.entries };
    openOn(kana);
    expect(button(FIX_READING_ACTION_ID)).toBeNull();
  });

  it('the form goes when the popup moves to another word', async () => {
    const view = openOn(verb);
    button(FIX_READING_ACTION_ID)!.click();
    await flush();
    expect(input()).not.toBeNull();
    const nihon: WordLookup = { ...verb, start: at('日本'), end: at('日本') + 2, surface: '日本' };
    view.show({ lookup: nihon, sentence: TEXT, sentenceOffset: 0 }, { left: 0, top: 0, width: 1, height: 1 });
    expect(input()).toBeNull();
  });
});

describe('settings: reading corrections', () => {
  const rows = (el: HTMLElement) =>
    [...el.querySelectorAll('ul.reading-fixes li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

  it('lists the corrections newest first, explains them, and removes one', async () => {
    await bg.service.handle({ type: 'reading-fix-set', surface: '日本', reading: 'にっぽん' });
    await bg.service.handle({ type: 'reading-fix-set', surface: '行われる', reading: 'いわれる' });
    const section = document.createElement('section');
    document.body.append(section);
    mountReadingFixes(section, { send: bg.send });
    await vi.waitFor(() =>
      expect(rows(section)).toEqual(['行われる → いわれる Remove', '日本 → にっぽん Remove']),
    );
    expect(section.querySelector('p')!.textContent).toMatch(/JSON backup/);
    section.querySelector<HTMLButtonElement>('li[data-surface="日本"] button')!.click();
    await vi.waitFor(() => expect(rows(section)).toEqual(['行われる → いわれる Remove']));
    expect(section.querySelector('[role="status"]')!.textContent).toContain('Removed the correction of 日本');
    expect(await bg.service.overrides()).toEqual([{ surface: '行われる', reading: 'いわれる' }]);
  });

  it('says so when there are none, and shows a failure to read them', async () => {
    const section = document.createElement('section');
    mountReadingFixes(section, { send: bg.send });
    await vi.waitFor(() => expect(rows(section)).toEqual(['None yet.']));
    const broken = document.createElement('section');
    bg.storage.get = () => Promise.reject(new Error('disk gone'));
    const fresh = fakeBackground(bg.storage);
    mountReadingFixes(broken, { send: fresh.send });
    await vi.waitFor(() =>
      expect(broken.querySelector('[role="status"]')!.textContent).toMatch(/Could not read.*disk gone/),
    );
  });
});
