/**
 * Reading-accuracy benchmark: `npm run bench:accuracy`.
 *
 * Runs the core pipeline over every segment of the NHK News Web Easy development set, writes the
 * system's ruby next to it in a temp dir and scores it with the set's own score.mjs (the same rules
 * the held-out check uses). Prints the scorer's accuracy + confusion list and the throughput.
 *
 * The sentences are © NHK: they are read from ../shared at run time and never copied into the repo.
 * Set YOMITOKI_EVAL_DIR to score another folder of the same shape; BENCH_RUNS sets the timing runs.
 * By default the pipeline is wired as the CLI and the extension wire it (createAnnotator: tokenizer +
 * glossary name readings + KANJIDIC); BENCH_CORE_ONLY=1 scores `annotate` with the tokenizer alone.
 *
 * Baseline (foundation commit a9d4762, tokenizer readings + okurigana alignment only):
 *   accuracy 95.92% (433 wrong, 5 missed of 10,744), throughput ~430,000 chars/s on this machine
 *   (the tokenizer is ~90% of the time; other sessions' load moves these numbers by ±20%).
 * With the reading stages (counters, context rules, names, compound ruby): 99.13% core-only
 *   (BENCH_CORE_ONLY=1), 99.31% wired with the glossary's ENAMDICT/KANJIDIC lookups, 99.46% with
 *   the dictionary-compounds stage (EDICT headwords and ENAMDICT places with one reading).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnnotator } from '../../src/tokenizer-host/create-annotator';
import { loadNodeTokenizer } from '../../src/tokenizer-host/node-dictionary';
import { annotate } from '../../src/core/annotate';
import type { Annotation } from '../../src/core/types';
import { loadNodeGlossary } from '../../src/tokenizer-host/load-glossary-node';

interface GoldSegment {
  text: string;
}
interface GoldFile {
  segments: GoldSegment[];
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const evalDir = resolve(process.env.YOMITOKI_EVAL_DIR ?? join(repoRoot, '..', 'shared', 'eval-dev'));
const scorer = join(evalDir, 'score.mjs');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5) || 5);

if (!existsSync(evalDir) || !existsSync(scorer)) {
  console.error(`bench:accuracy: evaluation set not found at ${evalDir} (expected *.json and score.mjs).`);
  console.error('It lives outside the repo (© NHK). Set YOMITOKI_EVAL_DIR to its folder.');
  process.exit(2);
}

const files = readdirSync(evalDir)
  .filter((n) => n.endsWith('.json'))
  .sort();
const gold = files.map((name) => ({
  name,
  data: JSON.parse(readFileSync(join(evalDir, name), 'utf8')) as GoldFile,
}));
const texts = gold.flatMap((g) => g.data.segments.map((s) => s.text));
const totalChars = texts.reduce((n, t) => n + t.length, 0);

const tokenize = await loadNodeTokenizer();
const { run, description } = await pipeline();

// Scored run: one system file per gold file, same segment order and text.
const outDir = mkdtempSync(join(tmpdir(), 'yomitoki-accuracy-'));
try {
  for (const g of gold) {
    const segments = g.data.segments.map((s) => ({
      text: s.text,
      ruby: run(s.text).ruby,
    }));
    writeFileSync(join(outDir, g.name), JSON.stringify({ segments }));
  }
  const scored = spawnSync(process.execPath, [scorer, evalDir, outDir], { encoding: 'utf8' });
  if (scored.status !== 0) {
    console.error(`score.mjs failed (exit ${scored.status}):\n${scored.stderr}`);
    process.exit(1);
  }
  console.log(`eval set: ${evalDir} (${files.length} files, ${texts.length} segments, ${totalChars} chars)`);
  console.log(`lookups: ${description}`);
  process.stdout.write(scored.stdout);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

// Timing runs: the pipeline (tokenizer already loaded) interleaved with the tokenizer alone, so a
// busy machine slows both and the pipeline's share stays readable. Median of `runs`.
const rates: number[] = [];
const tokenizerRates: number[] = [];
let sink = 0;
const rate = (f: () => void) => {
  const t0 = performance.now();
  f();
  return totalChars / ((performance.now() - t0) / 1000);
};
for (let r = 0; r < runs; r++) {
  rates.push(rate(() => texts.forEach((t) => (sink += run(t).ruby.length))));
  tokenizerRates.push(rate(() => texts.forEach((t) => tokenize(t))));
}
sink /= runs;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en');
console.log(
  `\nthroughput: ${fmt(median(rates))} chars/s (median of ${runs} runs; min ${fmt(Math.min(...rates))}, ` +
    `max ${fmt(Math.max(...rates))}; ${sink} spans per run)\n` +
    `tokenizer alone: ${fmt(median(tokenizerRates))} chars/s (pipeline at ` +
    `${((median(rates) / median(tokenizerRates)) * 100).toFixed(0)}% of it)`,
);

/** The pipeline under test: as the hosts wire it, or the bare core. */
async function pipeline(): Promise<{ run: (text: string) => Annotation; description: string }> {
  if (process.env.BENCH_CORE_ONLY === '1') {
    return { run: (text) => annotate(text, tokenize), description: 'core only (tokenizer readings + rules)' };
  }
  const glossary = await loadNodeGlossary();
  return {
    run: createAnnotator(tokenize, glossary),
    description: 'createAnnotator (tokenizer + glossary: names, KANJIDIC, terms)',
  };
}
