import * as v from 'valibot';
import { ANKI_FIELD_NAMES, type AnkiFieldName } from '../core/vocab/export/anki-fields';
import type {
  ExportedFile,
  ImportIssue,
  ImportPreview,
  ListCounts,
  VocabItem,
  VocabList,
} from '../core/vocab';
import { VOCAB_LIMITS } from '../core/vocab/limits';

/**
 * Vocabulary and Anki requests of the message protocol (messages.ts adds them to BackgroundRequest
 * and Responses). Kept in their own file because there are many; same style: one schema per request,
 * sizes capped, everything validated before the background acts on it.
 */

// One set of numbers for messages and imports (a backup can hold nothing a message could not add).
const MAX_WORD = VOCAB_LIMITS.word;
const MAX_FIELD = VOCAB_LIMITS.field;
/** A JSON backup of tens of thousands of words; runtime messages allow far more. */
const MAX_IMPORT = VOCAB_LIMITS.importChars;

const word = v.pipe(v.string(), v.maxLength(MAX_WORD));
const field = v.pipe(v.string(), v.maxLength(MAX_FIELD));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(VOCAB_LIMITS.id));
const listName = v.pipe(v.string(), v.maxLength(VOCAB_LIMITS.listName));
const tags = v.pipe(v.array(word), v.maxLength(VOCAB_LIMITS.tagsPerWord));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Content script (popup button, shortcut): save the word under the pointer. */
export const VocabAddRequest = v.object({
  type: v.literal('vocab-add'),
  item: v.object({
    surface: word,
    dictionaryForm: v.optional(word),
    reading: word,
    meaning: v.optional(field),
    sentence: v.optional(field),
    sentenceOffset: v.optional(offset),
    pageTitle: v.optional(v.pipe(v.string(), v.maxLength(VOCAB_LIMITS.pageTitle))),
    url: v.optional(v.pipe(v.string(), v.maxLength(VOCAB_LIMITS.url))),
    tags: v.optional(tags),
    listId: v.optional(id),
  }),
});

/** Content script: is this word saved already (and where)? */
const VocabFindRequest = v.object({
  type: v.literal('vocab-find'),
  dictionaryForm: word,
  reading: word,
});

/** Toolbar popup: lists with their counts. */
const VocabOverviewRequest = v.object({ type: v.literal('vocab-overview') });

/** Toolbar popup: one page of items matching a search. */
const VocabQueryRequest = v.object({
  type: v.literal('vocab-query'),
  listId: v.optional(id),
  text: v.optional(word),
  sort: v.optional(v.picklist(['newest', 'oldest', 'word', 'updated'])),
  known: v.optional(v.picklist(['all', 'known', 'unknown'])),
  offset: offset,
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
});

const VocabEditRequest = v.object({
  type: v.literal('vocab-edit'),
  itemId: id,
  patch: v.object({
    meaning: v.optional(field),
    notes: v.optional(field),
    tags: v.optional(tags),
    reading: v.optional(word),
    dictionaryForm: v.optional(word),
  }),
});

const VocabDeleteItemRequest = v.object({ type: v.literal('vocab-delete-item'), itemId: id });
/** Undo the deletion an earlier response gave this token for. */
const VocabUndoRequest = v.object({ type: v.literal('vocab-undo'), token: id });
const VocabMarkKnownRequest = v.object({
  type: v.literal('vocab-mark-known'),
  itemId: id,
  known: v.boolean(),
});

const VocabListCreateRequest = v.object({ type: v.literal('vocab-list-create'), name: listName });
const VocabListRenameRequest = v.object({
  type: v.literal('vocab-list-rename'),
  listId: id,
  name: listName,
});
const VocabListDeleteRequest = v.object({ type: v.literal('vocab-list-delete'), listId: id });
const VocabListDefaultRequest = v.object({ type: v.literal('vocab-list-default'), listId: id });

const VocabExportRequest = v.object({
  type: v.literal('vocab-export'),
  format: v.picklist(['anki-tsv', 'csv', 'json']),
  listId: v.optional(id),
  bom: v.optional(v.boolean()),
  excludeKnown: v.optional(v.boolean()),
});

/** Validate a file and preview it (`apply: false`), or merge it (`apply: true`, all-or-nothing). */
const VocabImportRequest = v.object({
  type: v.literal('vocab-import'),
  text: v.pipe(v.string(), v.maxLength(MAX_IMPORT)),
  apply: v.boolean(),
});

