/**
 * Versioned shape of the stored vocabulary database and of JSON backups. `migrate` takes whatever was
 * stored (any earlier version), upgrades it step by step and validates the result, so the rest of the
 * code only ever sees the current shape.
 *
 * Adding a version: bump SCHEMA_VERSION, add `MIGRATIONS[old]` (old shape → next shape) and a test.
 */
import * as v from 'valibot';
import {
  isoDateProblem,
  normalizeIsoDate,
  readingProblem,
  sentenceOffsetProblem,
  urlProblem,
} from './fields';
import {
  NO_LIMITS,
  VOCAB_LIMITS,
  fixReadingProblem,
  fixSurfaceProblem,
  maxChars,
  maxCount,
  type VocabLimits,
} from './limits';
import { keyOfItem, normalizeReading, normalizeTags, type VocabDatabase, type VocabItem } from './model';

export const SCHEMA_VERSION = 1;

/** One precise problem: where (`items[3].url`) and why (`not a valid URL`). */
export interface SchemaIssue {
  path: string;
  reason: string;
  /** `path: reason`, ready to show. */
  message: string;
}

export class VocabSchemaError extends Error {
  constructor(readonly issues: SchemaIssue[]) {
    super(issues.map((i) => i.message).join('\n'));
    this.name = 'VocabSchemaError';
  }
}

function schemaIssue(path: string, reason: string): SchemaIssue {
  return { path, reason, message: path ? `${path}: ${reason}` : reason };
}

// ---- current shape (v1) -------------------------------------------------------------------------

/** A valibot check whose message is the reason returned by one of the shared field rules. */
function rule(problem: (value: string) => string | null) {
  return v.check<string, (issue: v.CheckIssue<string>) => string>(
    (value) => problem(value) === null,
    (issue) => problem(issue.input) ?? 'invalid',
  );
}

const v0NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const isoDate = v.pipe(v.string(), rule(isoDateProblem), v.transform(normalizeIsoDate));
const offset = v.pipe(
  v.number(),
  v.integer('expected a whole number'),
  v.minValue(0, 'expected a number ≥ 0'),
);

/** The database shape with every text and list capped at `L` (NO_LIMITS for the stored database). */
function databaseSchemaWith(L: VocabLimits) {
  const text = (max: number) => v.pipe(v.string(), maxChars(max));
  const nonEmptyText = (max: number) =>
    v.pipe(v.string(), maxChars(max), v.trim(), v.nonEmpty('must not be empty'));
  const url = v.pipe(v.string(), maxChars(L.url), v.trim(), rule(urlProblem));
  const reading = v.pipe(
    v.string(),
    maxChars(L.word),
    v.trim(),
    rule(readingProblem),
    v.transform(normalizeReading),
  );
  const contextSchema = v.object({
    surface: v.optional(text(L.word), ''),
    sentence: text(L.field),
    sentenceOffset: v.optional(offset),
    pageTitle: v.optional(text(L.pageTitle), ''),
    url: v.optional(url, ''),
    addedAt: isoDate,
  });
  const itemSchema = v.object({
    id: nonEmptyText(L.id),
    surface: v.optional(text(L.word), ''),
    dictionaryForm: nonEmptyText(L.word),
    reading,
    meaning: v.optional(text(L.field), ''),
    notes: v.optional(text(L.field), ''),
    sentence: v.optional(text(L.field), ''),
    sentenceOffset: v.optional(offset),
    pageTitle: v.optional(text(L.pageTitle), ''),
    url: v.optional(url, ''),
    addedAt: isoDate,
    updatedAt: isoDate,
    listId: nonEmptyText(L.id),
    tags: v.optional(
      v.pipe(
        v.array(text(L.word)),
        maxCount(L.tagsPerWord, 'tags'),
        v.transform((tags: string[]) => normalizeTags(tags)),
      ),
      [],
    ),
    known: v.optional(v.boolean(), false),
    contexts: v.optional(v.pipe(v.array(contextSchema), maxCount(L.contextsPerWord, 'saved contexts'))),
  });
  const listSchema = v.object({
    id: nonEmptyText(L.id),
    name: nonEmptyText(L.listName),
    createdAt: isoDate,
    isDefault: v.optional(v.boolean(), false),
  });
  // A backup's corrections pass the very rules of a correction message; stored ones may be older.
  const limited = L.corrections !== Infinity;
  const correction = v.object({
    surface: limited ? v.pipe(v.string(), v.trim(), rule(fixSurfaceProblem)) : nonEmptyText(L.word),
    reading: limited
      ? v.pipe(v.string(), v.trim(), rule(fixReadingProblem), v.transform(normalizeReading))
      : reading,
  });
  return v.object({
    schemaVersion: v.literal(SCHEMA_VERSION),
    lists: v.pipe(v.array(listSchema), maxCount(L.lists, 'lists')),
    items: v.pipe(v.array(itemSchema), maxCount(L.words, 'words')),
    knownWords: v.optional(
      v.pipe(
        v.array(v.object({ dictionaryForm: nonEmptyText(L.word), reading })),
        maxCount(L.knownWords, 'known words'),
      ),
      [],
    ),
    readingCorrections: v.optional(
      v.pipe(v.array(correction), maxCount(L.corrections, 'reading corrections')),
      [],
    ),
  });
}

