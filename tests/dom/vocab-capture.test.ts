import { afterEach, describe, expect, it } from 'vitest';
import { asTrusted, trustedClick } from '../helpers/trusted-events';
import { privateText } from '../../src/content/closed-host';
import type { WordLookup } from '../../src/core/glossary/glossary';
import type { EdictEntry } from '../../src/core/glossary/edict';
import { bindActionShortcut } from '../../src/content/vocab/action-shortcut';
import {
  ADD_LABEL,
  ADD_WORD_ACTION_ID,
  SAVED_LABEL,
  addWordAction,
} from '../../src/content/vocab/add-word-action';
import type { Send } from '../../src/shared/send';
import { selectionContext } from '../../src/content/vocab/selection-context';
import { PopupView, type PopupContext } from '../../src/content/popup/popup-view';
import type { BackgroundRequest } from '../../src/shared/messages';
import { captureFromLookup, captureFromSelection } from '../../src/shared/vocab-capture';
import { flushMicrotasks, until } from '../helpers/settle';

function entry(headword: string, reading: string, glosses: string[][]): EdictEntry {
  return {
    headword,
    reading,
    conjugation: [],
    common: true,
    senses: glosses.map((g) => ({ tags: [], glosses: g })),
  };
}

const SENTENCE = '二国間協議は、この背景で行われる。';
const AT = SENTENCE.indexOf('行われる');

/** 行われる on the page, deinflected to 行う. */
const verbLookup: WordLookup = {
  start: AT,
  end: AT + 4,
  surface: '行われる',
  entries: [
    {
      entry: entry('行う', 'おこなう', [['to perform', 'to do'], ['to carry out'], ['to hold'], ['x']]),
      deinflection: { dictionaryForm: '行う', reasons: ['passive'] },
    },
  ],
};

const termLookup: WordLookup = {
  start: 0,
  end: 4,
  surface: 'CISA',
  entries: [],
  term: {
    start: 0,
    end: 4,
    surface: 'CISA',
    english: 'Cybersecurity and Infrastructure Security Agency',
    kind: 'acronym',
    description: 'US federal agency',
    source: 'news',
  },
};

const page = { pageTitle: 'ニュース', url: 'https://news.example/a' };

describe('captureFromLookup', () => {
  it.each([
    [
      'inflected verb → dictionary form, its reading, first senses',
      verbLookup,
      {
        surface: '行われる',
        dictionaryForm: '行う',
        reading: 'おこなう',
        meaning: '(1) to perform; to do (2) to carry out (3) to hold',
        tags: [],
      },
    ],
    [
      'suru-verb of a noun entry → the noun reading plus する',
      {
        ...verbLookup,
        surface: '勉強した',
        entries: [
          {
            entry: entry('勉強', 'べんきょう', [['study']]),
            deinflection: { dictionaryForm: '勉強する', reasons: ['past'] },
          },
        ],
      },
      { dictionaryForm: '勉強する', reading: 'べんきょうする', meaning: 'study' },
    ],
    [
      'kana form on the page → the kana dictionary form is its own reading',
      {
        ...verbLookup,
        surface: 'おこなわれる',
        entries: [
          {
            entry: entry('行う', 'おこなう', [['to do']]),
            deinflection: { dictionaryForm: 'おこなう', reasons: ['passive'] },
          },
        ],
      },
      { dictionaryForm: 'おこなう', reading: 'おこなう' },
    ],
    [
      'kana headword without a separate reading',
      { ...verbLookup, surface: 'ここ', entries: [{ entry: entry('ここ', '', [['here']]) }] },
      { dictionaryForm: 'ここ', reading: 'ここ', meaning: 'here' },
    ],
    [
      'glossary term → english + description, kind as tag, no kana reading for Latin',
      termLookup,
      {
        surface: 'CISA',
        dictionaryForm: 'CISA',
        reading: '',
        meaning: 'Cybersecurity and Infrastructure Security Agency — US federal agency',
        tags: ['acronym'],
      },
    ],
  ])('%s', (_name, lookup, expected) => {
    const item = captureFromLookup(lookup as WordLookup, { sentence: SENTENCE, sentenceOffset: AT, ...page });
    expect(item).toMatchObject({ ...expected, sentence: SENTENCE, sentenceOffset: AT, ...page });
  });

  it('a term reading that is not kana is left out (the store accepts kana only)', () => {
    const lookup = { ...termLookup, term: { ...termLookup.term!, reading: 'Wang Yi' } };
    expect(captureFromLookup(lookup, { sentence: '', sentenceOffset: 0, ...page })!.reading).toBe('');
  });

  it('nothing to save without entries or term', () => {
    expect(
      captureFromLookup({ ...verbLookup, entries: [] }, { sentence: '', sentenceOffset: 0, ...page }),
    ).toBe(null);
  });
});

