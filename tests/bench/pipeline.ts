/**
 * `npm run bench`: pipeline cost in Node, then the extension in real Chromium.
 *  - dictionary load in Node (fresh tokenizer each run)
 *  - pipeline throughput vs raw kuromoji tokenize on the same text (overhead ratio)
 *  - then bench/extension.ts: navigation → annotated sample page, warm and cold, and memory.
 * Figures are medians of several runs; this machine is noisy, so compare ratios, not absolutes.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { buildKuromojiTokenizer } from '../../src/analyzer/kuromoji-tokenizer';
import { kuromojiDictDir } from '../../src/analyzer/node-dictionary';
import { createNodeAnnotator } from '../../src/cli/node-annotator';
import { foldDigitsToFullWidth } from '../../src/core/text/chars';
import { median } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function freshTokenizer() {
  const dir = kuromojiDictDir();
  return buildKuromojiTokenizer(async (name) => {
    const raw = gunzipSync(await readFile(join(dir, name)));
    return raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer;
  });
}

async function main(): Promise<void> {
  const loads: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await freshTokenizer();
    loads.push(performance.now() - t0);
  }
  console.log(`dictionary load (Node, fs + zlib): median ${median(loads).toFixed(0)} ms over ${RUNS} runs`);

  const article = await readFile(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
  const paragraphs = article.split('\n').filter((l) => l.trim());
  const corpus = Array.from({ length: 10 }, () => paragraphs).flat();
  const chars = corpus.reduce((n, p) => n + p.length, 0);
  const tokenize = await freshTokenizer();
  const annotator = await createNodeAnnotator();
  // Warm both paths once so JIT state is comparable.
  for (const p of corpus) tokenize(foldDigitsToFullWidth(p));
  for (const p of corpus) annotator(p);
  // Paired runs in alternating order: the machine's load drifts, so compare each pair, not the
  // medians of two separate series.
  const raw: number[] = [];
  const full: number[] = [];
  const ratios: number[] = [];
  const timeRaw = () => {
    const t0 = performance.now();
    for (const p of corpus) tokenize(foldDigitsToFullWidth(p));
    return performance.now() - t0;
  };
  const timeFull = () => {
    const t0 = performance.now();
    for (const p of corpus) annotator(p);
    return performance.now() - t0;
  };
  for (let i = 0; i < RUNS * 3; i++) {
    const [r, f] = i % 2 === 0 ? [timeRaw(), timeFull()] : (([b, a]) => [a, b])([timeFull(), timeRaw()]);
    raw.push(r!);
    full.push(f!);
    ratios.push(f! / r!);
  }
  const rawMs = median(raw);
  const fullMs = median(full);
  console.log(
    `raw kuromoji tokenize: ${((chars / rawMs) * 1000).toFixed(0)} chars/s (median ${rawMs.toFixed(1)} ms for ${chars} chars)`,
  );
  console.log(
    `full pipeline (annotate): ${((chars / fullMs) * 1000).toFixed(0)} chars/s (median ${fullMs.toFixed(1)} ms)`,
  );
  console.log(
    `pipeline overhead over raw tokenize: ${((median(ratios) - 1) * 100).toFixed(1)}% (median of ${ratios.length} paired runs; target ≤ 25%)`,
  );

  if (process.argv.includes('--node-only')) return;
  const { runExtensionBench } = await import('./extension');
  await runExtensionBench(RUNS);
}

await main();
