import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIREFOX_DIST } from './helpers/firefox';

describe('Firefox build', () => {
  it('declares Firefox for Android (gecko_android) and the same minimum version as desktop', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8'));
    const { gecko, gecko_android } = manifest.browser_specific_settings;
    expect(gecko_android).toBeDefined();
    expect(gecko_android.strict_min_version).toBe(gecko.strict_min_version);
  });

  it('passes web-ext lint with 0 errors and 0 warnings (with gecko_android declared)', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['web-ext', 'lint', '--source-dir', FIREFOX_DIST, '--output', 'json', '--self-hosted'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
    const report = JSON.parse(stdout) as {
      count: number;
      errors: { message: string; file?: string }[];
      warnings: { message: string; file?: string }[];
    };
    expect(report.errors.map((e) => `${e.file}: ${e.message}`)).toEqual([]);
    expect(report.warnings.map((e) => `${e.file}: ${e.message}`)).toEqual([]);
  });
});
