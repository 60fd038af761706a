/* global process, URL */
/**
 * Build dist/cli (vite.cli.config.ts) when it is missing or its inputs changed, then make sure the
 * compact IPADIC is compiled. Plain JavaScript so it runs before anything is built. Staleness is a
 * content hash of the inputs (src/, the CLI config, the lockfile) stored next to the bundle, so the
 * check is deterministic and takes a few milliseconds. Build output goes to stderr: stdout belongs
 * to the CLI's results (`npm run --silent annotate -- --jsonl`).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI_DIR = join(ROOT, 'dist', 'cli');
const STAMP = join(CLI_DIR, '.inputs-sha256');

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

function inputsHash() {
  const h = createHash('sha256');
  const inputs = [
    ...files(join(ROOT, 'src')),
    join(ROOT, 'vite.cli.config.ts'),
    join(ROOT, 'package-lock.json'),
  ];
  for (const p of inputs) {
    if (!existsSync(p)) continue;
    h.update(relative(ROOT, p)).update('\0').update(readFileSync(p)).update('\0');
  }
  return h.digest('hex');
}

export function ensureCliBuilt() {
  const hash = inputsHash();
  const current = existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash;
  if (!current) {
    process.stderr.write('Building the command line (dist/cli) …\n');
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const r = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 2, 2],
    });
    if (r.status !== 0) throw new Error(`building dist/cli failed (exit ${r.status ?? r.signal})`);
    writeFileSync(STAMP, hash);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureCliBuilt();
  // Compile the dictionary now rather than on the first annotate run.
  const r = spawnSync(process.execPath, [join(CLI_DIR, 'package-dicts.js')], { stdio: ['ignore', 2, 2] });
  process.exitCode = r.status ?? 1;
}
