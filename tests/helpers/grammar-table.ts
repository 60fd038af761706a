/**
 * A deinflection grammar table as tests: each row is an inflected form a reader meets in written
 * Japanese, the dictionary form it comes from, that form's JMdict conjugation class, and the endings
 * removed, in the order they follow the stem.
 */
import { describe, expect, it } from 'vitest';
import { deinflect, entryMatchesClass } from '../../src/core/glossary/deinflect';

/** [inflected, dictionary form, JMdict class, endings in word order] */
export type GrammarRow = [string, string, string, string[]];

/** One test per row, and a floor on the row count so a table cannot shrink unnoticed. */
export function describeGrammarTable(title: string, rows: readonly GrammarRow[], minRows: number): void {
  describe(title, () => {
    it(`has at least ${minRows} rows`, () => expect(rows.length).toBeGreaterThanOrEqual(minRows));

    it.each(rows)('%s → %s (%s)', (surface, dict, tag, reasons) => {
      const found = deinflect(surface).filter((c) => c.word === dict && entryMatchesClass(c, [tag]));
      expect(found.map((c) => c.reasons)).toContainEqual(reasons);
    });
  });
}
