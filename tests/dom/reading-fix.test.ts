import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReadingFixService } from '../../src/background/reading-fix/reading-fix-service';
import { MemoryStorage } from '../../src/background/vocab/vocab-storage';
import { VocabStore } from '../../src/background/vocab/vocab-store';
import { createReadingFixHandler, type FixSender } from '../../src/background/reading-fix/fix-flow';
import { FixProposals } from '../../src/background/reading-fix/fix-proposals';
import { applyAnnotation } from '../../src/content/furigana/ruby-dom';
import { OwnNodes } from '../../src/content/own-nodes';
import { PopupView, type PopupContext } from '../../src/content/popup/popup-view';
import { textAtCaret } from '../../src/content/popup/text-at-point';
import {
  FIX_READING_ACTION_ID,
  FIX_READING_LABEL,
  fixReading,
  type FixReading,
  type Send,
} from '../../src/content/reading-fix/fix-reading-action';
import { fixTarget } from '../../src/content/reading-fix/fix-target';
import { mountConfirmForm } from '../../src/fix-reading/confirm-form';
import { trustedClick } from '../helpers/trusted-events';
import { privateText } from '../../src/content/closed-host';
import type { WordLookup } from '../../src/core/glossary/glossary';
import { createEmptyDatabase } from '../../src/core/vocab';
import { BackgroundRequest, parseMessage } from '../../src/shared/messages';
import { isReadingFixRequest } from '../../src/shared/reading-fix-messages';
import { mountReadingFixes } from '../../src/options/reading-fixes';
import { flushMicrotasks } from '../helpers/settle';

const TEXT = '会議が行われる。日本の会社';
const at = (s: string) => TEXT.indexOf(s);

let own = new OwnNodes();

/** The paragraph as Yomitoki shows it: ruby over 会議, 行 and 日本. */
function annotatedParagraph(): HTMLParagraphElement {
  const p = document.createElement('p');
  const node = document.createTextNode(TEXT);
  p.append(node);
  document.body.append(p);
  applyAnnotation(
    node,
    TEXT,
    {
      ruby: [
        { start: at('会議'), end: at('会議') + 2, base: '会議', reading: 'かいぎ' },
        { start: at('行'), end: at('行') + 1, base: '行', reading: 'おこな' },
        { start: at('日本'), end: at('日本') + 2, base: '日本', reading: 'にほん' },
      ],
      terms: [],
    },
    own,
  );
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

/**
 * The background as the content script and the confirm frame meet it: validation, then the real
 * propose → confirm flow over the real service in memory. The content script runs in tab 1 of a web
 * page; the frame is an extension page in the same tab (the message handler's sender check, which
 * lets only extension pages confirm, is tested in tests/unit/message-handler.test.ts).
 */
function fakeBackground(storage = new MemoryStorage()) {
  const store = new VocabStore(storage, {
    createEmpty: () => createEmptyDatabase({ id: 'l', now: '2026-01-01' }),
  });
  const service = createReadingFixService(store);
  const outcomes: { nonce: string; outcome: string }[] = [];
  const handle = createReadingFixHandler(service, new FixProposals(), (_to, nonce, outcome) => {
    outcomes.push({ nonce, outcome });
    content?.onOutcome(nonce, outcome);
  });
  const sent: unknown[] = [];
  const from = (sender: FixSender) =>
    (async (raw: unknown) => {
      sent.push(raw);
      const msg = parseMessage(BackgroundRequest, raw);
      if (!msg.ok) return msg;
      if (!isReadingFixRequest(msg.value)) throw new Error(`unexpected ${msg.value.type}`);
      return handle(msg.value, sender);
    }) as Send;
  return {
    send: from({ tab: { id: 1 }, frameId: 0 }),
    frameSend: from({ tab: { id: 1 } }),
    otherTabSend: from({ tab: { id: 2 } }),
    sent,
    outcomes,
    service,
    storage,
  };
}

let content: FixReading | undefined;
let view: PopupView | undefined;
const shadow = () => view!.root!;
const button = (id: string) => shadow().querySelector<HTMLButtonElement>(`button[data-action="${id}"]`);
const frame = () => shadow().querySelector<HTMLIFrameElement>('.fix-reading iframe');

/** The confirm frame's document, as the extension page it is (a container here). */
let frameRoot: HTMLElement;
const input = () => frameRoot.querySelector<HTMLInputElement>('input');
const message = () => frameRoot.querySelector('.fix-message')?.textContent ?? '';
const frameButton = (label: string) =>
  [...frameRoot.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === label)!;

function press(el: HTMLElement, key: string, init: KeyboardEventInit = {}) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
}

let reannotations = 0;
let bg: ReturnType<typeof fakeBackground>;

