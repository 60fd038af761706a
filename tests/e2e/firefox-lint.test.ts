import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIREFOX_DIST } from './helpers/firefox';

describe('Firefox build', () => {
  it('passes web-ext lint with 0 errors', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['web-ext', 'lint', '--source-dir', FIREFOX_DIST, '--output', 'json', '--self-hosted'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
    const report = JSON.parse(stdout) as { count: number; errors: { message: string; file?: string }[] };
    expect(report.errors.map((e) => `${e.file}: ${e.message}`)).toEqual([]);
  });
});
