/**
 * Client for the AnkiConnect add-on (protocol version 6): POST {action, version, params} as JSON to
 * http://127.0.0.1:8765, answer {result, error}. The transport is an injected fetch-like function, so
 * the extension passes the platform's fetch and tests pass one that reaches a local test server.
 *
 * Every failure becomes an AnkiConnectError whose `kind` says what went wrong and whose message is
 * fit to show: Anki not running, timeout, origin refused, AnkiConnect error, wrong version.
 */
import type { RubySpan } from '../../core/types';
import { ankiFields, ankiTags, type AnkiFieldName } from '../../core/vocab/export/anki-fields';
import { createModelParams, YOMITOKI_DECK, YOMITOKI_NOTE_TYPE } from '../../core/vocab/export/anki-note-type';
import type { VocabItem } from '../../core/vocab/model';

export const ANKI_CONNECT_URL = 'http://127.0.0.1:8765';
/** The protocol version we speak; AnkiConnect answers `version` with the newest it supports. */
export const ANKI_CONNECT_VERSION = 6;
const DEFAULT_TIMEOUT_MS = 5000;

/** The subset of fetch the client uses. */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export type AnkiConnectErrorKind =
  'not-running' | 'timeout' | 'forbidden' | 'http' | 'bad-response' | 'anki-error' | 'version' | 'mapping';

export class AnkiConnectError extends Error {
  constructor(
    readonly kind: AnkiConnectErrorKind,
    message: string,
    /** The action that failed, when there was one. */
    readonly action?: string,
  ) {
    super(message);
    this.name = 'AnkiConnectError';
  }
}

/** A note as AnkiConnect's addNote/addNotes/canAddNotes take it. */
export interface AnkiNote {
  deckName: string;
  modelName: string;
  fields: Record<string, string>;
  tags: string[];
  options?: { allowDuplicate?: boolean; duplicateScope?: 'deck' | 'collection' };
}