/** Open the popup on a word as the lookup controller would: the page's text and ruby from the caret. */
function openOn(lookup: WordLookup): PopupView {
  const p = annotatedParagraph();
  const ruby = p.querySelectorAll('ruby')[1]!;
  const pos = textAtCaret(document, own, { node: ruby.firstChild as Text, offset: 0 }, 0, 0)!;
  expect(pos.text).toBe(TEXT);
  content = fixReading({
    doc: document,
    send: bg.send,
    reannotate: async () => void reannotations++,
    frameUrl: (nonce) => `about:blank#${nonce}`,
  });
  view = new PopupView(document, [content.action]);
  const ctx: PopupContext = {
    lookup,
    sentence: TEXT,
    sentenceOffset: lookup.start,
    page: { text: pos.text, ruby: pos.ruby },
  };
  view.show(ctx, { left: 0, top: 0, width: 10, height: 10 });
  return view;
}

/** The reader presses "Fix reading"; the confirm frame loads with the nonce in its URL. */
async function openForm(send: Send = bg.frameSend): Promise<string> {
  trustedClick(button(FIX_READING_ACTION_ID)!);
  await vi.waitFor(() => expect(frame()).not.toBeNull());
  const nonce = new URL(frame()!.src).hash.slice(1);
  await mountConfirmForm(frameRoot, nonce, send);
  return nonce;
}

beforeEach(() => {
  reannotations = 0;
  own = new OwnNodes();
  bg = fakeBackground();
  frameRoot = document.createElement('main');
});
afterEach(() => {
  view?.hide();
  view = undefined;
  content = undefined;
  document.body.replaceChildren();
});

describe('the page text under the pointer carries the ruby shown', () => {
  it('in the paragraph text coordinates, with the readings we put there', () => {
    const p = annotatedParagraph();
    // The page rewrites an rt's attribute: the reading is still the one we registered.
    p.querySelector('rt')!.setAttribute('data-r', 'ばか');
    const first = p.querySelector('ruby')!.firstChild as Text;
    const pos = textAtCaret(document, own, { node: first, offset: 0 }, 0, 0)!;
    expect(pos.ruby).toEqual([
      { start: at('会議'), end: at('会議') + 2, reading: 'かいぎ' },
      { start: at('行'), end: at('行') + 1, reading: 'おこな' },
      { start: at('日本'), end: at('日本') + 2, reading: 'にほん' },
    ]);
  });
});