const storedSchema = databaseSchemaWith(NO_LIMITS);
const importSchema = databaseSchemaWith(VOCAB_LIMITS);
type ItemOutput = v.InferOutput<typeof storedSchema>['items'][number];

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function reasonOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema') {
    if (issue.received === 'undefined') return 'missing';
    return `expected ${issue.expected ?? issue.type}, got ${issue.received}`;
  }
  return issue.message;
}

/** Valibot's issues as our path + reason pairs. */
function issuesFromValibot(issues: readonly v.BaseIssue<unknown>[], prefix = ''): SchemaIssue[] {
  return issues.map((i) => {
    const path = pathOf(i);
    return schemaIssue(prefix && path ? `${prefix}.${path}` : prefix || path, reasonOf(i));
  });
}

/** Rules no per-field schema can see: ids unique, one default list, items in existing lists. */
function crossCheck(db: VocabDatabase): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const listIds = new Set<string>();
  db.lists.forEach((l, i) => {
    if (listIds.has(l.id))
      issues.push(schemaIssue(`lists[${i}].id`, `duplicate list id ${JSON.stringify(l.id)}`));
    listIds.add(l.id);
  });
  const names = new Map<string, number>();
  db.lists.forEach((l, i) => {
    const folded = l.name.toLowerCase();
    const first = names.get(folded);
    if (first !== undefined) {
      issues.push(
        schemaIssue(`lists[${i}].name`, `same name as lists[${first}] (${JSON.stringify(l.name)})`),
      );
    } else names.set(folded, i);
  });
  const defaults = db.lists.filter((l) => l.isDefault).length;
  if (db.lists.length === 0) issues.push(schemaIssue('lists', 'there must be at least one list'));
  else if (defaults !== 1)
    issues.push(schemaIssue('lists', `exactly one list must be the default (found ${defaults})`));

  const itemIds = new Set<string>();
  const keys = new Map<string, number>();
  db.items.forEach((item, i) => {
    if (itemIds.has(item.id))
      issues.push(schemaIssue(`items[${i}].id`, `duplicate item id ${JSON.stringify(item.id)}`));
    itemIds.add(item.id);
    if (!listIds.has(item.listId)) {
      issues.push(schemaIssue(`items[${i}].listId`, `no list with id ${JSON.stringify(item.listId)}`));
    }
    const key = keyOfItem(item);
    const first = keys.get(key);
    if (first !== undefined) {
      issues.push(schemaIssue(`items[${i}]`, `same word, reading and list as items[${first}]`));
    } else keys.set(key, i);
    if (item.sentenceOffset !== undefined) {
      const problem = sentenceOffsetProblem(item.sentence, item.surface, item.sentenceOffset);
      if (problem) issues.push(schemaIssue(`items[${i}].sentenceOffset`, problem));
    }
  });
  return issues;
}

function finishItem(item: ItemOutput): VocabItem {
  const out: VocabItem = { ...item, surface: item.surface || item.dictionaryForm } as VocabItem;
  if (out.sentenceOffset === undefined) delete out.sentenceOffset;
  if (!out.contexts || out.contexts.length === 0) delete out.contexts;
  else {
    out.contexts = out.contexts.map((c) => {
      const ctx = { ...c };
      if (ctx.sentenceOffset === undefined) delete ctx.sentenceOffset;
      return ctx;
    });
  }
  return out;
}

/** Validate data that claims to be the current version. */
function checkCurrentDatabase(
  raw: unknown,
  limits: 'stored' | 'import' = 'stored',
): { ok: true; db: VocabDatabase } | { ok: false; issues: SchemaIssue[] } {
  const parsed = v.safeParse(limits === 'import' ? importSchema : storedSchema, raw);
  if (!parsed.success) return { ok: false, issues: issuesFromValibot(parsed.issues) };
  const out = parsed.output;
  const db: VocabDatabase = {
    schemaVersion: SCHEMA_VERSION,
    lists: out.lists,
    items: out.items.map(finishItem),
    knownWords: out.knownWords,
    readingCorrections: out.readingCorrections,
  };
  const issues = crossCheck(db);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, db };
}

