import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/core/glossary/glossary';
import { renderLookup } from '../../src/content/popup/render-lookup';
import { loadNodeGlossary } from '../../src/tokenizer-host/load-glossary-node';

let glossary: Glossary;
beforeAll(async () => {
  glossary = await loadNodeGlossary();
}, 60_000);

/** The popup body for a hover at `offset` of `text`, as a detached element. */
function popupFor(text: string, offset = 0, mode: 'word' | 'kanji' = 'word'): HTMLElement {
  const lookup = glossary.lookupAt(text, offset);
  expect(lookup).not.toBeNull();
  const box = document.createElement('div');
  box.append(renderLookup(document, lookup!, undefined, mode));
  return box;
}
const headwords = (box: HTMLElement) =>
  [...box.querySelectorAll('.entry .surface')].map((e) => e.textContent);

describe('popup rendering of hover lookups', () => {
  it('shows the whole inflected span and the dictionary form it comes from', () => {
    const box = popupFor('質問を問うている。', 3);
    expect(headwords(box)[0]).toBe('問う');
    expect(box.querySelector('.entry .from')?.textContent).toBe('問うている ← 問う (te, progressive)');
    expect(box.querySelector('.entry .from mark')?.textContent).toBe('問うている');
    const verb = popupFor('大会を中止せざるを得ない状況だ', 3);
    expect(verb.querySelector('.entry .from')?.textContent).toContain('中止せざるを得ない ← 中止する');
  });

  it('shows the name written as the text before a kanji spelling that shares its reading', () => {
    const box = popupFor('ワシントンで会談');
    expect(headwords(box)[0]).toBe('ワシントン');
    expect(box.querySelector('.entry .badge')?.textContent).toBe('name');
    expect(headwords(box).indexOf('華盛頓')).toBeGreaterThan(0);
  });

  it('never shows a short dictionary word inside a longer katakana name', () => {
    const lookup = glossary.lookupAt('専務理事のゲオルギエワ氏', 5);
    expect(lookup?.entries.map((m) => m.entry.headword) ?? []).not.toContain('ゲ');
    const mid = glossary.lookupAt('専務理事のゲオルギエワ氏', 8);
    expect(mid?.entries.map((m) => m.entry.headword) ?? []).not.toContain('エ');
  });

  it('renders the kanji card with meanings, readings, grade, JLPT, strokes and the EDRDG credit', () => {
    const box = popupFor('行われる', 0, 'kanji');
    const card = box.querySelector('.kanji-card')!;
    expect(card.querySelector('.kanji')?.textContent).toBe('行');
    const text = card.textContent ?? '';
    expect(text).toContain('going');
    expect(text).toContain('コウ');
    expect(text).toContain('い.く');
    expect(text).toContain('Grade 2');
    expect(text).toContain('JLPT level 4');
    expect(text).toMatch(/Strokes6/);
    expect(box.querySelector('.entry')).toBeNull();
    expect(box.querySelector('.credit')?.textContent).toContain('KANJIDIC');
  });

  it('shows the word in kanji mode when the hovered character is not a kanji', () => {
    const box = popupFor('される', 0, 'kanji');
    expect(box.querySelector('.kanji-card')).toBeNull();
    expect(headwords(box).length).toBeGreaterThan(0);
  });
});