/** Anki settings without touching the network (is Send to Anki set up?). */
const AnkiSettingsRequest = v.object({ type: v.literal('anki-settings') });
/** Reach AnkiConnect: its version, decks and note types (needs the optional host permission). */
const AnkiConnectRequest = v.object({ type: v.literal('anki-connect') });
const AnkiModelFieldsRequest = v.object({ type: v.literal('anki-model-fields'), modelName: word });
const ankiFieldName = v.picklist([...ANKI_FIELD_NAMES, ''] as const);
export const AnkiSaveSettingsRequest = v.object({
  type: v.literal('anki-save-settings'),
  settings: v.object({
    deckName: v.pipe(word, v.minLength(1)),
    modelName: v.pipe(word, v.minLength(1)),
    fieldMapping: v.pipe(
      v.record(word, ankiFieldName),
      v.check((m) => Object.keys(m).length <= 50),
    ),
    extraTags: v.optional(tags),
    /** Only when the user set `apiKey` in AnkiConnect's config. */
    apiKey: v.optional(v.pipe(v.string(), v.maxLength(200))),
  }),
});
/** Create the Yomitoki note type and deck in Anki (once; a second request changes nothing). */
const AnkiCreateNoteTypeRequest = v.object({ type: v.literal('anki-create-note-type') });
/** Send a list (or every list) to Anki; duplicates are reported, not added. */
const AnkiSendRequest = v.object({
  type: v.literal('anki-send'),
  listId: v.optional(id),
  includeKnown: v.optional(v.boolean()),
});

export const VOCAB_REQUESTS = [
  VocabAddRequest,
  VocabFindRequest,
  VocabOverviewRequest,
  VocabQueryRequest,
  VocabEditRequest,
  VocabDeleteItemRequest,
  VocabUndoRequest,
  VocabMarkKnownRequest,
  VocabListCreateRequest,
  VocabListRenameRequest,
  VocabListDeleteRequest,
  VocabListDefaultRequest,
  VocabExportRequest,
  VocabImportRequest,
  AnkiSettingsRequest,
  AnkiConnectRequest,
  AnkiModelFieldsRequest,
  AnkiSaveSettingsRequest,
  AnkiCreateNoteTypeRequest,
  AnkiSendRequest,
] as const;

export const VocabRequest = v.variant('type', VOCAB_REQUESTS);
export type VocabRequest = v.InferOutput<typeof VocabRequest>;
export type VocabAddRequest = v.InferOutput<typeof VocabAddRequest>;
export type AnkiSettings = v.InferOutput<typeof AnkiSaveSettingsRequest>['settings'];

export function isVocabRequest(msg: { type: string }): msg is VocabRequest {
  return VOCAB_REQUESTS.some((schema) => schema.entries.type.literal === msg.type);
}

/** Background → content script: the sentence around the current selection (context-menu capture). */
export const SelectionContextMessage = v.object({ type: v.literal('vocab-selection-context') });
/**
 * Content script → background: its reply to SelectionContextMessage. It comes from a page's process,
 * so it is validated where it is received (selectionContextFrom), with the limits of a saved word's fields.
 */
const SelectionContextReply = v.object({ text: field, sentence: field, sentenceOffset: offset });
export type SelectionContext = v.InferOutput<typeof SelectionContextReply>;

/** The content script's reply, if it is a valid selection context; anything else is no context. */
export function selectionContextFrom(reply: unknown): SelectionContext | null {
  const r = v.safeParse(SelectionContextReply, reply);
  return r.success && r.output.sentenceOffset <= r.output.sentence.length ? r.output : null;
}
/** Background → content script: tell the reader what a context-menu capture did. */
export const CaptureNoticeMessage = v.object({
  type: v.literal('vocab-capture-notice'),
  ok: v.boolean(),
  message: v.pipe(v.string(), v.maxLength(2000)),
});

/** Where a word is saved already, for the popup's "Saved ✓" line. */
interface SavedPlace {
  itemId: string;
  listId: string;
  listName: string;
  known: boolean;
}

export type ImportResult =
  { valid: true; preview: ImportPreview; applied: boolean } | { valid: false; errors: ImportIssue[] };

interface AnkiSendSummary {
  added: number;
  /** Words already in Anki (not added again). */
  duplicates: string[];
  failed: { word: string; reason: string }[];
}

/** Response payloads (without `ok`); messages.ts wraps each in Result<…>. */
export interface VocabPayloads {
  'vocab-add': { item: VocabItem; created: boolean; listName: string };
  'vocab-find': { places: SavedPlace[] };
  'vocab-overview': {
    lists: VocabList[];
    counts: { all: ListCounts; byList: Record<string, ListCounts> };
  };
  'vocab-query': { items: VocabItem[]; total: number };
  'vocab-edit': { item: VocabItem };
  'vocab-delete-item': { undoToken: string; word: string };
  'vocab-undo': object;
  'vocab-mark-known': { item: VocabItem };
  'vocab-list-create': { list: VocabList };
  'vocab-list-rename': object;
  'vocab-list-delete': { deletedItems: number };
  'vocab-list-default': object;
  'vocab-export': ExportedFile;
  'vocab-import': ImportResult;
  'anki-settings': { settings: AnkiSettings | null; permission: boolean };
  'anki-connect': { version: number; decks: string[]; models: string[] };
  'anki-model-fields': { fields: string[]; suggested: Record<string, AnkiFieldName | ''> };
  'anki-save-settings': object;
  'anki-create-note-type': { created: boolean; settings: AnkiSettings };
  'anki-send': AnkiSendSummary;
}
