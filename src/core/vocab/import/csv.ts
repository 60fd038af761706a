/**
 * Read our CSV export (or a spreadsheet edit of it) back: header row required, columns by name, every
 * cell checked with the same rules as JSON backups. Problems carry the line the row starts on.
 */
import { CSV_COLUMNS, unprotectFormula, type CsvColumn } from '../csv/columns';
import { parseCsv } from '../csv/rfc4180';
import {
  isoDateProblem,
  normalizeIsoDate,
  readingProblem,
  sentenceOffsetProblem,
  urlProblem,
} from '../fields';
import { VOCAB_LIMITS, tooLong, tooMany } from '../limits';
import { normalizeReading, normalizeTags, type VocabItem, type VocabList } from '../model';
import { DEFAULT_LIST_REF } from './batch';
import { capIssues, issue, type ImportIssue } from './issues';
import type { ParseResult } from './json-backup';

export interface CsvImportOptions {
  /** Time given to rows without dates and to lists the file creates. */
  now: string;
  makeId: () => string;
}

const KNOWN_VALUES: Record<string, boolean> = {
  '': false,
  true: true,
  false: false,
  yes: true,
  no: false,
  '1': true,
  '0': false,
};

/** The message limit of each text column (VOCAB_LIMITS), checked before anything else in a row. */
const CELL_LIMITS: Partial<Record<CsvColumn, number>> = {
  list: VOCAB_LIMITS.listName,
  surface: VOCAB_LIMITS.word,
  dictionary_form: VOCAB_LIMITS.word,
  reading: VOCAB_LIMITS.word,
  meaning: VOCAB_LIMITS.field,
  notes: VOCAB_LIMITS.field,
  sentence: VOCAB_LIMITS.field,
  page_title: VOCAB_LIMITS.pageTitle,
  url: VOCAB_LIMITS.url,
};

function readHeader(fields: string[]): { columns: CsvColumn[] } | { issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const columns: CsvColumn[] = [];
  fields.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      issues.push(
        issue(
          { line: 1 },
          `column ${i + 1}: unknown column ${JSON.stringify(raw)} (expected a header row with: ${CSV_COLUMNS.join(', ')})`,
        ),
      );
    } else if (columns.includes(name as CsvColumn)) {
      issues.push(issue({ line: 1 }, `column ${i + 1}: column "${name}" appears twice`));
    }
    columns.push(name as CsvColumn);
  });
  if (issues.length === 0 && !columns.includes('dictionary_form') && !columns.includes('surface')) {
    issues.push(issue({ line: 1 }, 'the header needs a "dictionary_form" or "surface" column'));
  }
  return issues.length > 0 ? { issues } : { columns };
}

