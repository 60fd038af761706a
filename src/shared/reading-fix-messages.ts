import * as v from 'valibot';

/**
 * Reading corrections of the message protocol (messages.ts adds them to BackgroundRequest and
 * Responses): the reader's own reading for a word, set from the page's popup, listed and removed on
 * the settings page. Stored in the vocabulary database (so they are in the JSON backup); the
 * background attaches them to every annotate request it routes to the tokenizer host.
 */

// The rules live in the core so a JSON backup's corrections are checked exactly as these requests.
import { fixReadingProblem, fixSurfaceProblem, MAX_FIX_READING } from '../core/vocab/limits';
export { fixReadingProblem, fixSurfaceProblem } from '../core/vocab/limits';

const fromProblem = (problem: (s: string) => string | null) =>
  v.check(
    (s: string) => problem(s) === null,
    (issue: v.CheckIssue<string>) => problem(issue.input) ?? '',
  );

const surface = v.pipe(v.string(), v.trim(), fromProblem(fixSurfaceProblem));
const reading = v.pipe(v.string(), v.trim(), fromProblem(fixReadingProblem));

/** Yomitoki's pages: use this reading for this word from now on. */
const ReadingFixSetRequest = v.object({ type: v.literal('reading-fix-set'), surface, reading });

/**
 * How a correction made on a page gets stored, so that no page can plant one (see
 * src/background/reading-fix/fix-proposals.ts): the content script only *proposes* the word (the
 * popup's "Fix reading"); the reader types and confirms the reading in an extension-origin frame
 * (src/fix-reading/), which the page can neither read nor drive, and only that frame's confirm stores it.
 */
const nonce = v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/));

/** Content script: the reader pressed "Fix reading" on this word; answers the nonce of the proposal. */
const ReadingFixProposeRequest = v.object({
  type: v.literal('reading-fix-propose'),
  surface,
  /** What the form starts with ('' when neither the page nor the dictionary has a reading). */
  reading: v.pipe(v.string(), v.maxLength(MAX_FIX_READING)),
  /** Whether `reading` is the one shown on the page. */
  shown: v.boolean(),
});

/** The confirm frame: the proposal it was opened for (same tab only). */
const ReadingFixPendingRequest = v.object({ type: v.literal('reading-fix-pending'), nonce });

/** The confirm frame: the reader confirmed this reading for the proposed word. */
const ReadingFixConfirmRequest = v.object({ type: v.literal('reading-fix-confirm'), nonce, reading });

/** The confirm frame: the reader cancelled (Escape, Cancel). */
const ReadingFixCancelRequest = v.object({ type: v.literal('reading-fix-cancel'), nonce });

/** Background → the proposing content script: what became of its proposal (close the form, re-annotate). */
export const ReadingFixOutcomeMessage = v.object({
  type: v.literal('reading-fix-outcome'),
  nonce,
  outcome: v.picklist(['saved', 'cancelled']),
});
export type ReadingFixOutcome = v.InferOutput<typeof ReadingFixOutcomeMessage>['outcome'];

/** Settings page: forget the correction of a word. Any string: an imported backup may hold odd ones. */
const ReadingFixRemoveRequest = v.object({
  type: v.literal('reading-fix-remove'),
  surface: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
});

/** Settings page: every correction. */
const ReadingFixListRequest = v.object({ type: v.literal('reading-fix-list') });

export const READING_FIX_REQUESTS = [
  ReadingFixSetRequest,
  ReadingFixRemoveRequest,
  ReadingFixListRequest,
  ReadingFixProposeRequest,
  ReadingFixPendingRequest,
  ReadingFixConfirmRequest,
  ReadingFixCancelRequest,
] as const;

export const ReadingFixRequest = v.variant('type', READING_FIX_REQUESTS);
export type ReadingFixRequest = v.InferOutput<typeof ReadingFixRequest>;

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
  'reading-fix-propose': { nonce: string };
  'reading-fix-pending': { surface: string; reading: string; shown: boolean };
  'reading-fix-confirm': { fix: ReadingFix };
  'reading-fix-cancel': { cancelled: boolean };
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
