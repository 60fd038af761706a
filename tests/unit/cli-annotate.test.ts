import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** What `npm run annotate` runs: the launcher, which rebuilds dist/cli when stale, then the bundle. */
function runCli(args: string[], input: string) {
  const r = spawnSync(process.execPath, ['src/cli/run-annotate.mjs', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

// Build (if stale) once up front, so the tests below time the CLI, not the build.
beforeAll(() => {
  const r = spawnSync(process.execPath, ['src/cli/ensure-built.mjs'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toBe(''); // build messages go to stderr: stdout stays the CLI's
}, 180_000);

describe('annotate --jsonl (the machine contract)', () => {
  it('writes exactly one JSON line per input line, in order, with UTF-16 offsets and hiragana', () => {
    const texts = ['５月１日に王毅外相がCISAを訪れた。', '', '😀漢字と\ud800かな', 'English only'];
    const input = texts.map((t) => (t === '' ? '' : JSON.stringify({ text: t }))).join('\n') + '\n';
    const { stdout, status } = runCli(['--jsonl'], input);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(texts.length);
    lines.forEach((line, i) => {
      const out = JSON.parse(line) as {
        ruby: { start: number; end: number; base: string; reading: string }[];
        terms: { start: number; end: number; surface: string }[];
      };
      expect(Object.keys(out)).toEqual(['ruby', 'terms']);
      for (const r of out.ruby) {
        expect(texts[i]!.slice(r.start, r.end)).toBe(r.base);
        expect(r.reading).toMatch(/^[\u3041-\u309f・ー]+$/);
      }
      for (const t of out.terms) expect(texts[i]!.slice(t.start, t.end)).toBe(t.surface);
    });
    const first = JSON.parse(lines[0]!) as { terms: { surface: string; english: string }[] };
    expect(first.terms.map((t) => t.english)).toEqual(
      expect.arrayContaining(['Wang Yi', 'Cybersecurity and Infrastructure Security Agency']),
    );
  });

  it('keeps the output aligned on a malformed line: empty result on stdout, the error on stderr, exit 1', () => {
    const { stdout, stderr, status } = runCli(
      ['--jsonl'],
      '{"text":"漢字"}\nnot json\n{"txt":1}\n{"text":"日本"}\n',
    );
    expect(stdout.trimEnd().split('\n')).toHaveLength(4);
    expect(stdout.split('\n')[1]).toBe('{"ruby":[],"terms":[]}');
    expect(stderr).toMatch(/line 2/);
    expect(stderr).toMatch(/line 3: expected an object with a string "text" field/);
    expect(status).toBe(1);
  });

  it('writes escaped HTML with ruby for a text file', () => {
    const { stdout, status } = runCli(['-'], '漢字<script>x</script>\n');
    expect(status).toBe(0);
    expect(stdout).toContain('<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>');
    expect(stdout).toContain('&#60;script&#62;');
  });
});
