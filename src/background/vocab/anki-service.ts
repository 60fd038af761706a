/**
 * Send to Anki: the Anki settings (deck, note type, field mapping, chosen once) and the requests that
 * reach AnkiConnect through src/shared/anki-connect.ts. The network is only touched for anki-*
 * requests, and only once the user granted the optional host permission for 127.0.0.1:8765.
 */
import * as v from 'valibot';
import { queryItems, YOMITOKI_DECK, YOMITOKI_NOTE_TYPE } from '../../core/vocab';
import {
  AnkiConnectClient,
  AnkiConnectError,
  sendItemsToAnki,
  suggestFieldMapping,
  type FetchLike,
} from './anki-connect';
import type { Failure, Responses } from '../../shared/messages';
import { AnkiSaveSettingsRequest, type AnkiSettings, type VocabRequest } from '../../shared/vocab-messages';
import { vocabFailure, type SentenceRuby } from './vocab-service';
import type { KeyValueStorage } from './vocab-storage';
import type { VocabStore } from './vocab-store';

export type AnkiRequest = Extract<VocabRequest, { type: `anki-${string}` }>;

const ANKI_SETTINGS_KEY = 'anki.settings';
export const ANKI_ORIGIN = 'http://127.0.0.1:8765/*';

const SettingsSchema = AnkiSaveSettingsRequest.entries.settings;

export interface AnkiServiceDeps {
  store: VocabStore;
  /** Where the Anki settings are kept (browser.storage.local). */
  settings: KeyValueStorage;
  /** Whether the optional host permission for AnkiConnect is granted. */
  hasPermission: () => Promise<boolean>;
  fetch: FetchLike;
  /** AnkiConnect's address; tests point it at their local server. */
  url?: string;
  /** Readings of sentences (the tokenizer host), for the SentenceFurigana field. */
  sentenceRuby?: SentenceRuby;
}

const PERMISSION_NEEDED: Failure = {
  ok: false,
  code: 'permission-needed',
  message: 'Yomitoki needs your permission to talk to Anki on this computer (127.0.0.1:8765).',
};

function ankiFailure(error: unknown): Failure {
  if (error instanceof AnkiConnectError) return { ok: false, code: 'anki-failed', message: error.message };
  return vocabFailure(error);
}

export function createAnkiService(deps: AnkiServiceDeps) {
  const client = (settings?: AnkiSettings | null) =>
    new AnkiConnectClient({ fetch: deps.fetch, url: deps.url, apiKey: settings?.apiKey || undefined });

  async function readSettings(): Promise<AnkiSettings | null> {
    const raw = (await deps.settings.get([ANKI_SETTINGS_KEY]))[ANKI_SETTINGS_KEY];
    if (raw === undefined) return null;
    const parsed = v.safeParse(SettingsSchema, raw);
    return parsed.success ? parsed.output : null;
  }

  /**
   * Reach AnkiConnect; if it refuses this extension's origin, ask it once (Anki shows its own
   * "allow this site?" dialog) and try again.
   */
  async function connect(
    settings: AnkiSettings | null,
  ): Promise<{ api: AnkiConnectClient; version: number }> {
    const api = client(settings);
    try {
      return { api, version: await api.checkConnection() };
    } catch (error) {
      if (!(error instanceof AnkiConnectError) || error.kind !== 'forbidden') throw error;
      const { granted } = await api.requestPermission();
      if (!granted) {
        throw new AnkiConnectError(
          'forbidden',
          'Anki did not allow Yomitoki to connect (the request was declined in Anki). Try again and choose "Yes" in Anki.',
        );
      }
      return { api, version: await api.checkConnection() };
    }
  }

  async function handle<R extends AnkiRequest>(msg: R): Promise<Responses[R['type']]>;
  async function handle(msg: AnkiRequest): Promise<Responses[AnkiRequest['type']]> {
    try {
      if (msg.type === 'anki-settings') {
        return { ok: true, settings: await readSettings(), permission: await deps.hasPermission() };
      }
      if (msg.type === 'anki-save-settings') {
        try {
          await deps.settings.set({ [ANKI_SETTINGS_KEY]: msg.settings });
        } catch (error) {
          return {
            ok: false,
            code: 'storage-failed',
            message: `Not saved: ${error instanceof Error ? error.message : String(error)}`,
          };
        }
        return { ok: true };
      }
      if (!(await deps.hasPermission())) return PERMISSION_NEEDED;
      const settings = await readSettings();
      switch (msg.type) {
        case 'anki-connect': {
          const { api, version } = await connect(settings);
          return { ok: true, version, decks: await api.deckNames(), models: await api.modelNames() };
        }
        case 'anki-model-fields': {
          const { api } = await connect(settings);
          const fields = await api.modelFieldNames(msg.modelName);
          return { ok: true, fields, suggested: suggestFieldMapping(fields) };
        }
        case 'anki-create-note-type': {
          const { api } = await connect(settings);
          const created = await api.ensureYomitokiNoteType();
          // Sending now goes to the Yomitoki deck and note type, every field filled by its namesake.
          const next: AnkiSettings = {
            deckName: YOMITOKI_DECK,
            modelName: YOMITOKI_NOTE_TYPE,
            fieldMapping: suggestFieldMapping(await api.modelFieldNames(YOMITOKI_NOTE_TYPE)),
            extraTags: settings?.extraTags ?? ['yomitoki'],
            ...(settings?.apiKey ? { apiKey: settings.apiKey } : {}),
          };
          await deps.settings.set({ [ANKI_SETTINGS_KEY]: next });
          return { ok: true, created, settings: next };
        }
        case 'anki-send': {
          if (!settings) {
            return {
              ok: false,
              code: 'anki-failed',
              message: 'Choose a deck and a note type first (Yomitoki settings → Send to Anki).',
            };
          }
          const db = await deps.store.read();
          const items = queryItems(db, {
            listId: msg.listId,
            known: msg.includeKnown ? 'all' : 'unknown',
            sort: 'oldest',
          });
          const { api } = await connect(settings);
          const ruby = await deps.sentenceRuby?.(items.map((i) => i.sentence)).catch(() => null);
          const sentenceRuby = new Map(ruby ? items.map((item, k) => [item.id, ruby[k] ?? []]) : []);
          const report = await sendItemsToAnki(api, items, settings, sentenceRuby);
          const wordOf = new Map(items.map((i) => [i.id, i.dictionaryForm]));
          return {
            ok: true,
            added: report.added.length,
            duplicates: report.duplicates.map((id) => wordOf.get(id) ?? id),
            failed: report.failed.map((f) => ({ word: wordOf.get(f.itemId) ?? f.itemId, reason: f.reason })),
          };
        }
      }
    } catch (error) {
      return ankiFailure(error);
    }
  }

  return handle;
}