describe('captureFromSelection', () => {
  const ctx = { sentence: SENTENCE, sentenceOffset: AT };
  it.each([
    [
      'the lookup covers the selection: saved like a popup capture',
      '行われる',
      verbLookup,
      '行う',
      'おこなう',
    ],
    ['the selection is longer than the match: saved as selected', '行われる。', verbLookup, '行われる。', ''],
    ['kana selection without lookup: its own reading', ' こころ ', null, 'こころ', 'こころ'],
    ['kanji selection without lookup: no reading', '背景', null, '背景', ''],
  ])('%s', (_name, text, lookup, form, reading) => {
    const item = captureFromSelection({ text, context: ctx, lookup, ...page })!;
    expect(item).toMatchObject({ dictionaryForm: form, reading, sentence: SENTENCE, ...page });
  });

  it('without the page context the selection is its own sentence', () => {
    expect(captureFromSelection({ text: '背景', context: null, lookup: null, ...page })).toMatchObject({
      sentence: '背景',
      sentenceOffset: 0,
    });
  });

  it('an empty selection saves nothing', () => {
    expect(captureFromSelection({ text: '  ', context: null, lookup: null, ...page })).toBeNull();
  });
});

/** A background stand-in that records requests and knows which words are saved. */
function fakeSend(saved: Set<string>, fail?: string) {
  const sent: BackgroundRequest[] = [];
  const send = (async (msg: BackgroundRequest) => {
    sent.push(msg);
    if (msg.type === 'vocab-add') {
      if (fail) return { ok: false, code: 'storage-failed', message: fail };
      const key = msg.item.dictionaryForm ?? msg.item.surface;
      const created = !saved.has(key);
      saved.add(key);
      return { ok: true, created, listName: 'Default', item: { dictionaryForm: key } };
    }
    if (msg.type === 'vocab-find') {
      const places = saved.has(msg.dictionaryForm)
        ? [{ itemId: '1', listId: 'd', listName: 'Default', known: false }]
        : [];
      return { ok: true, places };
    }
    throw new Error(`unexpected ${msg.type}`);
  }) as unknown as Send;
  return { send, sent };
}

const ctxOf = (lookup: WordLookup): PopupContext => ({ lookup, sentence: SENTENCE, sentenceOffset: AT });
const anchor = { left: 10, top: 10, width: 20, height: 20 };

let view: PopupView | undefined;
let unbind: (() => void) | undefined;
afterEach(() => {
  view?.hide();
  unbind?.();
  document.body.replaceChildren();
});

function popupButton(): HTMLButtonElement | null {
  return view?.root?.querySelector<HTMLButtonElement>(`[data-action="${ADD_WORD_ACTION_ID}"]`) ?? null;
}
function popupStatus(): string {
  return privateText(view?.root?.querySelector('.status'));
}

