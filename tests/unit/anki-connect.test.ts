import { afterEach, describe, expect, it } from 'vitest';
import {
  ANKI_CONNECT_URL,
  ANKI_CONNECT_VERSION,
  AnkiConnectClient,
  AnkiConnectError,
  noteFromItem,
  sendItemsToAnki,
  suggestFieldMapping,
  type AnkiTarget,
  type FetchLike,
} from '../../src/background/vocab/anki-connect';
import { addOrUpdateItem, ankiFields, createEmptyDatabase, type VocabItem } from '../../src/core/vocab/index';
import {
  refusedUrl,
  startAnkiConnectServer,
  type AnkiConnectServer,
  type AnkiConnectServerOptions,
} from '../helpers/anki-connect-server';

const servers: AnkiConnectServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Node's fetch, as the extension passes the browser's. */
const nodeFetch: FetchLike = (url, init) => fetch(url, init);

async function serve(options: AnkiConnectServerOptions = {}) {
  const server = await startAnkiConnectServer({
    ...options,
    state: {
      decks: ['Default', 'Japanese::News'],
      models: {
        Basic: ['Front', 'Back'],
        'Japanese (Yomitoki)': ['Expression', 'Reading', 'Furigana', 'Meaning', 'Sentence', 'Source'],
      },
      notes: [],
      ...options.state,
    },
  });
  servers.push(server);
  return { server, client: new AnkiConnectClient({ fetch: nodeFetch, url: server.url, timeoutMs: 2000 }) };
}

async function failure(promise: Promise<unknown>): Promise<AnkiConnectError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(AnkiConnectError);
    return e as AnkiConnectError;
  }
  throw new Error('expected an AnkiConnectError');
}

function items(): VocabItem[] {
  let db = createEmptyDatabase();
  const add = (surface: string, reading: string, meaning: string, id: string) => {
    db = addOrUpdateItem(
      db,
      {
        surface,
        reading,
        meaning,
        sentence: `${surface}について。`,
        sentenceOffset: 0,
        pageTitle: 'NHK',
        url: 'https://www3.nhk.or.jp/',
        tags: ['news'],
      },
      { id },
    ).db;
  };
  add('経済', 'けいざい', 'economy', 'a');
  add('取り組む', 'とりくむ', 'to tackle & <deal>', 'b');
  add('政治', 'せいじ', 'politics', 'c');
  return db.items;
}

const TARGET: AnkiTarget = {
  deckName: 'Japanese::News',
  modelName: 'Japanese (Yomitoki)',
  fieldMapping: {
    Expression: 'Expression',
    Reading: 'Reading',
    Furigana: 'Furigana',
    Meaning: 'Meaning',
    Sentence: 'Sentence',
    Source: 'Source',
  },
  extraTags: ['yomitoki'],
};

