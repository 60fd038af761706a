/** Read a JSON backup: syntax, format marker, schema version (older ones migrated), every field. */
import { BACKUP_FORMAT } from '../export/json-backup';
import { checkDatabase } from '../schema';
import type { ImportBatch } from './batch';
import { capIssues, issue, type ImportIssue } from './issues';
import { lineAndColumn, locateJsonSyntaxError } from './json-syntax';

export type ParseResult = { ok: true; batch: ImportBatch } | { ok: false; issues: ImportIssue[] };

/** JSON.parse failed: say where and why, and call a file that stops early truncated. */
function syntaxIssue(text: string, error: unknown): ImportIssue {
  const found = locateJsonSyntaxError(text);
  if (!found) return issue({}, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  if (found.truncated) return issue({}, 'the file ends too early: it is truncated or not a complete backup');
  const { line, column } = lineAndColumn(text, found.position);
  return issue({ line, column }, `not valid JSON: ${found.reason}`);
}

export function parseJsonBackup(text: string): ParseResult {
  const body = text.replace(/^\ufeff/, '');
  if (body.trim() === '') return { ok: false, issues: [issue({}, 'the file is empty')] };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(body, error)] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, issues: [issue({}, 'expected a Yomitoki backup object')] };
  }
  const { format, exportedAt: _exportedAt, ...data } = raw as Record<string, unknown>;
  if (format === undefined) {
    return { ok: false, issues: [issue({ path: 'format' }, `missing: this is not a Yomitoki backup`)] };
  }
  if (format !== BACKUP_FORMAT) {
    return {
      ok: false,
      issues: [issue({ path: 'format' }, `expected "${BACKUP_FORMAT}", got ${JSON.stringify(format)}`)],
    };
  }
  const checked = checkDatabase(data, 'import');
  if (!checked.ok) {
    return {
      ok: false,
      issues: capIssues(checked.issues.map((i) => issue({ path: i.path || undefined }, i.reason))),
    };
  }
  const db = checked.db;
  return {
    ok: true,
    batch: {
      source: 'json',
      lists: db.lists,
      items: db.items,
      knownWords: db.knownWords,
      readingCorrections: db.readingCorrections,
    },
  };
}