describe('"Add to list" in the word popup', () => {
  it('saves the word with its sentence and page, then reads "Saved ✓ — update"', async () => {
    const { send, sent } = fakeSend(new Set());
    view = new PopupView(document, [
      addWordAction({ send, page: () => ({ title: 'ニュース', url: page.url }) }),
    ]);
    view.show(ctxOf(verbLookup), anchor);
    await until(() => sent.some((m) => m.type === 'vocab-find'));
    expect(privateText(popupButton())).toBe(ADD_LABEL);
    // A page script's click is ignored; the reader's click saves.
    popupButton()!.click();
    await flushMicrotasks();
    expect(sent.some((m) => m.type === 'vocab-add')).toBe(false);
    trustedClick(popupButton()!);
    await until(() => popupStatus().startsWith('Added'));
    expect(popupStatus()).toBe('Added “行う” to Default.');
    await until(() => privateText(popupButton()) === SAVED_LABEL);
    const add = sent.find((m) => m.type === 'vocab-add');
    expect(add).toMatchObject({
      item: { surface: '行われる', dictionaryForm: '行う', sentence: SENTENCE, sentenceOffset: AT, ...page },
    });
  });

  it('shows that a word is already saved as soon as the popup opens', async () => {
    const { send } = fakeSend(new Set(['CISA']));
    view = new PopupView(document, [addWordAction({ send, page: () => ({ title: '', url: '' }) })]);
    view.show(ctxOf(termLookup), anchor);
    await until(() => privateText(popupButton()) === SAVED_LABEL);
    expect(popupStatus()).toBe('Saved in Default.');
  });

  it('a storage failure is shown as an error line', async () => {
    const { send } = fakeSend(new Set(), "Not saved: the browser's storage for Yomitoki is full (quota).");
    view = new PopupView(document, [addWordAction({ send, page: () => ({ title: '', url: '' }) })]);
    view.show(ctxOf(verbLookup), anchor);
    trustedClick(popupButton()!);
    await until(() => /full/.test(popupStatus()));
    const status = view.root!.querySelector('.status')!;
    expect(status.classList.contains('error')).toBe(true);
  });
});

describe('the A shortcut', () => {
  function setup() {
    const { send, sent } = fakeSend(new Set());
    document.body.replaceChildren();
    const input = document.createElement('input');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(input, editable);
    view = new PopupView(document, [addWordAction({ send, page: () => ({ title: '', url: '' }) })]);
    unbind = bindActionShortcut(document, view, 'a', ADD_WORD_ACTION_ID);
    const adds = () => sent.filter((m) => m.type === 'vocab-add').length;
    return { input, editable, adds };
  }
  // The reader's key press (trusted); a page's own is `pageKey`.
  const press = (target: EventTarget, init: KeyboardEventInit = {}) =>
    target.dispatchEvent(
      asTrusted(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true, ...init })),
    );
  const pageKey = (target: EventTarget) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }));

  it('adds the word while the popup is open', async () => {
    const { adds } = setup();
    view!.show(ctxOf(verbLookup), anchor);
    expect(press(document.body)).toBe(false); // handled: default prevented
    await until(() => adds() === 1);
  });

  it.each([
    ['typing in an input', (s: ReturnType<typeof setup>) => press(s.input)],
    ['typing in a contenteditable', (s: ReturnType<typeof setup>) => press(s.editable)],
    ['Ctrl+A', () => press(document.body, { ctrlKey: true })],
    ['during IME composition', () => press(document.body, { isComposing: true })],
    ['another key', () => press(document.body, { key: 's' })],
    ['a page script dispatches the key', () => pageKey(document.body)],
  ])('does nothing when %s', async (_name, act) => {
    const s = setup();
    view!.show(ctxOf(verbLookup), anchor);
    act(s);
    await flushMicrotasks();
    expect(s.adds()).toBe(0);
  });

  it('does nothing while the popup is closed', async () => {
    const { adds } = setup();
    expect(press(document.body)).toBe(true);
    await flushMicrotasks();
    expect(adds()).toBe(0);
  });
});

describe('selectionContext (context-menu capture)', () => {
  it('gives the selected text and its sentence, with the offset in that sentence', () => {
    const p = document.createElement('p');
    p.append(
      '最初の文です。英国の',
      Object.assign(document.createElement('b'), { textContent: '外相' }),
      'が訪れる。次。',
    );
    document.body.replaceChildren(p);
    const range = document.createRange();
    range.selectNodeContents(p.querySelector('b')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(selectionContext(document)).toEqual({
      text: '外相',
      sentence: '英国の外相が訪れる。',
      sentenceOffset: 3,
    });
  });

  it('null without a selection', () => {
    document.getSelection()!.removeAllRanges();
    expect(selectionContext(document)).toBeNull();
  });
});
