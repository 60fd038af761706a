/**
 * Import cost in Node (the background runs the same core): hostile backups that used to block the
 * worker, and the largest backup the limits allow. Median of 5 runs each.
 *   npm run bench:import
 */
import { SCHEMA_VERSION, addOrUpdateItem, createEmptyDatabase, importVocab } from '../../src/core/vocab';
import { BACKUP_FORMAT } from '../../src/core/vocab/export/json-backup';
import { median } from './stats';

const T = '2026-11-25T09:00:00.000Z';
const RUNS = 5;

const list = (i: number) => ({ id: `list-${i}`, name: `List ${i}`, createdAt: T, isDefault: i === 0 });
const item = (i: number, listId: string, tags: string[]) => ({
  id: `item-${i}`,
  dictionaryForm: `語${i}`,
  reading: 'ご',
  meaning: 'a word',
  sentence: `これは語${i}の例文です。`,
  addedAt: T,
  updatedAt: T,
  listId,
  tags,
});
const file = (lists: unknown[], items: unknown[]) =>
  JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, lists, items });

const CASES: [string, string][] = [
  // The backup: 30,000 lists, ~2.5 MB.
  [
    '30,000 lists',
    file(
      Array.from({ length: 30_000 }, (_, i) => list(i)),
      [],
    ),
  ],
  [
    'one word with 100,000 tags',
    file(
      [list(0)],
      [
        item(
          0,
          'list-0',
          Array.from({ length: 100_000 }, (_, i) => `t${i}`),
        ),
      ],
    ),
  ],
  [
    'at the limits: 1,000 lists, 20,000 words with 50 tags',
    file(
      Array.from({ length: 1000 }, (_, i) => list(i)),
      Array.from({ length: 20_000 }, (_, i) =>
        item(
          i,
          `list-${i % 1000}`,
          Array.from({ length: 50 }, (_, k) => `t${k}`),
        ),
      ),
    ),
  ],
];

// A database that already has words and lists, as a user's would.
let db = createEmptyDatabase({ now: T, id: 'default' });
for (let i = 0; i < 2000; i++)
  db = addOrUpdateItem(db, { surface: `既${i}`, reading: 'き' }, { now: T, id: `own-${i}` }).db;

for (const [name, text] of CASES) {
  const times: number[] = [];
  let result = '';
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    const out = importVocab(db, text, { now: T });
    times.push(performance.now() - t);
    result = out.ok ? `imported ${out.preview.new} words` : `refused: ${out.errors[0]?.message ?? ''}`;
  }
  console.log(`${name} (${(text.length / 1e6).toFixed(1)} MB): ${median(times).toFixed(0)} ms — ${result}`);
}