// ---- older shapes -------------------------------------------------------------------------------

/**
 * v0: the unversioned prototype store. Items were called `words`, dates were epoch milliseconds,
 * readings could be katakana, tags were one comma-separated string, lists had `default` and `created`.
 */
const v0Schema = v.object({
  lists: v.array(
    v.object({
      id: v0NonEmpty,
      name: v0NonEmpty,
      default: v.optional(v.boolean(), false),
      created: v.number(),
    }),
  ),
  words: v.array(
    v.object({
      id: v0NonEmpty,
      word: v0NonEmpty,
      reading: v.string(),
      meaning: v.optional(v.string(), ''),
      sentence: v.optional(v.string(), ''),
      title: v.optional(v.string(), ''),
      url: v.optional(v.string(), ''),
      list: v0NonEmpty,
      added: v.number(),
      tags: v.optional(v.string(), ''),
      known: v.optional(v.boolean(), false),
    }),
  ),
});

type Migration = (old: unknown) => { ok: true; next: unknown } | { ok: false; issues: SchemaIssue[] };

/** MIGRATIONS[n] turns a version-n object into a version-(n+1) object. */
const MIGRATIONS: Record<number, Migration> = {
  0: (old) => {
    const parsed = v.safeParse(v0Schema, old);
    if (!parsed.success) return { ok: false, issues: issuesFromValibot(parsed.issues) };
    const { lists, words } = parsed.output;
    const hasDefault = lists.some((l) => l.default);
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      ok: true,
      next: {
        schemaVersion: 1,
        lists: lists.map((l, i) => ({
          id: l.id,
          name: l.name,
          createdAt: iso(l.created),
          isDefault: hasDefault ? l.default : i === 0,
        })),
        items: words.map((w) => ({
          id: w.id,
          surface: w.word,
          dictionaryForm: w.word,
          reading: w.reading,
          meaning: w.meaning,
          notes: '',
          sentence: w.sentence,
          pageTitle: w.title,
          url: w.url,
          addedAt: iso(w.added),
          updatedAt: iso(w.added),
          listId: w.list,
          tags: w.tags.split(',').filter((t) => t.trim()),
          known: w.known,
        })),
        knownWords: words.filter((w) => w.known).map((w) => ({ dictionaryForm: w.word, reading: w.reading })),
        readingCorrections: [],
      },
    };
  },
};

/** Version of a stored object: its `schemaVersion`, or 0 for the unversioned prototype shape. */
function versionOf(raw: unknown): { ok: true; version: number } | { ok: false; issues: SchemaIssue[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, issues: [schemaIssue('', `expected an object, got ${describe(raw)}`)] };
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) {
    if ('words' in raw) return { ok: true, version: 0 };
    return { ok: false, issues: [schemaIssue('schemaVersion', 'missing')] };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      issues: [schemaIssue('schemaVersion', `expected a whole number, got ${describe(version)}`)],
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        schemaIssue(
          'schemaVersion',
          `version ${version} is newer than this version of Yomitoki understands (${SCHEMA_VERSION}); update the extension first`,
        ),
      ],
    };
  }
  return { ok: true, version };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * Like migrate, but returns the issues instead of throwing. `'import'` also applies VOCAB_LIMITS
 * (the message limits) to every field and list.
 */
export function checkDatabase(
  raw: unknown,
  limits: 'stored' | 'import' = 'stored',
): { ok: true; db: VocabDatabase } | { ok: false; issues: SchemaIssue[] } {
  const found = versionOf(raw);
  if (!found.ok) return found;
  let data = raw;
  for (let version = found.version; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step)
      return { ok: false, issues: [schemaIssue('schemaVersion', `no migration from version ${version}`)] };
    const result = step(data);
    if (!result.ok) return result;
    data = result.next;
  }
  return checkCurrentDatabase(data, limits);
}

/**
 * Upgrade stored data of any known version to the current VocabDatabase. Throws VocabSchemaError with
 * every problem (path + reason) when the data is malformed or from a newer version of the extension.
 */
export function migrate(raw: unknown): VocabDatabase {
  const result = checkDatabase(raw);
  if (!result.ok) throw new VocabSchemaError(result.issues);
  return result.db;
}
