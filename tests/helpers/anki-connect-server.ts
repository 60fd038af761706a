/**
 * A real local HTTP server that behaves like the AnkiConnect add-on for the actions Yomitoki uses
 * (version, requestPermission, deckNames, createDeck, modelNames, modelFieldNames, createModel,
 * canAddNotes, addNotes), as
 * AnkiConnect documents them: POST a JSON body {action, version, params, key?}; the answer is
 * {result, error} for protocol versions ≥ 5 and the bare result for older ones; unknown actions
 * answer error "unsupported action". Notes live in memory; duplicates are judged as Anki does: same
 * note type and same first field (collection-wide unless duplicateScope is "deck").
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeNote {
  id: number;
  deckName: string;
  modelName: string;
  fields: Record<string, string>;
  tags: string[];
}

export interface FakeAnkiState {
  decks: string[];
  /** Note type → its field names in order. */
  models: Record<string, string[]>;
  /** Card templates and CSS of note types created through createModel. */
  templates: Record<string, { css: string; cards: { Name: string; Front: string; Back: string }[] }>;
  notes: FakeNote[];
}

export interface AnkiConnectServerOptions {
  state?: Partial<FakeAnkiState>;
  /** What `version` answers (AnkiConnect's API_VERSION); 6 by default. */
  apiVersion?: number;
  /** When set, requests must carry this key (AnkiConnect's `apiKey` setting). */
  apiKey?: string;
  /** Wait this long before answering, to provoke client timeouts. */
  delayMs?: number;
  /** Answer every request 403, as AnkiConnect does for an origin missing from webCorsOriginList. */
  forbidden?: boolean;
  /** Answer this text instead of JSON (a different service on the port). */
  rawBody?: string;
}

export interface AnkiConnectServer {
  url: string;
  port: number;
  state: FakeAnkiState;
  /** Every request received, parsed. */
  requests: { action: string; version: unknown; params: Record<string, unknown> }[];
  close(): Promise<void>;
}

interface NoteParams {
  deckName?: unknown;
  modelName?: unknown;
  fields?: unknown;
  tags?: unknown;
  options?: { allowDuplicate?: unknown; duplicateScope?: unknown };
}

class ActionError extends Error {}