export interface AnkiConnectClientOptions {
  fetch: FetchLike;
  url?: string;
  timeoutMs?: number;
  /** Only when the user set `apiKey` in AnkiConnect's config. */
  apiKey?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export class AnkiConnectClient {
  private readonly fetch: FetchLike;
  readonly url: string;
  private readonly timeoutMs: number;
  private readonly apiKey: string | undefined;

  constructor(options: AnkiConnectClientOptions) {
    this.fetch = options.fetch;
    this.url = options.url ?? ANKI_CONNECT_URL;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.apiKey = options.apiKey;
  }

  /** One AnkiConnect call; resolves with `result` or throws AnkiConnectError. */
  async invoke(action: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const body: Record<string, unknown> = { action, version: ANKI_CONNECT_VERSION, params };
    if (this.apiKey) body.key = this.apiKey;
    const text = await this.post(action, JSON.stringify(body));
    let reply: unknown;
    try {
      reply = JSON.parse(text);
    } catch {
      throw new AnkiConnectError(
        'bad-response',
        `${this.url} did not answer like AnkiConnect (not JSON).`,
        action,
      );
    }
    if (!isRecord(reply) || !('result' in reply) || !('error' in reply)) {
      throw new AnkiConnectError(
        'bad-response',
        `${this.url} did not answer like AnkiConnect version ${ANKI_CONNECT_VERSION} (no "result"/"error"); update the AnkiConnect add-on.`,
        action,
      );
    }
    if (reply.error !== null && reply.error !== undefined) {
      throw ankiError(action, String(reply.error));
    }
    return reply.result;
  }

  private async post(action: string, body: string): Promise<string> {
    const controller = typeof AbortController === 'undefined' ? undefined : new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    // Race the request against a timer as well as aborting it: a fetch-like that ignores the signal
    // must not hang the caller either.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        controller?.abort();
        reject(this.timeoutError(action));
      }, this.timeoutMs);
    });
    try {
      const response = await Promise.race([
        this.fetch(this.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          signal: controller?.signal,
        }),
        timeout,
      ]);
      if (response.status === 403) {
        throw new AnkiConnectError(
          'forbidden',
          'AnkiConnect refused this extension. In Anki open Tools → Add-ons → AnkiConnect → Config and add ' +
            'this extension to "webCorsOriginList", then restart Anki.',
          action,
        );
      }
      if (!response.ok) {
        throw new AnkiConnectError('http', `AnkiConnect answered with HTTP ${response.status}.`, action);
      }
      return await Promise.race([response.text(), timeout]);
    } catch (error) {
      if (error instanceof AnkiConnectError) throw error;
      if (timedOut) throw this.timeoutError(action);
      // fetch rejects with a TypeError when nothing listens on the port (connection refused).
      throw new AnkiConnectError(
        'not-running',
        `Anki is not reachable at ${this.url}. Start Anki and check that the AnkiConnect add-on is installed.`,
        action,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  private timeoutError(action: string): AnkiConnectError {
    const seconds = Math.round(this.timeoutMs / 100) / 10;
    return new AnkiConnectError(
      'timeout',
      `Anki did not answer within ${seconds} s. It may be busy (a dialog open?); try again.`,
      action,
    );
  }

  /** The newest protocol version the add-on supports. */
  async version(): Promise<number> {
    const result = await this.invoke('version');
    if (typeof result !== 'number' || !Number.isInteger(result)) throw unexpected('version', result);
    return result;
  }

  /**
   * Check Anki is reachable and new enough; returns its protocol version. Call before the others to
   * give the user one clear message.
   */
  async checkConnection(): Promise<number> {
    const version = await this.version();
    if (version < ANKI_CONNECT_VERSION) {
      throw new AnkiConnectError(
        'version',
        `AnkiConnect speaks protocol version ${version}, but version ${ANKI_CONNECT_VERSION} or newer is needed: update the AnkiConnect add-on.`,
        'version',
      );
    }
    return version;
  }

  /**
   * Ask the user (in Anki) to trust this extension's origin; AnkiConnect shows a dialog. Resolves with
   * whether it was granted.
   */
  async requestPermission(): Promise<{ granted: boolean; requireApiKey: boolean }> {
    const result = await this.invoke('requestPermission');
    if (!isRecord(result)) throw unexpected('requestPermission', result);
    return { granted: result.permission === 'granted', requireApiKey: result.requireApiKey === true };
  }

  async deckNames(): Promise<string[]> {
    const result = await this.invoke('deckNames');
    if (!isStringArray(result)) throw unexpected('deckNames', result);
    return result;
  }

  async modelNames(): Promise<string[]> {
    const result = await this.invoke('modelNames');
    if (!isStringArray(result)) throw unexpected('modelNames', result);
    return result;
  }

  /** Field names of a note type, in order (the first one is what Anki checks for duplicates). */
  /**
   * Create the Yomitoki note type and deck unless they exist (so asking twice changes nothing).
   * Resolves with whether the note type was created now.
   */
  async ensureYomitokiNoteType(): Promise<boolean> {
    await this.invoke('createDeck', { deck: YOMITOKI_DECK });
    if ((await this.modelNames()).includes(YOMITOKI_NOTE_TYPE)) return false;
    await this.invoke('createModel', createModelParams());
    return true;
  }

  async modelFieldNames(modelName: string): Promise<string[]> {
    const result = await this.invoke('modelFieldNames', { modelName });
    if (!isStringArray(result)) throw unexpected('modelFieldNames', result);
    return result;
  }

  /** For each note: could it be added (false for duplicates and empty first fields). */
  async canAddNotes(notes: AnkiNote[]): Promise<boolean[]> {
    const result = await this.invoke('canAddNotes', { notes });
    if (
      !Array.isArray(result) ||
      result.length !== notes.length ||
      !result.every((r) => typeof r === 'boolean')
    ) {
      throw unexpected('canAddNotes', result);
    }
    return result as boolean[];
  }

  /**
   * Add notes; note ids in order, null where a note was not added (older AnkiConnect versions). Newer
   * versions reject the whole call with an error instead, which throws.
   */
  async addNotes(notes: AnkiNote[]): Promise<(number | null)[]> {
    const result = await this.invoke('addNotes', { notes });
    if (
      !Array.isArray(result) ||
      result.length !== notes.length ||
      !result.every((r) => r === null || typeof r === 'number')
    ) {
      throw unexpected('addNotes', result);
    }
    return result as (number | null)[];
  }
}

function unexpected(action: string, result: unknown): AnkiConnectError {
  const shown = JSON.stringify(result) ?? String(result);
  return new AnkiConnectError(
    'bad-response',
    `AnkiConnect gave an unexpected answer to ${action}: ${shown.slice(0, 100)}`,
    action,
  );
}

function ankiError(action: string, error: string): AnkiConnectError {
  if (/api key/i.test(error)) {
    return new AnkiConnectError(
      'anki-error',
      'AnkiConnect requires an API key: enter the key from its config in the extension settings.',
      action,
    );
  }
  if (/unsupported action/i.test(error)) {
    return new AnkiConnectError(
      'version',
      `Your AnkiConnect add-on does not support "${action}": update the AnkiConnect add-on.`,
      action,
    );
  }
  return new AnkiConnectError('anki-error', `Anki refused ${action}: ${error}`, action);
}

// ---- sending vocabulary items -------------------------------------------------------------------

/** Note type field name → which of our fields fills it ('' leaves it empty). */
export type FieldMapping = Record<string, AnkiFieldName | ''>;

/** Chosen once by the user: where notes go and how our fields fill the note type's fields. */
export interface AnkiTarget {
  deckName: string;
  modelName: string;
  fieldMapping: FieldMapping;
  /** Added to every note's own tags (e.g. "yomitoki"). */
  extraTags?: string[];
}

const FIELD_GUESSES: [RegExp, AnkiFieldName][] = [
  [/^(expression|word|vocab(ulary)?|front|kanji|term|単語|表記)$/i, 'Expression'],
  [/^(reading|kana|読み(方)?|かな)$/i, 'Reading'],
  [/^(furigana|ふりがな)$/i, 'Furigana'],
  [/^(meaning|back|definition|gloss(ary)?|english|translation|意味)$/i, 'Meaning'],
  [/^(sentence|example|context|例文|文)$/i, 'Sentence'],
  [/^(sentence[ _-]?furigana|例文ふりがな)$/i, 'SentenceFurigana'],
  [/^(source|url|link|出典)$/i, 'Source'],
];

/** A first guess of the mapping from the note type's field names; the user can change it. */
export function suggestFieldMapping(noteFields: readonly string[]): FieldMapping {
  const mapping: FieldMapping = {};
  const used = new Set<AnkiFieldName>();
  for (const field of noteFields) {
    const guess = FIELD_GUESSES.find(([re, ours]) => re.test(field.trim()) && !used.has(ours))?.[1];
    mapping[field] = guess ?? '';
    if (guess) used.add(guess);
  }
  return mapping;
}

export function noteFromItem(
  item: VocabItem,
  target: AnkiTarget,
  sentenceRuby?: readonly RubySpan[],
): AnkiNote {
  const ours = ankiFields(item, sentenceRuby);
  const fields: Record<string, string> = {};
  for (const [noteField, source] of Object.entries(target.fieldMapping))
    fields[noteField] = source ? ours[source] : '';
  return {
    deckName: target.deckName,
    modelName: target.modelName,
    fields,
    tags: ankiTags([...item.tags, ...(target.extraTags ?? [])]),
  };
}

export interface SendReport {
  added: { itemId: string; noteId: number }[];
  /** Items Anki would not add: already in Anki (duplicate first field) or first field empty. */
  duplicates: string[];
  failed: { itemId: string; reason: string }[];
}

/**
 * Send items as notes: checks the mapping against the note type, asks canAddNotes first so
 * duplicates are reported rather than added twice, then addNotes for the rest.
 */
export async function sendItemsToAnki(
  client: AnkiConnectClient,
  items: readonly VocabItem[],
  target: AnkiTarget,
  /** Readings of each item's sentence by item id (SentenceFurigana). */
  sentenceRuby?: ReadonlyMap<string, readonly RubySpan[]>,
): Promise<SendReport> {
  const noteFields = await client.modelFieldNames(target.modelName);
  const unknown = Object.keys(target.fieldMapping).filter((f) => !noteFields.includes(f));
  if (unknown.length > 0) {
    throw new AnkiConnectError(
      'mapping',
      `The note type "${target.modelName}" has no field ${unknown.map((f) => `"${f}"`).join(', ')}; choose the fields again.`,
    );
  }
  const first = noteFields[0];
  if (first === undefined || !target.fieldMapping[first]) {
    throw new AnkiConnectError(
      'mapping',
      `The first field of "${target.modelName}" (${first ?? 'none'}) must be filled: Anki uses it to find duplicates.`,
    );
  }
  const report: SendReport = { added: [], duplicates: [], failed: [] };
  if (items.length === 0) return report;

  const notes = items.map((item) => noteFromItem(item, target, sentenceRuby?.get(item.id)));
  const addable = await client.canAddNotes(notes);
  const toAdd: { item: VocabItem; note: AnkiNote }[] = [];
  items.forEach((item, i) => {
    if (addable[i]) toAdd.push({ item, note: notes[i]! });
    else report.duplicates.push(item.id);
  });
  if (toAdd.length === 0) return report;

  const ids = await client.addNotes(toAdd.map((t) => t.note));
  toAdd.forEach(({ item }, i) => {
    const id = ids[i];
    if (typeof id === 'number') report.added.push({ itemId: item.id, noteId: id });
    else report.failed.push({ itemId: item.id, reason: 'Anki did not add this note.' });
  });
  return report;
}
