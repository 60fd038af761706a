import { beforeEach, describe, expect, it } from 'vitest';
import { applyAnnotation } from '../../src/content/furigana/ruby-dom';
import { RubyView } from '../../src/content/furigana/ruby-view';
import { OwnNodes } from '../../src/content/own-nodes';
import type { RubySpan } from '../../src/core/types';

/**
 * Switching furigana modes on rubies already on the page: the analysis stays, each ruby's class and
 * reading follow the reader's preferences and known words.
 */
const TEXT = '今日、政府の外相が日本を訪れた。';
const span = (base: string, reading: string, extra: Partial<RubySpan>): RubySpan => {
  const start = TEXT.indexOf(base);
  return { start, end: start + base.length, base, reading, ...extra };
};
const SPANS = [
  span('今日', 'きょう', { lemma: '今日', grade: 2, jlpt: 5, irregular: true }),
  span('政府', 'せいふ', { lemma: '政府', grade: 5, jlpt: 2 }),
  span('外相', 'がいしょう', { lemma: '外相', grade: 3, jlpt: 3, known: true }),
  span('日本', 'にほん', { lemma: '日本', grade: 1, jlpt: 5 }),
  span('訪', 'おとず', { lemma: '訪れる', grade: 6, jlpt: 2 }),
];

let view: RubyView;
const rubyOf = (base: string) =>
  Array.from(document.querySelectorAll('ruby')).find((r) => r.firstChild?.textContent === base)!;
const state = (base: string) => {
  const r = rubyOf(base);
  return r.classList.contains('ytk-hidden') ? 'hide' : r.classList.contains('ytk-hover') ? 'hover' : 'show';
};
const states = () => ['今日', '政府', '外相', '日本', '訪'].map(state);

beforeEach(() => {
  document.body.replaceChildren();
  const p = document.createElement('p');
  const node = document.createTextNode(TEXT);
  p.append(node);
  document.body.append(p);
  view = new RubyView(document);
  applyAnnotation(node, TEXT, { ruby: SPANS, terms: [] }, new OwnNodes(), { decorate: view.decorate });
});

describe('furigana modes on an annotated paragraph', () => {
  it('all kanji by default', () => {
    expect(states()).toEqual(['show', 'show', 'show', 'show', 'show']);
  });

  it.each([
    [
      'level N3: 日本 (N5) hidden; 今日 irregular, 政府 and 訪 (N2) shown; known 外相 hidden',
      { mode: 'level', level: { kind: 'jlpt', value: 3 } },
      ['show', 'show', 'hide', 'hide', 'show'],
    ],
    [
      'grade 5: only 訪 (grade 6) and irregular 今日',
      { mode: 'level', level: { kind: 'grade', value: 5 } },
      ['show', 'hide', 'hide', 'hide', 'show'],
    ],
    [
      'words not marked known: only 外相 hidden',
      { mode: 'unknown' },
      ['show', 'show', 'hide', 'show', 'show'],
    ],
    ['on hover', { mode: 'hover' }, ['hover', 'hover', 'hover', 'hover', 'hover']],
    ['off', { mode: 'off' }, ['hide', 'hide', 'hide', 'hide', 'hide']],
  ])('%s', async (_why, prefs, expected) => {
    await view.setPrefs(prefs);
    expect(states()).toEqual(expected);
    await view.setPrefs({ mode: 'all' });
    expect(states()).toEqual(['show', 'show', 'show', 'show', 'show']);
  });

  it('a word marked or unmarked known elsewhere changes here; only the words asked about', async () => {
    await view.setPrefs({ mode: 'unknown' });
    expect(view.wordsOnPage(100).sort()).toEqual(['今日', '外相', '政府', '日本', '訪れる'].sort());
    await view.setKnown(['政府', '外相'], new Set(['政府']));
    expect(states()).toEqual(['show', 'hide', 'show', 'show', 'show']);
  });

  it('readings in katakana or romaji, back to hiragana', async () => {
    const reading = () => rubyOf('外相').querySelector('rt')!.getAttribute('data-r');
    await view.setPrefs({ script: 'katakana' });
    expect(reading()).toBe('ガイショウ');
    await view.setPrefs({ script: 'romaji' });
    expect(reading()).toBe('gaishou');
    await view.setPrefs({ script: 'hiragana' });
    expect(reading()).toBe('がいしょう');
  });

  it('a page copying our class cannot get its element restyled (rubies are ours by identity)', async () => {
    const fake = document.createElement('ruby');
    fake.className = 'ytk-ruby';
    document.body.append(fake);
    await view.setPrefs({ mode: 'off' });
    expect(fake.classList.contains('ytk-hidden')).toBe(false);
  });

  it('overhang is allowed towards kana and punctuation neighbours without ruby only', () => {
    // 今日 is followed by 、; 政府 by の; 外相 by が; 訪 by れ (okurigana); 日本 by を.
    expect(rubyOf('今日').classList.contains('ytk-oh-e')).toBe(true);
    expect(rubyOf('政府').classList.contains('ytk-oh-s')).toBe(true);
    expect(rubyOf('訪').classList.contains('ytk-oh-e')).toBe(true);
    expect(rubyOf('今日').classList.contains('ytk-oh-s')).toBe(false);
  });

  it('a minimum reading size other than the default is set per ruby', async () => {
    await view.setPrefs({ minRubyPx: 12, minRubyEm: 0.6 });
    expect(rubyOf('政府').style.getPropertyValue('--ytk-rs')).toBe('max(0.6em, 12px)');
  });
});

describe('hover mode shows the whole hovered word', () => {
  it('per-kanji rubies of one word show together on a real pointer move, not on a page-made event', async () => {
    document.body.replaceChildren();
    const text = '東京に行く';
    const node = document.createTextNode(text);
    const p = document.createElement('p');
    p.append(node);
    document.body.append(p);
    const v = new RubyView(document);
    applyAnnotation(
      node,
      text,
      {
        ruby: [
          { start: 0, end: 1, base: '東', reading: 'とう', lemma: '東京' },
          { start: 1, end: 2, base: '京', reading: 'きょう', lemma: '東京' },
          { start: 3, end: 4, base: '行', reading: 'い', lemma: '行く' },
        ],
        terms: [],
      },
      new OwnNodes(),
      { decorate: v.decorate },
    );
    await v.setPrefs({ mode: 'hover' });
    const rubies = Array.from(document.querySelectorAll('ruby'));
    // happy-dom events are untrusted, as a page's own would be: nothing is revealed.
    rubies[0]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(rubies.filter((r) => r.classList.contains('ytk-hover-on'))).toEqual([]);
    // The listener's decision for a trusted move, through its handler.
    (v as unknown as { onHover(t: EventTarget): void }).onHover(rubies[0]!);
    expect(rubies.map((r) => r.classList.contains('ytk-hover-on'))).toEqual([true, true, false]);
    (v as unknown as { onHover(t: EventTarget): void }).onHover(rubies[2]!);
    expect(rubies.map((r) => r.classList.contains('ytk-hover-on'))).toEqual([false, false, true]);
  });
});
