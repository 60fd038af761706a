import * as v from 'valibot';
import type { WordLookup } from '../core/glossary/glossary';
import type { Annotation } from '../core/types';
import {
  type ApplyFuriganaPrefsMessage,
  KNOWN_WORDS_REQUESTS,
  type KnownWordsChangedMessage,
  type KnownWordsPayloads,
} from './known-words-messages';
import {
  HostReadingOverrides,
  READING_FIX_REQUESTS,
  type ReadingFixOutcomeMessage,
  type ReadingFixPayloads,
} from './reading-fix-messages';
import {
  type CaptureNoticeMessage,
  type SelectionContextMessage,
  VOCAB_REQUESTS,
  type VocabPayloads,
} from './vocab-messages';

/**
 * The message protocol, declared once. Every message a context receives is validated here with
 * `parseMessage` before it is acted on: content scripts run in hostile pages, so nothing is trusted.
 * Each request type maps to its response type in `Responses`.
 */

const MAX_TEXTS = 500;
const MAX_TEXT_LENGTH = 20_000;

const MAX_CONTEXT_LENGTH = 200;

/** Text around a piece the page's markup split off from its sentence (read together, see annotateInContext). */
export const TextContext = v.object({
  before: v.pipe(v.string(), v.maxLength(MAX_CONTEXT_LENGTH)),
  after: v.pipe(v.string(), v.maxLength(MAX_CONTEXT_LENGTH)),
});

/** `contexts[i]`, when given, is the text around `texts[i]`; a length mismatch is ignored by the host. */
const AnnotateRequest = v.object({
  type: v.literal('annotate'),
  texts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH))), v.maxLength(MAX_TEXTS)),
  contexts: v.optional(v.pipe(v.array(TextContext), v.maxLength(MAX_TEXTS))),
});
export type TextContext = v.InferOutput<typeof TextContext>;

const LookupRequest = v.object({
  type: v.literal('lookup'),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH)),
  offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Diagnostics for benchmarks and the settings page: is the dictionary loaded, how long it took. */
const HostStatsRequest = v.object({ type: v.literal('host-stats') });

/** Content script asks whether it should annotate this page. */
const PageStateRequest = v.object({
  type: v.literal('page-state'),
  url: v.pipe(v.string(), v.maxLength(4096)),
});

/** Popup: turn furigana on/off in a tab, and the per-site switch. */
const SetTabEnabledRequest = v.object({
  type: v.literal('set-tab-enabled'),
  tabId: v.pipe(v.number(), v.integer()),
  enabled: v.boolean(),
});
const SetSiteDisabledRequest = v.object({
  type: v.literal('set-site-disabled'),
  site: v.pipe(v.string(), v.minLength(1), v.maxLength(253)),
  disabled: v.boolean(),
});
/** Popup, settings page: furigana on or off everywhere (per-tab choices are dropped). */
const SetEverywhereEnabledRequest = v.object({
  type: v.literal('set-everywhere-enabled'),
  enabled: v.boolean(),
});
const TabStateRequest = v.object({
  type: v.literal('tab-state'),
  tabId: v.pipe(v.number(), v.integer()),
});

/** Background → content: apply a new on/off state. */
export const ApplyEnabledMessage = v.object({ type: v.literal('apply-enabled'), enabled: v.boolean() });

/**
 * An annotate request as the background routes it to the tokenizer host: with the reader's reading
 * corrections, which only the background sets (a content script's AnnotateRequest has no such field,
 * and validation drops unknown fields).
 */
export const HostAnnotateRequest = v.object({
  ...AnnotateRequest.entries,
  overrides: v.optional(HostReadingOverrides),
});

/** Offscreen host: requests from the service worker, marked so content-script broadcasts are ignored. */
export const HostRequest = v.object({
  target: v.literal('tokenizer-host'),
  request: v.union([HostAnnotateRequest, LookupRequest, HostStatsRequest]),
});

