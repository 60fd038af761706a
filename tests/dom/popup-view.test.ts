import { afterEach, describe, expect, it, vi } from 'vitest';
import { trustedClick } from '../helpers/trusted-events';
import { privateText } from '../../src/content/closed-host';
import type { WordLookup } from '../../src/core/glossary/glossary';
import { PopupView, type PopupContext } from '../../src/content/popup/popup-view';
import { placePopup } from '../../src/content/popup/popup-position';
import { sentenceAround } from '../../src/content/popup/text-at-point';
import { flushMicrotasks } from '../helpers/settle';

const cisa: WordLookup = {
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
    description: 'US federal agency <b>not bold</b>',
    source: 'news',
  },
};

const okonau: WordLookup = {
  start: 0,
  end: 5,
  surface: '行われる',
  entries: [
    {
      entry: {
        headword: '行う',
        reading: 'おこなう',
        conjugation: ['v5u'],
        common: true,
        senses: [{ tags: ['v5u', 'vt'], glosses: ['to perform', 'to do'] }],
      },
      deinflection: { dictionaryForm: '行う', reasons: ['passive'] },
    },
  ],
};

const ctx = (lookup: WordLookup): PopupContext => ({ lookup, sentence: 'CISAは述べた。', sentenceOffset: 0 });
const anchor = { left: 10, top: 10, width: 40, height: 20 };
let view: PopupView | undefined;
const shadow = () => view?.root?.querySelector('.popup');

afterEach(() => view?.hide());

describe('popup rendering', () => {
  it('shows a glossary term: surface, English, kind badge, description as text, source and EDRDG credit', () => {
    (view = new PopupView(document)).show(ctx(cisa), anchor);
    const box = shadow()!;
    expect(box.querySelector('.surface')?.textContent).toBe('CISA');
    expect(box.querySelector('.english')?.textContent).toBe(
      'Cybersecurity and Infrastructure Security Agency',
    );
    expect(box.querySelector('.badge')?.textContent).toBe('acronym');
    // Description text is never parsed as HTML.
    expect(box.querySelector('.description')?.textContent).toBe('US federal agency <b>not bold</b>');
    expect(box.querySelector('.description b')).toBeNull();
    expect(box.textContent).toContain('Yomitoki news glossary');
    expect(box.querySelector('.credit')?.textContent).toContain('EDRDG');
  });

  it('shows a dictionary entry with its deinflection and common marker', () => {
    (view = new PopupView(document)).show(ctx(okonau), anchor);
    const box = shadow()!;
    expect(box.querySelector('.entry .surface')?.textContent).toBe('行う');
    expect(box.querySelector('.entry .reading')?.textContent).toBe('おこなう');
    expect(box.querySelector('.badge.common')).not.toBeNull();
    expect(box.querySelector('.from')?.textContent).toContain('passive');
    expect(box.querySelector('li')?.textContent).toContain('to perform; to do');
  });

  it('keeps one popup per page and removes it on hide', () => {
    const before = document.documentElement.children.length;
    view = new PopupView(document);
    view.show(ctx(cisa), anchor);
    view.show(ctx(okonau), anchor);
    expect(document.documentElement.children.length).toBe(before + 1);
    expect(view.root!.host.parentNode).toBe(document.documentElement);
    view.hide();
    expect(document.documentElement.children.length).toBe(before);
  });

  it('is closed to the page: no shadowRoot, no attribute, none of its text in the page DOM', () => {
    view = new PopupView(document);
    view.show(ctx(cisa), anchor);
    const host = view.root!.host;
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttributeNames()).toEqual(['style']);
    expect(document.documentElement.textContent).not.toContain('Cybersecurity');
  });

  it("its buttons ignore clicks a page script makes; the reader's click runs the action", async () => {
    let runs = 0;
    view = new PopupView(document, [{ id: 'ok', label: 'Do', run: async () => `run ${++runs}` }]);
    view.show(ctx(cisa), anchor);
    const button = view.root!.querySelector<HTMLButtonElement>('button[data-action="ok"]')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await flushMicrotasks();
    expect(runs).toBe(0);
    trustedClick(button);
    await vi.waitFor(() => expect(runs).toBe(1));
    expect(privateText(shadow()!.querySelector('.status'))).toBe('run 1');
  });

  it('runs an action and shows its result or its error', async () => {
    view = new PopupView(document, [
      { id: 'ok', label: 'Do', run: async () => 'done' },
      {
        id: 'fail',
        label: 'Fail',
        run: async () => {
          throw new Error('quota exceeded');
        },
      },
    ]);
    view.show(ctx(cisa), anchor);
    await view.runActionById('ok');
    expect(privateText(shadow()!.querySelector('.status'))).toBe('done');
    await view.runActionById('fail');
    expect(privateText(shadow()!.querySelector('.status.error'))).toBe('quota exceeded');
  });
});

describe('popup placement keeps it in the viewport', () => {
  const vp = { width: 800, height: 600 };
  it.each([
    ['below the word when it fits', { left: 100, top: 100, width: 30, height: 20 }, { left: 100, top: 126 }],
    [
      'above when there is no room below',
      { left: 100, top: 500, width: 30, height: 20 },
      { left: 100, top: 294 },
    ],
    [
      'shifted left at the right edge',
      { left: 700, top: 100, width: 30, height: 20 },
      { left: 472, top: 126 },
    ],
  ])('%s', (_name, box, expected) => {
    expect(placePopup(box, { width: 320, height: 200 }, vp)).toEqual(expected);
  });
});

describe('sentence around a word', () => {
  it.each([
    ['前の文。王毅外相が述べた。次の文。', 4, '王毅外相が述べた。', 0],
    ['「引用だ」と述べた。', 6, '「引用だ」と述べた。', 6],
    ['改行\n次の行の語', 6, '次の行の語', 3],
  ])('%s @%i → %s', (text, offset, sentence, inSentence) => {
    expect(sentenceAround(text, offset)).toEqual({ sentence, offset: inSentence });
  });
});
