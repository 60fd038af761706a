import { onTrusted } from '../trusted-events';
import { toKatakana, toRomaji } from 'wanakana';
import { knownKey } from '../../core/furigana/known-words';
import { rubyVisibility, type RubyVisibility, type RubyWordInfo } from '../../core/furigana/ruby-visibility';
import type { RubySpan } from '../../core/types';
import { DEFAULT_FURIGANA_PREFS, furiganaPrefsFrom, type FuriganaPrefs } from '../../shared/furigana-prefs';
import { RUBY_CLASS } from './ruby-dom';
import { yieldToPage } from './slice-scheduler';

/**
 * How each ruby looks for this reader: shown, hidden or shown on hover (furigana mode, level, known
 * words), in which script, at what smallest size, overhanging which neighbours. The analysis and
 * the ruby elements stay as they are; a mode, level or known-word change only updates classes and
 * attributes of the rubies already on the page, so it takes effect at once, without a new analysis.
 *
 * What a ruby is about (its word, level, whether known) is kept here, in a WeakMap keyed by our own
 * elements, not in the page's DOM: a page can copy our class, but not get into this map.
 */
interface RubyState {
  rt: HTMLElement;
  reading: string;
  key: string;
  word: RubyWordInfo;
  known: boolean;
  /** What the DOM shows now, so a pass writes only what changed. */
  shown?: RubyVisibility;
  text?: string;
  size?: string;
}

/**
 * Rubies restyled per task. Our script is cheap; the browser's restyle and relayout of the rubies
 * changed in one go is not (≈0.15 ms a ruby in Chromium), so a long page changes in steps, the
 * rubies on screen first.
 */
const CHUNK = 500;

/** Width of a reading in ruby characters: Latin letters are about half as wide as kana. */
function readingWidth(text: string, script: FuriganaPrefs['script']): number {
  return script === 'romaji' ? Math.ceil(text.length * 0.55) : text.length;
}

function readingInScript(hiragana: string, script: FuriganaPrefs['script']): string {
  if (script === 'katakana') return toKatakana(hiragana);
  if (script === 'romaji')
    return hiragana
      .split('・')
      .map((part) => toRomaji(part))
      .join(' ');
  return hiragana;
}

export class RubyView {
  private readonly states = new WeakMap<HTMLElement, RubyState>();
  private prefs: FuriganaPrefs = { ...DEFAULT_FURIGANA_PREFS };

  /** Rubies of the word under the pointer in hover mode (per-kanji rubies of one word show together). */
  private hovered: HTMLElement[] = [];

  constructor(private readonly doc: Document) {
    // Trusted pointer moves only: a page cannot make readings appear by dispatching events.
    onTrusted(doc, 'mouseover', (e) => this.onHover(e.target), { capture: true, passive: true });
  }

  get current(): FuriganaPrefs {
    return this.prefs;
  }

  /**
   * Called by ruby-dom for each ruby it makes. `before`/`after`: the base has a kana neighbour on that
   * side that carries no ruby, which a wide reading may overhang (as Japanese typesetting does) instead
   * of pushing the base apart.
   */
  readonly decorate = (
    ruby: HTMLElement,
    rt: HTMLElement,
    span: RubySpan,
    free: { before: boolean; after: boolean },
  ): void => {
    const state: RubyState = {
      rt,
      reading: span.reading,
      key: knownKey(span),
      word: { grade: span.grade, jlpt: span.jlpt, irregular: span.irregular },
      known: span.known === true,
    };
    this.states.set(ruby, state);
    ruby.style.setProperty('--ytk-m', String([...span.base].length));
    if (free.before) ruby.classList.add('ytk-oh-s');
    if (free.after) ruby.classList.add('ytk-oh-e');
    this.render(ruby, state);
  };

  /** New preferences: every ruby on the page follows (a class and an attribute per ruby). */
  setPrefs(raw: unknown): Promise<void> {
    this.prefs = furiganaPrefsFrom(raw);
    return this.renderAll();
  }

  /** Dictionary forms of the words on the page (for asking which of them are known). */
  wordsOnPage(limit: number): string[] {
    const words = new Set<string>();
    for (const [, state] of this.ours()) {
      words.add(state.key);
      if (words.size >= limit) break;
    }
    return [...words];
  }

