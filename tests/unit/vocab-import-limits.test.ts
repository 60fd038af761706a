/**
 * Hostile files: an import holds nothing a message could not have added (VOCAB_LIMITS), a file
 * over a limit gets a clear error naming it and the database is returned untouched, and any file
 * costs linear time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SCHEMA_VERSION,
  addOrUpdateItem,
  createEmptyDatabase,
  createList,
  importVocab,
  type VocabDatabase,
} from '../../src/core/vocab/index';
import { BACKUP_FORMAT } from '../../src/core/vocab/export/json-backup';
import { VOCAB_LIMITS } from '../../src/core/vocab/limits';

const T = '2026-11-25T09:00:00.000Z';

function base(): VocabDatabase {
  let db = createEmptyDatabase({ now: T, id: 'default' });
  db = addOrUpdateItem(db, { surface: '経済', reading: 'けいざい' }, { now: T, id: 'w1' }).db;
  return db;
}

const list = (i: number) => ({ id: `l${i}`, name: `List ${i}`, createdAt: T, isDefault: i === 0 });
const item = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `i${i}`,
  dictionaryForm: `語${i}`,
  reading: 'ご',
  addedAt: T,
  updatedAt: T,
  listId: 'l0',
  ...extra,
});
const backup = (data: Record<string, unknown>) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    lists: [list(0)],
    items: [],
    ...data,
  });

function refused(text: string) {
  const db = base();
  const out = importVocab(db, text, { makeId: () => 'x' });
  expect(out.ok).toBe(false);
  expect(out.db).toBe(db); // the very object passed in: nothing changed
  return out.errors.map((e) => e.message);
}

describe('import limits (the message limits)', () => {
  const L = VOCAB_LIMITS;
  it.each([
    [
      'too many lists',
      { lists: Array.from({ length: L.lists + 1 }, (_, i) => list(i)) },
      `lists: ${L.lists + 1} lists; the limit is ${L.lists}`,
    ],
    [
      'too many tags on a word',
      { items: [item(0, { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })] },
      'items[0].tags: 51 tags; the limit is 50',
    ],
    [
      'a tag longer than a word',
      { items: [item(0, { tags: ['x'.repeat(201)] })] },
      'items[0].tags[0]: 201 characters; the limit is 200',
    ],
    [
      'a meaning longer than a field',
      { items: [item(0, { meaning: 'x'.repeat(20_001) })] },
      'items[0].meaning: 20001 characters; the limit is 20000',
    ],
    [
      'a word longer than a word',
      { items: [item(0, { dictionaryForm: '語'.repeat(201) })] },
      'items[0].dictionaryForm: 201 characters; the limit is 200',
    ],
    [
      'a long page title',
      { items: [item(0, { pageTitle: 'x'.repeat(1001) })] },
      'items[0].pageTitle: 1001 characters; the limit is 1000',
    ],
    [
      'a long URL',
      { items: [item(0, { url: `https://a.example/${'x'.repeat(4096)}` })] },
      'items[0].url: 4114 characters; the limit is 4096',
    ],
    [
      'a long list name',
      { lists: [{ ...list(0), name: 'n'.repeat(201) }] },
      'lists[0].name: 201 characters; the limit is 200',
    ],
    [
      'too many saved contexts',
      {
        items: [
          item(0, { contexts: Array.from({ length: 21 }, (_, i) => ({ sentence: `文${i}`, addedAt: T })) }),
        ],
      },
      'items[0].contexts: 21 saved contexts; the limit is 20',
    ],
    [
      'a correction for a sentence, not a word',
      { readingCorrections: [{ surface: '漢'.repeat(31), reading: 'かん' }] },
      'readingCorrections[0].surface: The word is longer than 30 characters.',
    ],
    [
      'a correction with a reading too long',
      { readingCorrections: [{ surface: '漢字', reading: 'か'.repeat(91) }] },
      'readingCorrections[0].reading: The reading is longer than 90 characters.',
    ],
    [
      'a correction for a word without kanji',
      { readingCorrections: [{ surface: 'かな', reading: 'かな' }] },
      'readingCorrections[0].surface: Only words written with kanji have a reading to fix.',
    ],
  ])('%s', (_rule, data, message) => {
    expect(refused(backup(data))).toContain(message);
  });

  it('a file larger than the import message allows', () => {
    const text = ' '.repeat(L.importChars + 1);
    expect(refused(text)).toEqual([
      `the file is too large: ${L.importChars + 1} characters; the limit is ${L.importChars}`,
    ]);
  });

  it('CSV cells and tags have the same limits, with the line', () => {
    const head = 'dictionary_form,reading,meaning,tags\n';
    expect(refused(`${head}経済,けいざい,${'x'.repeat(20_001)},\n`)).toContain(
      'line 2, field "meaning": 20001 characters; the limit is 20000',
    );
    const tags = Array.from({ length: 51 }, (_, i) => `t${i}`).join(' ');
    expect(refused(`${head}経済,けいざい,,${tags}\n`)).toContain(
      'line 2, field "tags": 51 tags; the limit is 50',
    );
  });

  it('only the first hundred problems are listed', () => {
    const lists = Array.from({ length: 500 }, (_, i) => ({ ...list(i), name: 'n'.repeat(201) }));
    const errors = refused(backup({ lists }));
    expect(errors).toHaveLength(101);
    expect(errors.at(-1)).toMatch(/… and \d+ more problems/);
  });

  it('a backup at the limits imports, and creating one list more is refused', () => {
    const lists = Array.from({ length: L.lists }, (_, i) => list(i));
    const out = importVocab(createEmptyDatabase({ now: T, id: 'd' }), backup({ lists }));
    expect(out.ok).toBe(true);
    expect(out.db.lists).toHaveLength(L.lists);
    expect(() => createList(out.db, 'one more', { now: T, id: 'x' })).toThrow(/at most 1000 lists/);
  });
});

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261129;

describe('import properties', () => {
  it('random backups (up to the limits, with clashing names and tags) import within a bound', () => {
    const name = fc.constantFrom('News', 'news', 'NEWS', 'Kanji', 'kanji', '経済', 'Ａ');
    const tag = fc.constantFrom('a', 'b', 'A', 'news', 'x y', '');
    const backupArb = fc.record({
      lists: fc.array(fc.tuple(name, fc.nat(2000)), { minLength: 1, maxLength: 1000 }),
      items: fc.array(fc.record({ n: fc.nat(3000), tags: fc.array(tag, { maxLength: 50 }) }), {
        maxLength: 2000,
      }),
    });
    let worst = 0;
    fc.assert(
      fc.property(backupArb, ({ lists, items }) => {
        const names = new Set<string>();
        const ls = lists
          .map(([n, k], i) => ({ id: `l${k}`, name: `${n}${k}`, createdAt: T, isDefault: i === 0 }))
          .filter((l) => !names.has(l.name.toLowerCase()) && names.add(l.name.toLowerCase()));
        const ids = new Set(ls.map((l) => l.id));
        const lsUnique = ls.filter((l) => ids.delete(l.id));
        if (!lsUnique.some((l) => l.isDefault)) lsUnique[0] = { ...lsUnique[0]!, isDefault: true };
        const seen = new Set<number>();
        const its = items
          .filter((x) => !seen.has(x.n) && seen.add(x.n))
          .map((x) => item(x.n, { tags: x.tags, listId: lsUnique[x.n % lsUnique.length]!.id }));
        const db = base();
        const t = performance.now();
        const out = importVocab(db, backup({ lists: lsUnique, items: its }), {
          makeId: () => crypto.randomUUID(),
        });
        worst = Math.max(worst, performance.now() - t);
        if (out.ok) expect(out.preview.new).toBe(its.length);
        else expect(out.db).toBe(db);
      }),
      { seed: SEED, numRuns: 30 },
    );
    // Linear work: a few thousand entries take milliseconds; the bound is generous for a busy machine.
    expect(worst).toBeLessThan(2000);
  });
});