export const BackgroundRequest = v.variant('type', [
  AnnotateRequest,
  LookupRequest,
  HostStatsRequest,
  PageStateRequest,
  SetTabEnabledRequest,
  SetSiteDisabledRequest,
  SetEverywhereEnabledRequest,
  TabStateRequest,
  ...VOCAB_REQUESTS,
  ...READING_FIX_REQUESTS,
  ...KNOWN_WORDS_REQUESTS,
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequest>;

/**
 * Who may send each request to the background; src/background/sender.ts applies it to every message.
 * - `content`: our content script may ask, from any page (which may be hostile, and a compromised
 *   renderer can send whatever a content script can): only what it needs to annotate and look up the
 *   page's text, know the page's state, save a word and ask whether it is saved, mark a word known,
 *   know which rubies the reader wants, and *propose* a reading correction (stored only once the
 *   reader confirms it in the extension-origin frame). The host's load state says nothing private.
 * - `pages`: only Yomitoki's own pages (toolbar popup, settings, first-run page, the fix-reading
 *   frame): editing, exporting, importing, deleting and listing, the switches of other tabs and
 *   sites, Anki, and storing corrections.
 * A new request type does not compile until it is declared here.
 */
export const REQUEST_SENDERS: { readonly [T in BackgroundRequest['type']]: 'content' | 'pages' } = {
  annotate: 'content',
  lookup: 'content',
  'host-stats': 'content',
  'page-state': 'content',
  'set-tab-enabled': 'pages',
  'set-site-disabled': 'pages',
  'set-everywhere-enabled': 'pages',
  'tab-state': 'pages',
  'vocab-add': 'content',
  'vocab-find': 'content',
  'vocab-overview': 'pages',
  'vocab-query': 'pages',
  'vocab-edit': 'pages',
  'vocab-delete-item': 'pages',
  'vocab-undo': 'pages',
  'vocab-mark-known': 'pages',
  'vocab-list-create': 'pages',
  'vocab-list-rename': 'pages',
  'vocab-list-delete': 'pages',
  'vocab-list-default': 'pages',
  'vocab-export': 'pages',
  'vocab-import': 'pages',
  'anki-settings': 'pages',
  'anki-connect': 'pages',
  'anki-model-fields': 'pages',
  'anki-save-settings': 'pages',
  'anki-create-note-type': 'pages',
  'anki-send': 'pages',
  'reader-prefs': 'content',
  'known-words-check': 'content',
  'known-words-set': 'content',
  'known-words-import': 'pages',
  'known-words-export': 'pages',
  'reading-fix-propose': 'content',
  'reading-fix-set': 'pages',
  'reading-fix-pending': 'pages',
  'reading-fix-confirm': 'pages',
  'reading-fix-cancel': 'pages',
  'reading-fix-remove': 'pages',
  'reading-fix-list': 'pages',
};

/**
 * Background → content script: every message the background sends to a tab (src/background/
 * tab-messaging.ts sends only these); the content script validates each again where it arrives.
 */
export type ContentMessage =
  | v.InferOutput<typeof ApplyEnabledMessage>
  | v.InferOutput<typeof ApplyFuriganaPrefsMessage>
  | v.InferOutput<typeof KnownWordsChangedMessage>
  | v.InferOutput<typeof ReadingFixOutcomeMessage>
  | v.InferOutput<typeof SelectionContextMessage>
  | v.InferOutput<typeof CaptureNoticeMessage>;
type AnnotateRequest = v.InferOutput<typeof AnnotateRequest>;
export type HostAnnotateRequest = v.InferOutput<typeof HostAnnotateRequest>;
type LookupRequest = v.InferOutput<typeof LookupRequest>;
type HostStatsRequest = v.InferOutput<typeof HostStatsRequest>;
export type HostRequest = v.InferOutput<typeof HostRequest>['request'];
/** Service worker → offscreen host: a request with the host's `target` (HostRequest). */
export type HostMessage = v.InferOutput<typeof HostRequest>;

export interface HostStats {
  /** Where the tokenizer runs: offscreen document, service worker or Firefox background page. */
  host: string;
  loaded: boolean;
  /** Milliseconds from the start of the dictionary load to a ready tokenizer. */
  loadMs: number | null;
  /** JS heap of the host context where the browser reports it (Chrome pages), else null. */
  heapBytes: number | null;
}

/** Failure shape shared by every response: `code` lets the UI choose a message. */
export interface Failure {
  ok: false;
  code:
    | 'dictionary-unavailable'
    // The tokenizer host took longer than its time budget on a request; it was restarted.
    | 'host-timeout'
    | 'invalid-message'
    | 'internal'
    // Vocabulary: a refused operation (unknown list, duplicate name…), storage failures (quota), a
    // request from a context that may not make it, Anki unreachable/refusing, permission not granted.
    | 'vocab-refused'
    | 'storage-failed'
    | 'not-allowed'
    | 'anki-failed'
    | 'permission-needed';
  message: string;
}

type Result<T> = ({ ok: true } & T) | Failure;

/**
 * Whether a reply has the shape every answer of the protocol has (`{ ok: true, … }` or a Failure):
 * checked where a reply is received, so a missing or foreign answer is an error, not a crash later.
 */
export function isReply(reply: unknown): boolean {
  if (!reply || typeof reply !== 'object') return false;
  const r = reply as { ok?: unknown; code?: unknown; message?: unknown };
  return r.ok === true || (r.ok === false && typeof r.code === 'string' && typeof r.message === 'string');
}

export interface PageState {
  enabled: boolean;
  siteDisabled: boolean;
  /** The switch for every site (off: no furigana unless a tab is turned on by hand). */
  everywhere: boolean;
  site: string;
}

/** Vocabulary and Anki responses (payloads declared in vocab-messages.ts). */
type VocabResponses = { [K in keyof VocabPayloads]: Result<VocabPayloads[K]> };
/** Reading-correction responses (payloads declared in reading-fix-messages.ts). */
type ReadingFixResponses = { [K in keyof ReadingFixPayloads]: Result<ReadingFixPayloads[K]> };

/** Known-words and furigana-preference responses (payloads declared in known-words-messages.ts). */
type KnownWordsResponses = { [K in keyof KnownWordsPayloads]: Result<KnownWordsPayloads[K]> };

export interface Responses extends VocabResponses, ReadingFixResponses, KnownWordsResponses {
  annotate: Result<{ results: Annotation[] }>;
  lookup: Result<{ result: WordLookup | null }>;
  'host-stats': Result<HostStats>;
  'page-state': Result<PageState>;
  'set-tab-enabled': Result<PageState>;
  'set-site-disabled': Result<PageState>;
  'set-everywhere-enabled': Result<{ everywhere: boolean }>;
  'tab-state': Result<PageState>;
}

export function parseMessage<S extends v.GenericSchema>(
  schema: S,
  message: unknown,
): { ok: true; value: v.InferOutput<S> } | Failure {
  const r = v.safeParse(schema, message);
  if (r.success) return { ok: true, value: r.output };
  return { ok: false, code: 'invalid-message', message: v.summarize(r.issues) };
}

export function failure(code: Failure['code'], err: unknown): Failure {
  return { ok: false, code, message: err instanceof Error ? err.message : String(err) };
}
