/**
 * Import entry point: text of a file → preview + merged database, or precise problems and the
 * database unchanged. All-or-nothing by construction: the new database is only built once the whole
 * file has passed validation, and on any problem the caller gets back the very object it passed in.
 */
import { VOCAB_LIMITS, tooLong } from '../limits';
import { nowIso, newId, type VocabDatabase } from '../model';
import type { ImportBatch } from './batch';
import { parseCsvImport } from './csv';
import { issue, type ImportIssue } from './issues';
import { parseJsonBackup } from './json-backup';
import { emptyPreview, planImport, type ImportPreview } from './plan';

type ImportFormat = 'json' | 'csv' | 'auto';

export interface ImportOptions {
  /** 'auto' (default) reads a file starting with `{` as JSON and anything else as CSV. */
  format?: ImportFormat;
  /** Time for CSV rows without dates and for created lists; defaults to now. */
  now?: string;
  /** Id source for created lists/items; defaults to random UUIDs. */
  makeId?: () => string;
}

export type ImportOutcome =
  | { ok: true; db: VocabDatabase; preview: ImportPreview; errors: [] }
  | { ok: false; db: VocabDatabase; preview: ImportPreview; errors: ImportIssue[] };

function detectFormat(text: string): 'json' | 'csv' {
  return text
    .replace(/^\ufeff/, '')
    .trimStart()
    .startsWith('{')
    ? 'json'
    : 'csv';
}

/** Validate a file without touching any database. */
function parseImport(
  text: string,
  options: ImportOptions = {},
): { ok: true; batch: ImportBatch } | { ok: false; issues: ImportIssue[] } {
  const format = !options.format || options.format === 'auto' ? detectFormat(text) : options.format;
  const now = nowIso({ now: options.now });
  const makeId = options.makeId ?? (() => newId());
  const size = tooLong(text, VOCAB_LIMITS.importChars);
  if (size) return { ok: false, issues: [issue({}, `the file is too large: ${size}`)] };
  try {
    return format === 'json' ? parseJsonBackup(text) : parseCsvImport(text, { now, makeId });
  } catch (error) {
    // Validation is written not to throw; should a bug slip through, the import still fails cleanly.
    return {
      ok: false,
      issues: [
        issue({}, `could not read the file (${error instanceof Error ? error.message : String(error)})`),
      ],
    };
  }
}

/**
 * Preview and result of importing `text` into `db`. Show `preview` (or `errors`) to the user; on
 * confirmation store `db`. The background should run this again on the database it holds at that
 * moment (cheap) rather than keep the first result, so a word added meanwhile is not lost.
 */
export function importVocab(db: VocabDatabase, text: string, options: ImportOptions = {}): ImportOutcome {
  const parsed = parseImport(text, options);
  if (!parsed.ok) return { ok: false, db, preview: emptyPreview(), errors: parsed.issues };
  const plan = planImport(db, parsed.batch, options.makeId ?? (() => newId()));
  return { ok: true, db: plan.db, preview: plan.preview, errors: [] };
}

export type { ImportIssue } from './issues';
export type { ImportPreview } from './plan';
