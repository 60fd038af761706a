/**
 * `npm run bench:glossary`: load time and memory of the glossary data, hover-lookup latency at every
 * offset of the seed article, and term-detection time. Budgets (issue 4): ≤ 12 MB compressed data,
 * ≤ 60 MB of memory for it once loaded, hover lookup ≤ 10 ms median.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadNodeTokenizer } from '../../src/tokenizer-host/node-dictionary';
import { COMPILED_FILES } from '../../src/core/glossary/compiled-files';
import { COMPILED_DICTS_DIR, loadNodeGlossary } from '../../src/tokenizer-host/load-glossary-node';
import { deinflectionRecall } from './deinflect-recall';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const mb = (n: number) => (n / 1e6).toFixed(2) + ' MB';

function memory() {
  gc();
  gc();
  const m = process.memoryUsage();
  // `external` includes ArrayBuffers: the dictionaries live there, outside the JS heap.
  return { heap: m.heapUsed, buffers: m.external };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

let compressed = 0;
for (const name of Object.values(COMPILED_FILES)) {
  const size = statSync(join(COMPILED_DICTS_DIR, name)).size;
  compressed += size;
  console.log(`${name.padEnd(22)} ${mb(size).padStart(8)} gz`);
}
console.log(`compiled total        ${mb(compressed).padStart(8)} gz (budget 12 MB)`);

const before = memory();
let t0 = performance.now();
const glossary = await loadNodeGlossary();
const loadMs = performance.now() - t0;
const after = memory();
const heapDelta = after.heap - before.heap;
const bufferDelta = after.buffers - before.buffers;
console.log(
  `load ${loadMs.toFixed(0)} ms; JS heap +${mb(heapDelta)}, ArrayBuffers +${mb(bufferDelta)}, total +${mb(heapDelta + bufferDelta)} (budget 60 MB)`,
);

const text = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
// Warm up (JIT), then time a lookup at every offset of the article, as hovering over it would.
for (let i = 0; i < 300; i++) glossary.lookupAt(text, i);
const times: number[] = [];
let hits = 0;
for (let i = 0; i < text.length; i++) {
  t0 = performance.now();
  const r = glossary.lookupAt(text, i);
  times.push(performance.now() - t0);
  if (r) hits++;
}
times.sort((a, b) => a - b);
console.log(
  `lookupAt over ${times.length} offsets (${hits} with a result): median ${percentile(times, 50).toFixed(3)} ms, ` +
    `p95 ${percentile(times, 95).toFixed(3)} ms, max ${percentile(times, 100).toFixed(2)} ms (budget: p95 ≤ 10 ms)`,
);

const tokenize = await loadNodeTokenizer();
const tokens = tokenize(text);
const runs: number[] = [];
let count = 0;
for (let k = 0; k < 20; k++) {
  t0 = performance.now();
  count = glossary.detectTerms(text, tokens).length;
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
console.log(
  `detectTerms on the seed article (${text.length} chars, ${count} terms): median ${percentile(runs, 50).toFixed(2)} ms`,
);
const recall = deinflectionRecall();
console.log(
  `deinflection recall on tests/fixtures/deinflect-recall.tsv: ${recall.found}/${recall.total} = ` +
    `${((100 * recall.found) / recall.total).toFixed(1)}% (deinflect p95 ${recall.p95Ms.toFixed(3)} ms)`,
);
for (const m of recall.missed) console.log(`  missed: ${m}`);
// Keep the glossary reachable until the end so the memory figures above describe a live instance.
if (!glossary) process.exitCode = 1;
