/**
 * Property: any correction a message accepts (a word of ≤ 30 characters with kanji, a kana reading
 * of ≤ 90) is applied, with the page and the Anki export, within a bound — including the
 * alternating kanji/kana words with near-miss readings that once made the aligner backtrack forever.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../src/core/annotate';
import type { Tokenize } from '../../src/core/types';
import { furiganaField } from '../../src/core/vocab/export/anki-fields';
import { fixReadingProblem, fixSurfaceProblem } from '../../src/core/vocab/limits';
import { ipadic } from './reading-helpers';

let tok: Tokenize;
beforeAll(async () => {
  tok = await ipadic();
});

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261129;
const kanji = fc.constantFrom('漢', '字', '日', '本', '語', '読');
const kana = fc.constantFrom('か', 'ん', 'じ', 'に', 'ほ', 'ご', 'よ', 'む');
const surface = fc
  .array(fc.oneof(kanji, kana), { minLength: 1, maxLength: 30 })
  .map((a) => a.join(''))
  .filter((s) => fixSurfaceProblem(s) === null);
const reading = fc
  .array(kana, { minLength: 1, maxLength: 90 })
  .map((a) => a.join(''))
  .filter((r) => fixReadingProblem(r) === null);

describe('reading corrections', () => {
  it('apply on a page and in the Anki field within a bound', () => {
    let worst = 0;
    fc.assert(
      fc.property(surface, reading, (s, r) => {
        const started = performance.now();
        const page = annotate(`今日は${s}について話した。`, tok, { readingOverrides: new Map([[s, r]]) });
        furiganaField(s, r);
        worst = Math.max(worst, performance.now() - started);
        expect(page.ruby.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 300 },
    );
    // Tokenizing the sentence dominates (≈ 1 ms); the bound is generous for a busy machine.
    expect(worst).toBeLessThan(500);
  });
});
