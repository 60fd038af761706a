import * as v from 'valibot';
import { FURIGANA_MODES } from '../core/furigana/ruby-visibility';

/**
 * The reader's furigana preferences, part of the settings (settings-store.ts): which readings show
 * (mode, level), in which script, and how small a reading may get. Each field falls back to its
 * default on its own, so one bad value never costs the others.
 */
export const READING_SCRIPTS = ['hiragana', 'katakana', 'romaji'] as const;
export type ReadingScript = (typeof READING_SCRIPTS)[number];

export const LearnerLevelSchema = v.variant('kind', [
  v.object({ kind: v.literal('jlpt'), value: v.picklist([1, 2, 3, 4, 5] as const) }),
  // School grade 1–6; 7 = secondary school (every jōyō kanji).
  v.object({
    kind: v.literal('grade'),
    value: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)),
  }),
]);

export const DEFAULT_FURIGANA_PREFS = {
  mode: 'all',
  level: { kind: 'jlpt', value: 4 },
  script: 'hiragana',
  minRubyPx: 10,
  minRubyEm: 0.5,
} as const satisfies Record<string, unknown>;

const FuriganaPrefsSchema = v.object({
  mode: v.fallback(v.picklist(FURIGANA_MODES), DEFAULT_FURIGANA_PREFS.mode),
  level: v.fallback(LearnerLevelSchema, DEFAULT_FURIGANA_PREFS.level),
  script: v.fallback(v.picklist(READING_SCRIPTS), DEFAULT_FURIGANA_PREFS.script),
  /** Smallest reading in CSS pixels and in em of the text: the larger of the two applies. */
  minRubyPx: v.fallback(v.pipe(v.number(), v.minValue(6), v.maxValue(32)), DEFAULT_FURIGANA_PREFS.minRubyPx),
  minRubyEm: v.fallback(v.pipe(v.number(), v.minValue(0.3), v.maxValue(1)), DEFAULT_FURIGANA_PREFS.minRubyEm),
});
export type FuriganaPrefs = v.InferOutput<typeof FuriganaPrefsSchema>;

/** Validated prefs from anything (storage, a message); missing or bad fields take their defaults. */
export function furiganaPrefsFrom(raw: unknown): FuriganaPrefs {
  const r = v.safeParse(FuriganaPrefsSchema, raw && typeof raw === 'object' ? raw : {});
  return r.success ? r.output : { ...DEFAULT_FURIGANA_PREFS };
}