describe('AnkiConnect client against a local AnkiConnect server', () => {
  it('speaks protocol version 6 to 127.0.0.1:8765 by default', () => {
    expect(ANKI_CONNECT_URL).toBe('http://127.0.0.1:8765');
    expect(ANKI_CONNECT_VERSION).toBe(6);
    expect(new AnkiConnectClient({ fetch: nodeFetch }).url).toBe('http://127.0.0.1:8765');
  });

  it('version, deckNames, modelNames, modelFieldNames', async () => {
    const { client, server } = await serve();
    expect(await client.checkConnection()).toBe(6);
    expect(await client.deckNames()).toEqual(['Default', 'Japanese::News']);
    expect(await client.modelNames()).toEqual(['Basic', 'Japanese (Yomitoki)']);
    expect(await client.modelFieldNames('Basic')).toEqual(['Front', 'Back']);
    expect(server.requests.map((r) => [r.action, r.version])).toEqual([
      ['version', 6],
      ['deckNames', 6],
      ['modelNames', 6],
      ['modelFieldNames', 6],
    ]);
    expect(server.requests[3]!.params).toEqual({ modelName: 'Basic' });
  });

  it('sends the API key when one is configured', async () => {
    const { server } = await serve({ apiKey: 'secret' });
    const withKey = new AnkiConnectClient({ fetch: nodeFetch, url: server.url, apiKey: 'secret' });
    expect(await withKey.deckNames()).toContain('Default');
    const without = new AnkiConnectClient({ fetch: nodeFetch, url: server.url });
    const e = await failure(without.deckNames());
    expect(e.kind).toBe('anki-error');
    expect(e.message).toMatch(/requires an API key/);
  });

  it('requestPermission', async () => {
    const { client } = await serve();
    expect(await client.requestPermission()).toEqual({ granted: true, requireApiKey: false });
  });

  describe('clear errors', () => {
    it('Anki not running: connection refused', async () => {
      const client = new AnkiConnectClient({ fetch: nodeFetch, url: await refusedUrl() });
      const e = await failure(client.checkConnection());
      expect(e.kind).toBe('not-running');
      expect(e.message).toMatch(/^Anki is not reachable at http:\/\/127\.0\.0\.1:\d+\. Start Anki/);
    });

    it('AnkiConnect error response (result null + error)', async () => {
      const { client } = await serve();
      const e = await failure(client.modelFieldNames('No such type'));
      expect(e.kind).toBe('anki-error');
      expect(e.action).toBe('modelFieldNames');
      expect(e.message).toBe('Anki refused modelFieldNames: model was not found: No such type');
    });

    it('add-on too old', async () => {
      const { client } = await serve({ apiVersion: 5 });
      const e = await failure(client.checkConnection());
      expect(e.kind).toBe('version');
      expect(e.message).toMatch(/protocol version 5, but version 6 or newer is needed/);
    });

    it('timeout', async () => {
      const { server } = await serve({ delayMs: 1500 });
      const client = new AnkiConnectClient({ fetch: nodeFetch, url: server.url, timeoutMs: 200 });
      const started = Date.now();
      const e = await failure(client.version());
      expect(e.kind).toBe('timeout');
      expect(e.message).toMatch(/did not answer within 0\.2 s/);
      expect(Date.now() - started).toBeLessThan(1400);
    });

    it('timeout even when the fetch-like ignores the abort signal', async () => {
      const hanging: FetchLike = () => new Promise(() => {});
      const client = new AnkiConnectClient({ fetch: hanging, timeoutMs: 50 });
      expect((await failure(client.version())).kind).toBe('timeout');
    });

    it('origin refused (HTTP 403)', async () => {
      const { client } = await serve({ forbidden: true });
      const e = await failure(client.version());
      expect(e.kind).toBe('forbidden');
      expect(e.message).toMatch(/webCorsOriginList/);
    });

    it('something else on the port', async () => {
      const { client } = await serve({ rawBody: '<html>hello</html>' });
      expect((await failure(client.version())).kind).toBe('bad-response');
    });

    it('unsupported action', async () => {
      const { client } = await serve();
      const e = await failure(client.invoke('guiBrowse'));
      expect(e.kind).toBe('version');
      expect(e.message).toMatch(/does not support "guiBrowse"/);
    });
  });
});

describe('field mapping', () => {
  it.each([
    [['Front', 'Back'], { Front: 'Expression', Back: 'Meaning' }],
    [
      ['Expression', 'Reading', 'Furigana', 'Meaning', 'Sentence', 'Source', 'Audio'],
      {
        Expression: 'Expression',
        Reading: 'Reading',
        Furigana: 'Furigana',
        Meaning: 'Meaning',
        Sentence: 'Sentence',
        Source: 'Source',
        Audio: '',
      },
    ],
    [
      ['Word', 'Kana', 'Definition', 'Example'],
      { Word: 'Expression', Kana: 'Reading', Definition: 'Meaning', Example: 'Sentence' },
    ],
    [
      ['単語', '読み', '意味', '例文'],
      { 単語: 'Expression', 読み: 'Reading', 意味: 'Meaning', 例文: 'Sentence' },
    ],
    [['Front', 'Word'], { Front: 'Expression', Word: '' }],
  ])('suggests a mapping for %j', (fields, expected) => {
    expect(suggestFieldMapping(fields)).toEqual(expected);
  });

  it('fills each note field from the mapped field of the item (same HTML as the TSV export)', () => {
    const item = items()[1]!;
    const note = noteFromItem(item, {
      deckName: 'D',
      modelName: 'Basic',
      fieldMapping: { Front: 'Furigana', Back: 'Meaning', Extra: '' },
      extraTags: ['yomitoki', 'my tag', '<b>bold</b>'],
    });
    const fields = ankiFields(item);
    expect(note).toEqual({
      deckName: 'D',
      modelName: 'Basic',
      fields: { Front: fields.Furigana, Back: 'to tackle &amp; &lt;deal&gt;', Extra: '' },
      // Card templates show {{Tags}} as HTML: a tag's markup arrives as text.
      tags: ['news', 'yomitoki', 'my_tag', '&lt;b&gt;bold&lt;/b&gt;'],
    });
  });
});

