/** Read a JSON backup: syntax, format marker, schema version (older ones migrated), every field. */
import { BACKUP_FORMAT } from '../export/json-backup';
import { checkDatabase } from '../schema';
import type { ImportBatch } from './batch';
import { issue, type ImportIssue } from './issues';

export type ParseResult = { ok: true; batch: ImportBatch } | { ok: false; issues: ImportIssue[] };

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = position - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, column };
}

/** JSON.parse's error as a located, readable problem. Engines word it differently; all give a position. */
function syntaxIssue(text: string, error: unknown): ImportIssue {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of (JSON )?input|unterminated|unexpected end/i.test(message) || text.trim().length === 0) {
    return issue({}, 'the file ends too early: it is truncated or not a complete backup');
  }
  const match = /position (\d+)/.exec(message);
  if (match) {
    const { line, column } = lineAndColumn(text, Number(match[1]));
    if (Number(match[1]) >= text.trimEnd().length) {
      return issue({}, 'the file ends too early: it is truncated or not a complete backup');
    }
    return issue(
      { line },
      `column ${column}: not valid JSON (${message.replace(/\s*in JSON at position \d+.*$/, '')})`,
    );
  }
  return issue({}, `not valid JSON (${message})`);
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
  const checked = checkDatabase(data);
  if (!checked.ok) {
    return { ok: false, issues: checked.issues.map((i) => issue({ path: i.path || undefined }, i.reason)) };
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
