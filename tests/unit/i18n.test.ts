import { describe, expect, it } from 'vitest';
import en from '../../src/public/_locales/en/messages.json';
import ja from '../../src/public/_locales/ja/messages.json';
import manifest from '../../manifest.json';
import { t } from '../../src/shared/i18n';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const placeholdersIn = (m: string) =>
  [...m.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();

describe('UI strings (_locales)', () => {
  it('English and Japanese have the same keys, each with its placeholders declared', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [key, m] of Object.entries(en as Messages)) {
      const other = (ja as Messages)[key]!;
      expect(placeholdersIn(other.message), key).toEqual(placeholdersIn(m.message));
      expect(Object.keys(m.placeholders ?? {}).sort(), key).toEqual(placeholdersIn(m.message));
      expect(other.placeholders, key).toEqual(m.placeholders);
      expect(other.message.length, key).toBeGreaterThan(0);
    }
  });

  it('the manifest takes its name, description and command from them', () => {
    const used = JSON.stringify(manifest)
      .match(/__MSG_(\w+)__/g)!
      .map((m) => m.slice(6, -2));
    expect(used.length).toBeGreaterThanOrEqual(4);
    for (const key of used) expect(en).toHaveProperty(key);
    expect(manifest.default_locale).toBe('en');
  });

  it('outside a browser, t() answers in English with substitutions in place', () => {
    expect(t('badgeTitleOffSite', 'news.example')).toBe('Yomitoki: furigana off on news.example');
    expect(t('ankiNoteTypeCreated', 'Yomitoki', 'Deck')).toMatch(/“Yomitoki”.*“Deck”/);
  });
});
