/**
 * Runs before the end-to-end tier (`npm run test:e2e`): the tier needs Chromium, Firefox ESR and a
 * Japanese font on this machine. Without them the tests would fail half-way through with a launch
 * error; instead say in one line what is missing and the one command that installs it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const firstExisting = (paths: (string | undefined)[]): string | undefined =>
  paths.find((p): p is string => !!p && existsSync(p));

function hasJapaneseFont(): boolean {
  try {
    return /ipa|noto sans cjk|noto serif cjk|takao|vl gothic/i.test(
      execFileSync('fc-list', { encoding: 'utf8' }),
    );
  } catch {
    return false;
  }
}

const missing: { what: string; apt: string }[] = [];
if (
  !firstExisting([
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ])
)
  missing.push({ what: 'Chromium', apt: 'chromium' });
if (!firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']))
  missing.push({ what: 'Firefox ESR', apt: 'firefox-esr' });
if (!hasJapaneseFont()) missing.push({ what: 'a Japanese font', apt: 'fonts-ipafont-gothic' });

if (missing.length > 0) {
  console.error(
    `The end-to-end tests need ${missing.map((m) => m.what).join(', ')}. Install with: ` +
      `sudo apt-get install -y ${missing.map((m) => m.apt).join(' ')}  (or run bash .ci/run, which installs them)`,
  );
  process.exit(1);
}
