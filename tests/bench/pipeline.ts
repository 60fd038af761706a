/**
 * `npm run bench` (`-- --node-only` stops after the Node part):
 *  - dictionary load in Node: stock kuromoji (gunzip + its own structures) vs the compact IPADIC
 *  - memory of the tokenizer and glossary data, each loaded alone in a fresh process
 *  - tokenize throughput, stock vs compact (same tokens: tests/unit/ipadic-equivalence.test.ts)
 *  - pipeline cost over raw tokenize on the same text (overhead ratio), glossary stages included
 *  - the CLI as a whole process vs kuroshiro (bench/cli.ts; needs KUROSHIRO_DIR, see there)
 *  - then bench/extension.ts: navigation → annotated sample page, warm and cold, and memory.
 * Figures are medians of several runs; this machine is noisy, so compare ratios, not absolutes.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createNodeAnnotator } from '../../src/cli/node-annotator';
import { annotate } from '../../src/core/annotate';
import { foldDigitsToFullWidth } from '../../src/core/text/chars';
import { readCompactIpadic } from '../../src/tokenizer-host/ipadic/format';
import { createIpadicTokenizer } from '../../src/tokenizer-host/ipadic/tokenizer';
import { compactIpadicBytes, ipadicCachePath } from '../../src/tokenizer-host/node-dictionary';
import { loadStockKuromoji } from '../helpers/stock-kuromoji';
import { runCliBench } from './cli';
import { median } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = resolve(import.meta.dirname, '../..');
const MB = (n: number) => (n / 1024 / 1024).toFixed(1);

async function timeLoads(label: string, load: () => Promise<unknown>): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await load();
    ms.push(performance.now() - t0);
  }
  console.log(`dictionary load, ${label}: median ${median(ms).toFixed(0)} ms over ${RUNS} runs`);
}

function memory(what: string): { heap: number; buffers: number } {
  const runs = Array.from(
    { length: Math.min(RUNS, 5) },
    () =>
      JSON.parse(
        execFileSync(
          process.execPath,
          ['--expose-gc', '--import', 'tsx', resolve(import.meta.dirname, 'memory-probe.ts'), what],
          { cwd: ROOT, encoding: 'utf8' },
        ),
      ) as { heap: number; buffers: number },
  );
  return { heap: median(runs.map((r) => r.heap)), buffers: median(runs.map((r) => r.buffers)) };
}

async function main(): Promise<void> {
  await compactIpadicBytes(); // compiled once and cached; loads below read the cache
  await timeLoads('stock kuromoji (gunzip 12 files + its structures)', () => loadStockKuromoji());
  await timeLoads('compact IPADIC (read one file, views on it)', async () =>
    createIpadicTokenizer(readCompactIpadic(await readFile(ipadicCachePath()))),
  );

  console.log('memory (fresh process each, median; JS heap + ArrayBuffers added by the load):');
  for (const what of ['stock', 'compact', 'glossary', 'compact+glossary']) {
    const m = memory(what);
    const target = what === 'compact+glossary' ? '  (target ≤ 80 MB)' : '';
    console.log(
      `  ${what.padEnd(17)} heap ${MB(m.heap)} MB + buffers ${MB(m.buffers)} MB = ${MB(m.heap + m.buffers)} MB${target}`,
    );
  }

  const article = await readFile(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
  const paragraphs = article.split('\n').filter((l) => l.trim());
  const corpus = Array.from({ length: 10 }, () => paragraphs).flat();
  const chars = corpus.reduce((n, p) => n + p.length, 0);
  const stock = await loadStockKuromoji();
  const compact = createIpadicTokenizer(readCompactIpadic(await compactIpadicBytes()));
  const tokenize = compact.tokenize;
  const annotator = await createNodeAnnotator();
  const rawTokenize = (p: string) => tokenize(foldDigitsToFullWidth(p));
  const readingsOnly = (p: string) => annotate(p, tokenize);

  console.log(`corpus: the seed article ×10 (${chars} chars)`);
  const stockRaw = (p: string) => stock(foldDigitsToFullWidth(p));
  const rates = comparePaired('compact tokenizer vs stock kuromoji', stockRaw, rawTokenize, 'time ratio');
  console.log(
    `tokenize: stock kuromoji ${rates[0].toFixed(0)} chars/s, compact ${rates[1].toFixed(0)} chars/s`,
  );
  comparePaired('readings only (core stages, no glossary data)', rawTokenize, readingsOnly);
  comparePaired(
    'full pipeline (+ glossary terms, name and KANJIDIC readings)',
    rawTokenize,
    annotator,
    'overhead (target ≤ 20%)',
  );

  /**
   * Paired runs in alternating order (the machine's load drifts, so each pair is compared, not the
   * medians of two separate series); prints the median ratio of `b` to `a`, returns both rates.
   */
  function comparePaired(
    label: string,
    a: (p: string) => unknown,
    b: (p: string) => unknown,
    what = 'overhead over raw tokenize',
  ): [number, number] {
    const time = (f: (p: string) => unknown) => {
      const t0 = performance.now();
      for (const p of corpus) f(p);
      return performance.now() - t0;
    };
    time(a);
    time(b); // warm both paths so JIT state is comparable
    const as: number[] = [];
    const bs: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < RUNS * 4; i++) {
      let ta: number;
      let tb: number;
      if (i % 2 === 0) {
        ta = time(a);
        tb = time(b);
      } else {
        tb = time(b);
        ta = time(a);
      }
      as.push(ta);
      bs.push(tb);
      ratios.push(tb / ta);
    }
    // The median of paired ratios includes garbage-collection pauses that land in either run;
    // the ratio of the fastest runs is the CPU cost alone. Both are reported.
    const best = Math.min(...bs) / Math.min(...as);
    const pct = (r: number) =>
      what === 'time ratio' ? `${r.toFixed(2)}×` : `${((r - 1) * 100).toFixed(1)}%`;
    console.log(
      `${label}: ${what} ${pct(median(ratios))} median of ${ratios.length} paired runs, ` +
        `${pct(best)} fastest vs fastest`,
    );
    return [(chars / median(as)) * 1000, (chars / median(bs)) * 1000];
  }

  await runCliBench(RUNS);
  if (process.argv.includes('--node-only')) return;
  const { runExtensionBench } = await import('./extension');
  await runExtensionBench(RUNS);
}

await main();