export function parseCsvImport(text: string, options: CsvImportOptions): ParseResult {
  const parsed = parseCsv(text.replace(/^\ufeff/, ''));
  if (!parsed.ok) return { ok: false, issues: [issue({ line: parsed.line }, parsed.reason)] };
  const [header, ...rows] = parsed.records;
  if (!header || parsed.records.every((r) => r.fields.every((f) => f.trim() === ''))) {
    return { ok: false, issues: [issue({}, 'the file is empty (a header row is required)')] };
  }
  const head = readHeader(header.fields);
  if ('issues' in head) return { ok: false, issues: head.issues };
  const { columns } = head;

  const issues: ImportIssue[] = [];
  const lists = new Map<string, VocabList>();
  const items: VocabItem[] = [];

  for (const record of rows) {
    if (record.fields.length === 1 && record.fields[0]!.trim() === '') continue; // blank line
    const line = record.line;
    if (record.fields.length !== columns.length) {
      issues.push(issue({ line }, `expected ${columns.length} fields, got ${record.fields.length}`));
      continue;
    }
    const cell = (name: CsvColumn): string => {
      const at = columns.indexOf(name);
      return at < 0 ? '' : unprotectFormula(record.fields[at]!);
    };
    const problem = (field: CsvColumn, reason: string | null) => {
      if (reason) issues.push(issue({ line, field }, reason));
      return reason !== null;
    };
    let oversized = false;
    for (const [name, max] of Object.entries(CELL_LIMITS) as [CsvColumn, number][]) {
      if (problem(name, tooLong(cell(name), max))) oversized = true;
    }
    const tagCells = cell('tags').split(/\s+/);
    if (problem('tags', tooMany(tagCells.filter(Boolean).length, VOCAB_LIMITS.tagsPerWord, 'tags')))
      oversized = true;
    if (
      problem(
        'tags',
        tooLong(
          tagCells.reduce((a, t) => (t.length > a.length ? t : a), ''),
          VOCAB_LIMITS.word,
        ),
      )
    )
      oversized = true;
    if (oversized) continue;

    const surfaceCell = cell('surface').trim();
    const formCell = cell('dictionary_form').trim();
    const dictionaryForm = formCell || surfaceCell;
    const surface = surfaceCell || formCell;
    if (!dictionaryForm) {
      problem(columns.includes('dictionary_form') ? 'dictionary_form' : 'surface', 'must not be empty');
    }
    const readingCell = cell('reading').trim();
    problem('reading', readingProblem(readingCell));
    const url = cell('url').trim();
    problem('url', urlProblem(url));
    const sentence = cell('sentence');
    let sentenceOffset: number | undefined;
    const offsetCell = cell('sentence_offset').trim();
    if (offsetCell !== '') {
      if (!/^\d+$/.test(offsetCell))
        problem('sentence_offset', `expected a whole number ≥ 0, got ${JSON.stringify(offsetCell)}`);
      else if (!problem('sentence_offset', sentenceOffsetProblem(sentence, surface, Number(offsetCell)))) {
        sentenceOffset = Number(offsetCell);
      }
    }
    const knownCell = cell('known').trim().toLowerCase();
    if (!Object.hasOwn(KNOWN_VALUES, knownCell))
      problem('known', `expected true or false, got ${JSON.stringify(cell('known'))}`);
    const dates: Record<'added_at' | 'updated_at', string> = {
      added_at: options.now,
      updated_at: options.now,
    };
    for (const name of ['added_at', 'updated_at'] as const) {
      const value = cell(name).trim();
      if (value !== '' && !problem(name, isoDateProblem(value))) dates[name] = normalizeIsoDate(value);
    }

    const listName = cell('list').replace(/\s+/g, ' ').trim();
    let listId = DEFAULT_LIST_REF;
    if (listName) {
      const folded = listName.toLowerCase();
      let list = lists.get(folded);
      if (!list) {
        list = { id: options.makeId(), name: listName, createdAt: options.now, isDefault: false };
        lists.set(folded, list);
      }
      listId = list.id;
    }
    const item: VocabItem = {
      id: options.makeId(),
      surface,
      dictionaryForm,
      reading: normalizeReading(readingCell),
      meaning: cell('meaning'),
      notes: cell('notes'),
      sentence,
      pageTitle: cell('page_title'),
      url,
      addedAt: dates.added_at,
      updatedAt: dates.updated_at,
      listId,
      tags: normalizeTags(tagCells),
      known: KNOWN_VALUES[knownCell] ?? false,
    };
    if (sentenceOffset !== undefined) item.sentenceOffset = sentenceOffset;
    items.push(item);
  }
  issues.push(
    ...[
      tooMany(items.length, VOCAB_LIMITS.words, 'words'),
      tooMany(lists.size, VOCAB_LIMITS.lists, 'lists'),
    ].flatMap((reason) => (reason ? [issue({}, reason)] : [])),
  );
  if (issues.length > 0) return { ok: false, issues: capIssues(issues) };
  return {
    ok: true,
    batch: { source: 'csv', lists: [...lists.values()], items, knownWords: [], readingCorrections: [] },
  };
}
