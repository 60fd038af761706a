/**
 * Deinflection recall on tests/fixtures/deinflect-recall.tsv (ordinary written forms → dictionary form
 * and JMdict class): the share for which `deinflect` proposes the dictionary form with a class that
 * `entryMatchesClass` accepts for that tag. Run by `npm run bench:glossary`, or alone with
 * `node --import tsx tests/bench/deinflect-recall.ts`.
 */
import { readFileSync } from 'node:fs';
import { deinflect, entryMatchesClass } from '../../src/core/glossary/deinflect';

export function deinflectionRecall(): { total: number; found: number; missed: string[]; p95Ms: number } {
  const rows = readFileSync(new URL('../fixtures/deinflect-recall.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t') as [string, string, string]);
  const missed: string[] = [];
  const times: number[] = [];
  for (const [form, dict, tag] of rows) {
    const t0 = performance.now();
    const cands = deinflect(form);
    times.push(performance.now() - t0);
    if (!cands.some((c) => c.word === dict && entryMatchesClass(c, [tag])))
      missed.push(`${form} → ${dict} (${tag})`);
  }
  times.sort((a, b) => a - b);
  return {
    total: rows.length,
    found: rows.length - missed.length,
    missed,
    p95Ms: times[Math.floor(times.length * 0.95)] ?? NaN,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = deinflectionRecall();
  console.log(`deinflection recall ${r.found}/${r.total} = ${((100 * r.found) / r.total).toFixed(1)}%`);
  for (const m of r.missed) console.log(`  missed: ${m}`);
}
