import * as v from 'valibot';

/**
 * Reading corrections of the message protocol (messages.ts adds them to BackgroundRequest and
 * Responses): the reader's own reading for a word, set from the page's popup, listed and removed on
 * the settings page. Stored in the vocabulary database (so they are in the JSON backup); the
 * background attaches them to every annotate request it routes to the tokenizer host.
 */

// The rules live in the core so a JSON backup's corrections are checked exactly as these requests.
import { fixReadingProblem, fixSurfaceProblem } from '../core/vocab/limits';
export { MAX_FIX_READING, MAX_FIX_SURFACE, fixReadingProblem, fixSurfaceProblem } from '../core/vocab/limits';

const fromProblem = (problem: (s: string) => string | null) =>
  v.check(
    (s: string) => problem(s) === null,
    (issue: v.CheckIssue<string>) => problem(issue.input) ?? '',
  );

const surface = v.pipe(v.string(), v.trim(), fromProblem(fixSurfaceProblem));
const reading = v.pipe(v.string(), v.trim(), fromProblem(fixReadingProblem));

/** Content script (popup "Fix reading"): use this reading for this word from now on. */
export const ReadingFixSetRequest = v.object({ type: v.literal('reading-fix-set'), surface, reading });

/** Settings page: forget the correction of a word. Any string: an imported backup may hold odd ones. */
export const ReadingFixRemoveRequest = v.object({
  type: v.literal('reading-fix-remove'),
  surface: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
});

/** Settings page: every correction. */
export const ReadingFixListRequest = v.object({ type: v.literal('reading-fix-list') });

export const READING_FIX_REQUESTS = [
  ReadingFixSetRequest,
  ReadingFixRemoveRequest,
  ReadingFixListRequest,
] as const;

export const ReadingFixRequest = v.variant('type', READING_FIX_REQUESTS);
export type ReadingFixRequest = v.InferOutput<typeof ReadingFixRequest>;

/** Requests a content script may send; listing and removing need one of Yomitoki's pages. */
export const CONTENT_READING_FIX_REQUESTS: ReadonlySet<ReadingFixRequest['type']> = new Set([
  'reading-fix-set',
]);

export function isReadingFixRequest(msg: { type: string }): msg is ReadingFixRequest {
  return READING_FIX_REQUESTS.some((schema) => schema.entries.type.literal === msg.type);
}

export interface ReadingFix {
  surface: string;
  reading: string;
}

/** Response payloads (without `ok`); messages.ts wraps each in Result<…>. */
export interface ReadingFixPayloads {
  /** The correction as stored (reading in hiragana). */
  'reading-fix-set': { fix: ReadingFix };
  /** `removed: false` when there was no correction for that word (removed in another tab). */
  'reading-fix-remove': { removed: boolean };
  'reading-fix-list': { fixes: ReadingFix[] };
}

/**
 * The corrections the background attaches to an annotate request for the tokenizer host. Loose caps
 * only: the background already dropped entries the core would ignore, and a stored oddity (from an
 * old backup) must never make every annotate request invalid.
 */
export const HostReadingOverrides = v.pipe(
  v.array(
    v.object({
      surface: v.pipe(v.string(), v.maxLength(1000)),
      reading: v.pipe(v.string(), v.maxLength(1000)),
    }),
  ),
  v.maxLength(20_000),
);