export async function startAnkiConnectServer(
  options: AnkiConnectServerOptions = {},
): Promise<AnkiConnectServer> {
  const state: FakeAnkiState = {
    decks: options.state?.decks ?? ['Default'],
    models: options.state?.models ?? { Basic: ['Front', 'Back'] },
    templates: options.state?.templates ?? {},
    notes: options.state?.notes ?? [],
  };
  const requests: AnkiConnectServer['requests'] = [];
  let nextId = 1_700_000_000_000;

  /** Throws ActionError with Anki's wording when the note cannot be created. */
  function checkNote(note: NoteParams): FakeNote {
    const modelName = String(note.modelName ?? '');
    const fieldNames = state.models[modelName];
    if (!fieldNames) throw new ActionError(`model was not found: ${modelName}`);
    const deckName = String(note.deckName ?? '');
    if (!state.decks.includes(deckName)) throw new ActionError(`deck was not found: ${deckName}`);
    const given = (note.fields ?? {}) as Record<string, unknown>;
    for (const name of Object.keys(given)) {
      if (!fieldNames.includes(name)) throw new ActionError(`field was not found: ${name}`);
    }
    const fields: Record<string, string> = {};
    for (const name of fieldNames) fields[name] = String(given[name] ?? '');
    const first = fields[fieldNames[0]!]!.trim();
    if (!first) throw new ActionError('cannot create note because it is empty');
    const allowDuplicate = note.options?.allowDuplicate === true;
    const scopeDeck = note.options?.duplicateScope === 'deck';
    const duplicate = state.notes.some(
      (n) =>
        n.modelName === modelName &&
        n.fields[fieldNames[0]!]!.trim() === first &&
        (!scopeDeck || n.deckName === deckName),
    );
    if (duplicate && !allowDuplicate) throw new ActionError('cannot create note because it is a duplicate');
    const tags = Array.isArray(note.tags) ? note.tags.map(String) : [];
    return { id: 0, deckName, modelName, fields, tags };
  }

  const actions: Record<string, (params: Record<string, unknown>) => unknown> = {
    version: () => options.apiVersion ?? 6,
    requestPermission: () => ({
      permission: 'granted',
      requireApiKey: options.apiKey !== undefined,
      version: 6,
    }),
    deckNames: () => [...state.decks],
    // An existing deck is left as it is (AnkiConnect answers its id either way).
    createDeck: (params) => {
      const deck = String(params.deck ?? '');
      if (!state.decks.includes(deck)) state.decks.push(deck);
      return state.decks.indexOf(deck) + 1;
    },
    createModel: (params) => {
      const name = String(params.modelName ?? '');
      if (!name) throw new ActionError('Must provide a modelName');
      if (state.models[name]) throw new ActionError('Model name already exists');
      const fields = params.inOrderFields;
      const cards = params.cardTemplates;
      if (!Array.isArray(fields) || fields.length === 0)
        throw new ActionError('Must provide at least one field for inOrderFields');
      if (!Array.isArray(cards) || cards.length === 0)
        throw new ActionError('Must provide at least one card for cardTemplates');
      state.models[name] = fields.map(String);
      state.templates[name] = {
        css: String(params.css ?? ''),
        cards: cards as FakeAnkiState['templates'][string]['cards'],
      };
      return { name, flds: fields.map((f, ord) => ({ name: String(f), ord })) };
    },
    modelNames: () => Object.keys(state.models),
    modelFieldNames: (params) => {
      const fields = state.models[String(params.modelName)];
      if (!fields) throw new ActionError(`model was not found: ${String(params.modelName)}`);
      return [...fields];
    },
    canAddNotes: (params) =>
      (params.notes as NoteParams[]).map((note) => {
        try {
          checkNote(note);
          return true;
        } catch {
          return false;
        }
      }),
    addNotes: (params) => {
      // Current AnkiConnect gathers every error and fails the whole call, adding nothing.
      const errors: string[] = [];
      const created: FakeNote[] = [];
      for (const note of params.notes as NoteParams[]) {
        try {
          const made = checkNote(note);
          // A batch may itself contain duplicates: judge each against what the batch added so far.
          if (
            created.some(
              (c) =>
                c.modelName === made.modelName &&
                Object.values(c.fields)[0] === Object.values(made.fields)[0],
            ) &&
            note.options?.allowDuplicate !== true
          ) {
            throw new ActionError('cannot create note because it is a duplicate');
          }
          created.push({ ...made, id: nextId++ });
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
      }
      if (errors.length > 0) throw new ActionError(`[${errors.map((e) => `'${e}'`).join(', ')}]`);
      state.notes.push(...created);
      return created.map((c) => c.id);
    },
  };

  function reply(res: ServerResponse, status: number, body: string): void {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    if (options.forbidden) return reply(res, 403, '');
    if (options.rawBody !== undefined) return reply(res, 200, options.rawBody);
    let body: { action?: unknown; version?: unknown; params?: unknown; key?: unknown };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return reply(res, 200, JSON.stringify({ result: null, error: 'invalid JSON body' }));
    }
    const action = String(body.action ?? '');
    const version = typeof body.version === 'number' ? body.version : 4;
    const params = (body.params ?? {}) as Record<string, unknown>;
    requests.push({ action, version: body.version, params });
    let result: unknown = null;
    let error: string | null = null;
    try {
      if (options.apiKey !== undefined && body.key !== options.apiKey && action !== 'requestPermission') {
        throw new ActionError('valid api key must be provided');
      }
      const run = actions[action];
      if (!run) throw new ActionError('unsupported action');
      result = run(params);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    reply(res, 200, JSON.stringify(version <= 4 ? result : { result, error }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => reply(res, 500, ''));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    state,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens: connecting is refused, as when Anki is not running. */
export async function refusedUrl(): Promise<string> {
  const server = await startAnkiConnectServer();
  await server.close();
  return server.url;
}