  /** The known words among `asked` are `known`; the others are not. */
  setKnown(asked: readonly string[], known: ReadonlySet<string>): Promise<void> {
    const askedSet = new Set(asked);
    for (const [, state] of this.ours()) {
      if (askedSet.has(state.key)) state.known = known.has(state.key);
    }
    return this.renderAll();
  }

  private pass = 0;

  /**
   * Bring every ruby up to date, CHUNK at a time from the first one on screen, yielding between
   * chunks so the page renders and takes input. A newer pass replaces a running one (each pass
   * brings every ruby up to date). A hidden tab renders nothing, so it is done at once there.
   */
  private async renderAll(): Promise<void> {
    const gen = ++this.pass;
    const all = [...this.ours()];
    const from = this.doc.hidden ? 0 : firstOnScreen(all.map(([el]) => el));
    const order = from > 0 ? [...all.slice(from), ...all.slice(0, from)] : all;
    for (let i = 0; i < order.length; i += CHUNK) {
      if (gen !== this.pass) return;
      for (const [ruby, state] of order.slice(i, i + CHUNK)) this.render(ruby, state);
      if (!this.doc.hidden && i + CHUNK < order.length) await yieldToPage();
    }
  }

  private onHover(target: EventTarget | null): void {
    if (this.prefs.mode !== 'hover') return;
    const ruby = target instanceof Element ? target.closest<HTMLElement>(`ruby.${RUBY_CLASS}`) : null;
    const state = ruby ? this.states.get(ruby) : undefined;
    if (ruby && this.hovered.includes(ruby)) return;
    for (const r of this.hovered) r.classList.remove('ytk-hover-on');
    this.hovered = ruby && state ? this.wordAround(ruby, state.key) : [];
    for (const r of this.hovered) r.classList.add('ytk-hover-on');
  }

  /** The ruby and its directly adjacent rubies of the same word (東|京, 国|立|感|染|症…). */
  private wordAround(ruby: HTMLElement, key: string): HTMLElement[] {
    const sameWord = (n: Node | null): n is HTMLElement =>
      n instanceof HTMLElement && this.states.get(n)?.key === key;
    const word = [ruby];
    for (let n = ruby.previousSibling; sameWord(n); n = n.previousSibling) word.unshift(n);
    for (let n = ruby.nextSibling; sameWord(n); n = n.nextSibling) word.push(n);
    return word;
  }

  private *ours(): Generator<[HTMLElement, RubyState]> {
    for (const el of Array.from(this.doc.querySelectorAll<HTMLElement>(`ruby.${RUBY_CLASS}`))) {
      const state = this.states.get(el);
      if (state) yield [el, state];
    }
  }

  private render(ruby: HTMLElement, state: RubyState): void {
    const shown = rubyVisibility(state.word, this.prefs.mode, this.prefs.level, state.known);
    if (shown !== state.shown) {
      ruby.classList.toggle('ytk-hidden', shown === 'hide');
      ruby.classList.toggle('ytk-hover', shown === 'hover');
      state.shown = shown;
    }
    const text = readingInScript(state.reading, this.prefs.script);
    if (text !== state.text) {
      state.rt.setAttribute('data-r', text);
      ruby.style.setProperty('--ytk-n', String(readingWidth(text, this.prefs.script)));
      state.text = text;
    }
    const { minRubyEm, minRubyPx } = this.prefs;
    const isDefault =
      minRubyEm === DEFAULT_FURIGANA_PREFS.minRubyEm && minRubyPx === DEFAULT_FURIGANA_PREFS.minRubyPx;
    const size = isDefault ? '' : `max(${minRubyEm}em, ${minRubyPx}px)`;
    if (size !== (state.size ?? '')) {
      if (size) ruby.style.setProperty('--ytk-rs', size);
      else ruby.style.removeProperty('--ytk-rs');
      state.size = size;
    }
  }
}

/** Index of the first element whose box reaches the viewport (document order = vertical order, mostly). */
function firstOnScreen(els: readonly HTMLElement[]): number {
  let lo = 0;
  let hi = els.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (els[mid]!.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < els.length ? lo : 0;
}