describe('"Fix reading": proposed in the popup, confirmed in the extension frame', () => {
  it('the frame starts with the reading shown; Enter stores it, the page is annotated again', async () => {
    openOn(verb);
    expect(privateText(button(FIX_READING_ACTION_ID))).toBe(FIX_READING_LABEL);
    const nonce = await openForm();
    // The content script only proposed the word: nothing is stored yet.
    expect(bg.sent[0]).toEqual({
      type: 'reading-fix-propose',
      surface: '行われる',
      reading: 'おこなわれる',
      shown: true,
    });
    expect(await bg.service.overrides()).toEqual([]);
    expect(input()!.value).toBe('おこなわれる');
    expect(frameRoot.querySelector('label')!.textContent).toContain('行われる');
    input()!.value = 'いわれる';
    press(input()!, 'Enter');
    await vi.waitFor(() => expect(reannotations).toBe(1));
    expect(bg.sent.at(-1)).toEqual({ type: 'reading-fix-confirm', nonce, reading: 'いわれる' });
    expect(await bg.service.overrides()).toEqual([{ surface: '行われる', reading: 'いわれる' }]);
    expect(bg.outcomes).toEqual([{ nonce, outcome: 'saved' }]);
    expect(input()).toBeNull();
    expect(message()).toContain('行われる is read いわれる');
    expect(message()).toContain('settings');
  });

  it('a page script clicking "Fix reading" proposes nothing', async () => {
    openOn(verb);
    button(FIX_READING_ACTION_ID)!.click();
    await flushMicrotasks();
    expect(bg.sent).toEqual([]);
    expect(frame()).toBeNull();
  });

  it.each([
    ['okonawareru', /hiragana or katakana/],
    ['行われる', /hiragana or katakana/],
    ['い われる', /hiragana or katakana/],
    ['', /Type the reading/],
    ['おこなわれる', /reading shown already/],
  ])('refuses %j with a message, stores nothing', async (typed, why) => {
    openOn(verb);
    await openForm();
    input()!.value = typed;
    press(input()!, 'Enter');
    await vi.waitFor(() => expect(message()).toMatch(why));
    expect(input()!.getAttribute('aria-invalid')).toBe('true');
    expect(bg.sent.map((m) => (m as { type: string }).type)).toEqual([
      'reading-fix-propose',
      'reading-fix-pending',
    ]);
  });

  it('accepts katakana, trimmed, and the Save button works like Enter', async () => {
    openOn(verb);
    await openForm();
    input()!.value = ' イワレル ';
    frameButton('Save').click();
    await vi.waitFor(() => expect(reannotations).toBe(1));
    expect(await bg.service.overrides()).toEqual([{ surface: '行われる', reading: 'いわれる' }]);
  });

  it('Escape cancels: the popup closes the form, nothing is saved', async () => {
    openOn(verb);
    const nonce = await openForm();
    input()!.value = 'いわれる';
    press(input()!, 'Escape');
    await vi.waitFor(() => expect(frame()).toBeNull());
    expect(bg.outcomes).toEqual([{ nonce, outcome: 'cancelled' }]);
    expect(await bg.service.overrides()).toEqual([]);
    expect(reannotations).toBe(0);
  });

  it('an Enter that ends an IME composition does not save', async () => {
    openOn(verb);
    await openForm();
    input()!.value = 'いわれる';
    press(input()!, 'Enter', { isComposing: true });
    await flushMicrotasks();
    expect(await bg.service.overrides()).toEqual([]);
    expect(input()).not.toBeNull();
  });

  it('shows a storage failure in the form and lets the reader try again', async () => {
    openOn(verb);
    await openForm();
    bg.storage.failNextWrite = new Error('QUOTA_BYTES quota exceeded');
    input()!.value = 'いわれる';
    press(input()!, 'Enter');
    await vi.waitFor(() => expect(message()).toMatch(/^Not saved: .*storage for Yomitoki is full/));
    expect(frameRoot.querySelector('.fix-message')!.classList.contains('error')).toBe(true);
    expect(input()!.disabled).toBe(false);
    expect(reannotations).toBe(0);
    press(input()!, 'Enter');
    await vi.waitFor(() => expect(reannotations).toBe(1));
    expect(await bg.service.overrides()).toEqual([{ surface: '行われる', reading: 'いわれる' }]);
  });

  it('a frame without the proposal (another tab, a made-up nonce, used up) has nothing to confirm', async () => {
    openOn(verb);
    await openForm(bg.otherTabSend);
    expect(input()).toBeNull();
    expect(message()).toMatch(/expired/);
    const made = document.createElement('main');
    await mountConfirmForm(made, '00000000-0000-4000-8000-000000000000', bg.frameSend);
    expect(made.querySelector('input')).toBeNull();
    // Used up once confirmed: the same nonce cannot store a second reading.
    const nonce = new URL(frame()!.src).hash.slice(1);
    expect(await bg.frameSend({ type: 'reading-fix-confirm', nonce, reading: 'いわれる' })).toMatchObject({
      ok: true,
    });
    expect(await bg.frameSend({ type: 'reading-fix-confirm', nonce, reading: 'ばか' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/expired/),
    });
    expect(await bg.service.overrides()).toEqual([{ surface: '行われる', reading: 'いわれる' }]);
  });

  it('is not offered for a word without kanji', () => {
    const kana: WordLookup = { start: at('が'), end: at('が') + 1, surface: 'が', entries: verb.entries };
    openOn(kana);
    expect(button(FIX_READING_ACTION_ID)).toBeNull();
  });

  it('the form goes when the popup moves to another word', async () => {
    const v = openOn(verb);
    await openForm();
    expect(frame()).not.toBeNull();
    const nihon: WordLookup = { ...verb, start: at('日本'), end: at('日本') + 2, surface: '日本' };
    v.show({ lookup: nihon, sentence: TEXT, sentenceOffset: 0 }, { left: 0, top: 0, width: 1, height: 1 });
    expect(frame()).toBeNull();
  });
});

describe('ruby the page planted is page text, not ours', () => {
  it('a <ruby class="ytk-ruby"><rt data-r> of the page gives no reading and no wider word', () => {
    const p = document.createElement('p');
    // What a page can write: our class and our attribute, on its own elements.
    const fake = document.createElement('ruby');
    fake.className = 'ytk-ruby';
    fake.append('電車');
    const rt = document.createElement('rt');
    rt.setAttribute('data-r', 'ばか');
    fake.append(rt);
    p.append(fake, 'が来た');
    document.body.append(p);
    const base = p.querySelector('ruby')!.firstChild as Text;
    const pos = textAtCaret(document, own, { node: base, offset: 0 }, 0, 0)!;
    // The page's ruby base is text to look up, but none of its readings is "shown by us"…
    expect(pos.text).toBe('電車が来た');
    expect(pos.ruby).toEqual([]);
    // …so "Fix reading" starts from the dictionary, not from the planted ばか, and is not widened.
    const lookup: WordLookup = { start: 0, end: 2, surface: '電車', entries: [] };
    expect(fixTarget({ lookup, page: { text: pos.text, ruby: pos.ruby } })).toEqual({
      surface: '電車',
      reading: '',
      shown: false,
    });
    // Beside text we annotated, the page's ruby still carries no reading of ours.
    const ours = annotatedParagraph();
    ours.prepend(p.querySelector('ruby')!);
    const first = ours.querySelectorAll('ruby')[1]!.firstChild as Text;
    const at2 = textAtCaret(document, own, { node: first, offset: 0 }, 0, 0)!;
    expect(at2.ruby.map((r) => r.reading)).toEqual(['かいぎ', 'おこな', 'にほん']);
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
