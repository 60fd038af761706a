import { afterEach, describe, expect, it } from 'vitest';
import { addOrUpdateItem, createEmptyDatabase, markKnown } from '../../src/core/vocab';
import { createAnkiService } from '../../src/background/vocab/anki-service';
import { CURRENT_VOCAB_KEY, MemoryStorage } from '../../src/background/vocab/vocab-storage';
import { VocabStore } from '../../src/background/vocab/vocab-store';
import type { FetchLike } from '../../src/background/vocab/anki-connect';
import type { AnkiSettings } from '../../src/shared/vocab-messages';
import { startAnkiConnectServer, type AnkiConnectServer } from '../helpers/anki-connect-server';

const MODEL = 'Japanese (yomitoki)';
const FIELDS = ['Expression', 'Reading', 'Meaning', 'Sentence', 'Source'];

function database() {
  let db = createEmptyDatabase({ id: 'default', now: '2026-01-01T00:00:00Z' });
  const words: [string, string][] = [
    ['経済', 'けいざい'],
    ['会談', 'かいだん'],
    ['外相', 'がいしょう'],
  ];
  words.forEach(([w, r], i) => {
    db = addOrUpdateItem(
      db,
      { surface: w, reading: r, meaning: `m${i}`, sentence: `${w}。`, sentenceOffset: 0 },
      {
        id: `i${i}`,
        now: `2026-01-0${i + 2}T00:00:00Z`,
      },
    ).db;
  });
  return markKnown(db, 'i2', true);
}

const servers: AnkiConnectServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function setup(
  opts: { permission?: boolean; server?: Parameters<typeof startAnkiConnectServer>[0] } = {},
) {
  const server = await startAnkiConnectServer({
    state: { decks: ['Default', 'Japanese::News'], models: { Basic: ['Front', 'Back'], [MODEL]: FIELDS } },
    ...opts.server,
  });
  servers.push(server);
  const storage = new MemoryStorage({ [CURRENT_VOCAB_KEY]: database() });
  const anki = createAnkiService({
    store: new VocabStore(storage),
    settings: storage,
    hasPermission: () => Promise.resolve(opts.permission ?? true),
    fetch: fetch as unknown as FetchLike,
    url: server.url,
  });
  return { server, anki, storage };
}

const settings: AnkiSettings = {
  deckName: 'Japanese::News',
  modelName: MODEL,
  fieldMapping: {
    Expression: 'Expression',
    Reading: 'Reading',
    Meaning: 'Meaning',
    Sentence: 'Sentence',
    Source: '',
  },
  extraTags: ['yomitoki'],
};

describe('Send to Anki (background) against a local AnkiConnect', () => {
  it('without the host permission nothing reaches the network', async () => {
    const { anki, server } = await setup({ permission: false });
    for (const msg of [
      { type: 'anki-connect' },
      { type: 'anki-model-fields', modelName: MODEL },
      { type: 'anki-send' },
    ] as const) {
      expect(await anki(msg)).toMatchObject({ ok: false, code: 'permission-needed' });
    }
    expect(server.requests).toEqual([]);
    expect(await anki({ type: 'anki-settings' })).toEqual({ ok: true, settings: null, permission: false });
  });

  it('lists decks and note types, and suggests a field mapping', async () => {
    const { anki } = await setup();
    expect(await anki({ type: 'anki-connect' })).toEqual({
      ok: true,
      version: 6,
      decks: ['Default', 'Japanese::News'],
      models: ['Basic', MODEL],
    });
    const fields = await anki({ type: 'anki-model-fields', modelName: MODEL });
    expect(fields).toMatchObject({
      ok: true,
      fields: FIELDS,
      suggested: { Expression: 'Expression', Reading: 'Reading', Meaning: 'Meaning', Sentence: 'Sentence' },
    });
  });

  it('sends words still to learn once; a second send reports them as already in Anki', async () => {
    const { anki, server } = await setup();
    expect(await anki({ type: 'anki-send' })).toMatchObject({ ok: false, code: 'anki-failed' });
    expect(await anki({ type: 'anki-save-settings', settings })).toEqual({ ok: true });
    expect(await anki({ type: 'anki-settings' })).toEqual({ ok: true, settings, permission: true });

    const first = await anki({ type: 'anki-send' });
    expect(first).toEqual({ ok: true, added: 2, duplicates: [], failed: [] });
    expect(
      server.state.notes.map((n) => [n.deckName, n.fields.Expression, n.fields.Reading, n.tags]),
    ).toEqual([
      ['Japanese::News', '経済', 'けいざい', ['yomitoki']],
      ['Japanese::News', '会談', 'かいだん', ['yomitoki']],
    ]);
    expect(server.state.notes[0]!.fields.Sentence).toBe('<b>経済</b>。');

    const again = await anki({ type: 'anki-send', includeKnown: true });
    expect(again).toEqual({ ok: true, added: 1, duplicates: ['経済', '会談'], failed: [] });
    expect(server.state.notes).toHaveLength(3);
  });

  it.each([
    ['Anki not running', { closed: true }, /not reachable/],
    ['origin refused (webCorsOriginList)', { forbidden: true }, /webCorsOriginList/],
    ['an old AnkiConnect', { apiVersion: 4 }, /update the AnkiConnect add-on/],
    ['another service on the port', { rawBody: '<html>' }, /did not answer like AnkiConnect/],
  ])('%s → a clear message', async (_name, opts, message) => {
    const { closed, ...server } = opts as { closed?: boolean };
    const s = await setup({ server });
    if (closed) await s.server.close();
    const res = await s.anki({ type: 'anki-connect' });
    expect(res).toMatchObject({ ok: false, code: 'anki-failed', message: expect.stringMatching(message) });
  });

  it('a mapping that leaves the first field empty is refused before anything is sent', async () => {
    const { anki, server } = await setup();
    await anki({
      type: 'anki-save-settings',
      settings: { ...settings, fieldMapping: { ...settings.fieldMapping, Expression: '' } },
    });
    const res = await anki({ type: 'anki-send' });
    expect(res).toMatchObject({
      ok: false,
      code: 'anki-failed',
      message: expect.stringMatching(/first field/),
    });
    expect(server.requests.some((r) => r.action === 'addNotes')).toBe(false);
  });
});