describe('sendItemsToAnki', () => {
  it('adds notes with mapped fields and tags', async () => {
    const { client, server } = await serve();
    const report = await sendItemsToAnki(client, items(), TARGET);
    expect(report.duplicates).toEqual([]);
    expect(report.failed).toEqual([]);
    expect(report.added.map((a) => a.itemId)).toEqual(['a', 'b', 'c']);
    expect(server.state.notes.map((n) => n.id)).toEqual(report.added.map((a) => a.noteId));
    const note = server.state.notes[1]!;
    expect(note.deckName).toBe('Japanese::News');
    expect(note.fields).toEqual({
      Expression: '取り組む',
      Reading: 'とりくむ',
      Furigana: '取[と]り 組[く]む',
      Meaning: 'to tackle &amp; &lt;deal&gt;',
      Sentence: '<b>取り組む</b>について。',
      Source: "<a href='https://www3.nhk.or.jp/'>NHK</a>",
    });
    expect(note.tags).toEqual(['news', 'yomitoki']);
    // canAddNotes is asked before addNotes.
    expect(server.requests.map((r) => r.action)).toEqual(['modelFieldNames', 'canAddNotes', 'addNotes']);
  });

  it('checks duplicates with canAddNotes first: only new words are added, the rest reported', async () => {
    const { client, server } = await serve({
      state: {
        notes: [
          {
            id: 1,
            deckName: 'Default',
            modelName: 'Japanese (Yomitoki)',
            fields: { Expression: '経済' },
            tags: [],
          },
        ],
      },
    });
    const first = await sendItemsToAnki(client, items(), TARGET);
    expect(first.duplicates).toEqual(['a']);
    expect(first.added.map((a) => a.itemId)).toEqual(['b', 'c']);
    const addRequest = server.requests.find((r) => r.action === 'addNotes')!;
    expect((addRequest.params.notes as unknown[]).length).toBe(2);
    // Sending again adds nothing and never calls addNotes.
    server.requests.length = 0;
    const second = await sendItemsToAnki(client, items(), TARGET);
    expect(second).toEqual({ added: [], duplicates: ['a', 'b', 'c'], failed: [] });
    expect(server.requests.map((r) => r.action)).toEqual(['modelFieldNames', 'canAddNotes']);
    expect(server.state.notes).toHaveLength(3);
  });

  it('refuses a mapping that names fields the note type does not have, before sending anything', async () => {
    const { client, server } = await serve();
    const e = await failure(
      sendItemsToAnki(client, items(), {
        ...TARGET,
        fieldMapping: { ...TARGET.fieldMapping, Audio: 'Reading' },
      }),
    );
    expect(e.kind).toBe('mapping');
    expect(e.message).toMatch(/has no field "Audio"/);
    expect(server.requests.map((r) => r.action)).toEqual(['modelFieldNames']);
  });

  it('refuses a mapping that leaves the first field empty', async () => {
    const { client } = await serve();
    const e = await failure(
      sendItemsToAnki(client, items(), { ...TARGET, modelName: 'Basic', fieldMapping: { Back: 'Meaning' } }),
    );
    expect(e.kind).toBe('mapping');
    expect(e.message).toMatch(/first field of "Basic" \(Front\) must be filled/);
  });

  it('reports a refusal of addNotes as an AnkiConnect error (deck deleted meanwhile)', async () => {
    const { server } = await serve();
    // canAddNotes passes, then the deck disappears before addNotes (the user deleted it in Anki).
    const deletingDeck: FetchLike = async (url, init) => {
      if (JSON.parse(init.body).action === 'addNotes') server.state.decks = ['Default'];
      return nodeFetch(url, init);
    };
    const racing = new AnkiConnectClient({ fetch: deletingDeck, url: server.url });
    const e = await failure(sendItemsToAnki(racing, items(), TARGET));
    expect(e.kind).toBe('anki-error');
    expect(e.message).toMatch(/^Anki refused addNotes: \['deck was not found: Japanese::News'/);
    expect(server.state.notes).toEqual([]);
  });

  it('reports per-note failures from older AnkiConnect versions (null ids)', async () => {
    const older: FetchLike = async (_url, init) => {
      const { action, params } = JSON.parse(init.body);
      const result =
        action === 'modelFieldNames'
          ? ['Expression', 'Reading', 'Furigana', 'Meaning', 'Sentence', 'Source']
          : action === 'canAddNotes'
            ? params.notes.map(() => true)
            : params.notes.map((_: unknown, i: number) => (i === 1 ? null : 100 + i));
      return { ok: true, status: 200, text: async () => JSON.stringify({ result, error: null }) };
    };
    const report = await sendItemsToAnki(new AnkiConnectClient({ fetch: older }), items(), TARGET);
    expect(report.added).toEqual([
      { itemId: 'a', noteId: 100 },
      { itemId: 'c', noteId: 102 },
    ]);
    expect(report.failed).toEqual([{ itemId: 'b', reason: 'Anki did not add this note.' }]);
  });
});
