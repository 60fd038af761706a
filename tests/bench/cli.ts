/**
 * The CLI as a whole process against kuroshiro 1.2.0 (kuromoji + its own furigana), on the same
 * sentences: `npm run --silent annotate -- --jsonl` (furigana and glossary) vs a small kuroshiro driver
 * (furigana only), in alternating pairs; prints the median ratio. kuroshiro is never a dependency of
 * this repository: install it in a temporary folder and point KUROSHIRO_DIR at it:
 *   mkdir /tmp/kuroshiro-bench && cd /tmp/kuroshiro-bench && npm init -y &&
 *   npm install kuroshiro@1.2.0 kuroshiro-analyzer-kuromoji
 * Sentences: NHK News Web Easy from ../shared/eval-dev when present (read here, never copied;
 * repeated to ≥ 8,000 lines), else the seed article's sentences repeated.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const MIN_LINES = 8_000;

const DRIVER = `
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
const require = createRequire(process.env.KUROSHIRO_DIR + '/');
const K = require('kuroshiro');
const Kuroshiro = K.default ?? K;
const Analyzer = require('kuroshiro-analyzer-kuromoji');
const kuroshiro = new Kuroshiro();
await kuroshiro.init(new Analyzer());
const out = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  let html = '';
  try { html = await kuroshiro.convert(JSON.parse(line).text, { mode: 'furigana', to: 'hiragana' }); } catch {}
  out.push(JSON.stringify({ html }));
}
process.stdout.write(out.join('\\n') + '\\n');
`;

function sentences(): { lines: string[]; source: string } {
  const evalDir = resolve(process.env.YOMITOKI_EVAL_DIR ?? join(ROOT, '..', 'shared', 'eval-dev'));
  let texts: string[] = [];
  let source = 'the seed article';
  if (existsSync(evalDir)) {
    for (const f of readdirSync(evalDir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const data = JSON.parse(readFileSync(join(evalDir, f), 'utf8')) as { segments?: { text: string }[] };
      texts.push(...(data.segments ?? []).map((s) => s.text));
    }
    source = 'NHK News Web Easy (eval-dev)';
  }
  if (texts.length === 0) {
    texts = readFileSync(join(ROOT, 'tests/fixtures/seed-article.txt'), 'utf8')
      .split(/(?<=。)|\n/)
      .filter((s) => s.trim());
  }
  const lines: string[] = [];
  while (lines.length < MIN_LINES) lines.push(...texts.map((text) => JSON.stringify({ text })));
  return { lines, source };
}

function timed(cmd: string, args: string[], input: string, env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, input, env, maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

export async function runCliBench(runs: number): Promise<void> {
  const dir = process.env.KUROSHIRO_DIR;
  if (!dir || !existsSync(join(dir, 'node_modules', 'kuroshiro'))) {
    console.log(
      'CLI vs kuroshiro: skipped (set KUROSHIRO_DIR to a folder with kuroshiro installed; see tests/bench/cli.ts)',
    );
    return;
  }
  const { lines, source } = sentences();
  const input = lines.join('\n') + '\n';
  const chars = lines.reduce((n, l) => n + (JSON.parse(l) as { text: string }).text.length, 0);
  const tmp = mkdtempSync(join(tmpdir(), 'yomitoki-cli-bench-'));
  const driver = join(tmp, 'kuroshiro-driver.mjs');
  writeFileSync(driver, DRIVER);
  const env = { ...process.env, KUROSHIRO_DIR: resolve(dir) };
  try {
    // Warm-up: builds dist/cli if stale and compiles the dictionary; fills the OS file cache.
    timed('npm', ['run', '--silent', 'annotate', '--', '--jsonl'], lines.slice(0, 10).join('\n') + '\n', env);
    timed(process.execPath, [driver], lines.slice(0, 10).join('\n') + '\n', env);
    const ours: number[] = [];
    const theirs: number[] = [];
    const ratios: number[] = [];
    const startOurs: number[] = [];
    const startTheirs: number[] = [];
    const few = lines.slice(0, 200).join('\n') + '\n';
    for (let i = 0; i < runs; i++) {
      const runOurs = () => timed('npm', ['run', '--silent', 'annotate', '--', '--jsonl'], input, env);
      const runTheirs = () => timed(process.execPath, [driver], input, env);
      // Alternate which goes first: the machine's load drifts.
      let a: number;
      let b: number;
      if (i % 2 === 0) {
        a = runOurs();
        b = runTheirs();
      } else {
        b = runTheirs();
        a = runOurs();
      }
      ours.push(a);
      theirs.push(b);
      ratios.push(a / b);
      startOurs.push(timed('npm', ['run', '--silent', 'annotate', '--', '--jsonl'], few, env));
      startTheirs.push(timed(process.execPath, [driver], few, env));
    }
    console.log(
      `CLI whole process on ${lines.length} sentences of ${source} (${chars} chars): ` +
        `npm run annotate --jsonl median ${median(ours).toFixed(0)} ms, kuroshiro 1.2.0 ${median(theirs).toFixed(0)} ms; ` +
        `ratio ${median(ratios).toFixed(2)}× median of ${runs} pairs (target ≤ 0.75×)`,
    );
    console.log(
      `CLI start-up (200 sentences): ${median(startOurs).toFixed(0)} ms vs kuroshiro ${median(startTheirs).toFixed(0)} ms`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
