import { beforeAll, describe, expect, it } from 'vitest';
import { TokenizerHost } from '../../src/tokenizer-host/tokenizer-host';
import { createAnnotator } from '../../src/tokenizer-host/create-annotator';
import { loadNodeTokenizer } from '../../src/tokenizer-host/node-dictionary';
import type { AnalysisRouter } from '../../src/background/analysis-router';
import { withReadingFixes } from '../../src/background/reading-fix/attach-overrides';
import { createReadingFixService, usableFixes } from '../../src/background/reading-fix/reading-fix-service';
import { createVocabService } from '../../src/background/vocab/vocab-service';
import { MemoryStorage } from '../../src/background/vocab/vocab-storage';
import { VocabStore } from '../../src/background/vocab/vocab-store';
import { createEmptyDatabase } from '../../src/core/vocab';
import type { Annotation, Tokenize } from '../../src/core/types';
import {
  BackgroundRequest,
  HostRequest,
  parseMessage,
  type HostAnnotateRequest,
  type Responses,
} from '../../src/shared/messages';

const T0 = '2026-01-02T03:04:05.000Z';
const newStore = (storage = new MemoryStorage()) =>
  new VocabStore(storage, { createEmpty: () => createEmptyDatabase({ id: 'list-default', now: T0 }) });

/** Reading of the ruby over `base` in an annotation of `text` ('' when there is none). */
function rubyOver(text: string, ann: Annotation, base: string): string {
  const at = text.indexOf(base);
  return (
    ann.ruby
      .filter((r) => r.start >= at && r.end <= at + base.length)
      .map((r) => r.reading)
      .join('') || ''
  );
}

describe('reading-fix protocol', () => {
  it.each([
    [{ surface: '間', reading: 'ま' }, true],
    [{ surface: '日本', reading: 'ニッポン' }, true],
    [{ surface: '王毅', reading: 'おう・き' }, true],
    [{ surface: '行われる', reading: 'おこなわれる' }, true],
    [{ surface: '  間 ', reading: ' ま ' }, true],
    [{ surface: '1日', reading: 'ついたち' }, true],
    [{ surface: '', reading: 'ま' }, false],
    [{ surface: 'ひらがな', reading: 'ひらがな' }, false],
    [{ surface: 'CISA', reading: 'しさ' }, false],
    [{ surface: '漢'.repeat(31), reading: 'かん' }, false],
    [{ surface: '間', reading: '' }, false],
    [{ surface: '間', reading: 'ma' }, false],
    [{ surface: '間', reading: 'あい だ' }, false],
    [{ surface: '間', reading: '間' }, false],
    [{ surface: '間', reading: 'ａ' }, false],
    [{ surface: '間', reading: 'あ'.repeat(91) }, false],
    [{ surface: 3, reading: 'ま' }, false],
  ])('set %j → %s', (fields, ok) => {
    expect(parseMessage(BackgroundRequest, { type: 'reading-fix-set', ...fields }).ok).toBe(ok);
  });

  it('trims the word and the reading, and explains a refused reading', () => {
    const r = parseMessage(BackgroundRequest, { type: 'reading-fix-set', surface: ' 間 ', reading: ' ま' });
    expect(r.ok && r.value).toEqual({ type: 'reading-fix-set', surface: '間', reading: 'ま' });
    const bad = parseMessage(BackgroundRequest, { type: 'reading-fix-set', surface: '間', reading: 'ma' });
    expect(!bad.ok && bad.message).toMatch(/hiragana or katakana/);
  });

  it.each([
    [{ type: 'reading-fix-list' }, true],
    [{ type: 'reading-fix-remove', surface: '間' }, true],
    [{ type: 'reading-fix-remove', surface: '' }, false],
    [{ type: 'reading-fix-remove' }, false],
  ])('%j → %s', (msg, ok) => {
    expect(parseMessage(BackgroundRequest, msg).ok).toBe(ok);
  });

  it('drops overrides a content script puts on an annotate request', () => {
    const r = parseMessage(BackgroundRequest, {
      type: 'annotate',
      texts: ['間'],
      overrides: [{ surface: '間', reading: 'ま' }],
    });
    expect(r.ok).toBe(true);
    expect(r.ok && 'overrides' in r.value).toBe(false);
  });

  it('keeps the overrides the background sends to the host, within caps', () => {
    const request = { type: 'annotate', texts: ['間'], overrides: [{ surface: '間', reading: 'ま' }] };
    const r = parseMessage(HostRequest, { target: 'tokenizer-host', request });
    expect(r.ok && r.value.request).toEqual(request);
    const tooMany = { ...request, overrides: Array.from({ length: 20_001 }, () => request.overrides[0]) };
    expect(parseMessage(HostRequest, { target: 'tokenizer-host', request: tooMany }).ok).toBe(false);
  });
});

describe('reading-fix service over the vocabulary store', () => {
  it('sets (hiragana stored), replaces, lists and removes corrections', async () => {
    const service = createReadingFixService(newStore());
    expect(await service.handle({ type: 'reading-fix-set', surface: '日本', reading: 'ニッポン' })).toEqual({
      ok: true,
      fix: { surface: '日本', reading: 'にっぽん' },
    });
    await service.handle({ type: 'reading-fix-set', surface: '間', reading: 'ま' });
    await service.handle({ type: 'reading-fix-set', surface: '日本', reading: 'にほん' });
    const list = await service.handle({ type: 'reading-fix-list' });
    expect(list.ok && list.fixes).toEqual([
      { surface: '間', reading: 'ま' },
      { surface: '日本', reading: 'にほん' },
    ]);
    expect(await service.handle({ type: 'reading-fix-remove', surface: '間' })).toEqual({
      ok: true,
      removed: true,
    });
    expect(await service.handle({ type: 'reading-fix-remove', surface: '間' })).toEqual({
      ok: true,
      removed: false,
    });
    expect(await service.overrides()).toEqual([{ surface: '日本', reading: 'にほん' }]);
  });

  it('reports a storage failure clearly and keeps the earlier corrections', async () => {
    const storage = new MemoryStorage();
    const service = createReadingFixService(newStore(storage));
    await service.handle({ type: 'reading-fix-set', surface: '間', reading: 'ま' });
    storage.failNextWrite = new Error('QUOTA_BYTES quota exceeded');
    const r = await service.handle({ type: 'reading-fix-set', surface: '日本', reading: 'にっぽん' });
    expect(r).toMatchObject({ ok: false, code: 'storage-failed' });
    expect(!r.ok && r.message).toMatch(/storage for Yomitoki is full/);
    expect(await service.overrides()).toEqual([{ surface: '間', reading: 'ま' }]);
  });

  it('reads the corrections again after a service-worker restart (a new store over the same storage)', async () => {
    const storage = new MemoryStorage();
    await createReadingFixService(newStore(storage)).handle({
      type: 'reading-fix-set',
      surface: '間',
      reading: 'ま',
    });
    const restarted = createReadingFixService(newStore(storage));
    expect(await restarted.overrides()).toEqual([{ surface: '間', reading: 'ま' }]);
  });

  it('gives no corrections, not an error, when storage cannot be read', async () => {
    const warnings: string[] = [];
    const storage = new MemoryStorage();
    storage.get = () => Promise.reject(new Error('disk gone'));
    const service = createReadingFixService(newStore(storage), { warn: (m) => warnings.push(m) });
    expect(await service.overrides()).toEqual([]);
    expect(warnings.join()).toMatch(/disk gone/);
  });

  it('leaves out corrections the core would ignore (e.g. from an edited backup)', () => {
    expect(
      usableFixes([
        { surface: '間', reading: 'ま' },
        { surface: 'かな', reading: 'かな' },
        { surface: '日本', reading: 'nippon' },
      ]),
    ).toEqual([{ surface: '間', reading: 'ま' }]);
  });

  it('is in the JSON backup, and importing the backup restores it', async () => {
    const store = newStore();
    const fixes = createReadingFixService(store);
    const vocab = createVocabService(store, { now: () => new Date(T0) });
    await fixes.handle({ type: 'reading-fix-set', surface: '間', reading: 'ま' });
    const exported = await vocab({ type: 'vocab-export', format: 'json' });
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    expect(JSON.parse(exported.content).readingCorrections).toEqual([{ surface: '間', reading: 'ま' }]);

    // A fresh profile: nothing until the backup is imported.
    const freshStore = newStore();
    const freshFixes = createReadingFixService(freshStore);
    const freshVocab = createVocabService(freshStore, { now: () => new Date(T0) });
    expect(await freshFixes.overrides()).toEqual([]);
    const preview = await freshVocab({ type: 'vocab-import', text: exported.content, apply: false });
    expect(preview.ok && preview.valid && preview.preview.readingCorrections).toBe(1);
    const applied = await freshVocab({ type: 'vocab-import', text: exported.content, apply: true });
    expect(applied.ok && applied.valid && applied.applied).toBe(true);
    expect(await freshFixes.overrides()).toEqual([{ surface: '間', reading: 'ま' }]);
    const list = await freshFixes.handle({ type: 'reading-fix-list' });
    expect(list.ok && list.fixes).toEqual([{ surface: '間', reading: 'ま' }]);
  });
});

describe('corrections on the way to the tokenizer host', () => {
  let tokenize: Tokenize;
  beforeAll(async () => {
    tokenize = await loadNodeTokenizer();
  });

  function recordingRouter(seen: HostAnnotateRequest[]): AnalysisRouter {
    return (async (req) => {
      if (req.type === 'annotate') seen.push(req);
      return { ok: true, results: [] };
    }) as AnalysisRouter;
  }

  it('attaches the current corrections to annotate requests, replacing any sent along', async () => {
    const seen: HostAnnotateRequest[] = [];
    let current = [{ surface: '間', reading: 'ま' }];
    const route = withReadingFixes(recordingRouter(seen), async () => current);
    await route({ type: 'annotate', texts: ['a'], overrides: [{ surface: '日本', reading: 'じゃぽん' }] });
    current = [];
    await route({ type: 'annotate', texts: ['b'] });
    expect(seen).toEqual([
      { type: 'annotate', texts: ['a'], overrides: [{ surface: '間', reading: 'ま' }] },
      { type: 'annotate', texts: ['b'] },
    ]);
  });

  it('leaves lookups and stats alone', async () => {
    const asked: unknown[] = [];
    const route = withReadingFixes(
      (async (req) => {
        asked.push(req);
        return { ok: true, result: null };
      }) as AnalysisRouter,
      async () => [{ surface: '間', reading: 'ま' }],
    );
    await route({ type: 'lookup', text: '間', offset: 0 });
    expect(asked).toEqual([{ type: 'lookup', text: '間', offset: 0 }]);
  });

  it('the host applies the overrides of a request, also with page context, and only for that request', async () => {
    const host = new TokenizerHost(async () => {
      const annotate = createAnnotator(tokenize, undefined);
      return { tokenize, annotate };
    }, 'test');
    const text = '東京と大阪の間';
    const plain = await host.handle({ type: 'annotate', texts: [text] });
    const fixed = await host.handle({
      type: 'annotate',
      texts: [text, '大阪の間'],
      contexts: [
        { before: '', after: '' },
        { before: '東京と', after: 'で' },
      ],
      overrides: [{ surface: '間', reading: 'ま' }],
    });
    const after = await host.handle({ type: 'annotate', texts: [text] });
    expect(plain.ok && rubyOver(text, plain.results[0]!, '間')).toBe('あいだ');
    expect(fixed.ok && rubyOver(text, fixed.results[0]!, '間')).toBe('ま');
    expect(fixed.ok && rubyOver('大阪の間', fixed.results[1]!, '間')).toBe('ま');
    expect(after.ok && rubyOver(text, after.results[0]!, '間')).toBe('あいだ');
  });

  it('end to end in the background: set a correction, the next annotation shows it; remove it, it is gone', async () => {
    const fixes = createReadingFixService(newStore());
    const host = new TokenizerHost(
      async () => ({ tokenize, annotate: createAnnotator(tokenize, undefined) }),
      'test',
    );
    const route = withReadingFixes((req) => host.handle(req), fixes.overrides);
    const reading = async (text: string, base: string) => {
      const r = (await route({ type: 'annotate', texts: [text] })) as Responses['annotate'];
      return r.ok ? rubyOver(text, r.results[0]!, base) : `failed: ${r.message}`;
    };
    const text = '会議が行われる。日本の会社';
    expect(await reading(text, '行')).toBe('おこな');
    expect(await reading(text, '日本')).toBe('にほん');
    await fixes.handle({ type: 'reading-fix-set', surface: '行われる', reading: 'いわれる' });
    await fixes.handle({ type: 'reading-fix-set', surface: '日本', reading: 'にっぽん' });
    expect(await reading(text, '行')).toBe('い');
    expect(await reading(text, '日本')).toBe('にっぽん');
    await fixes.handle({ type: 'reading-fix-remove', surface: '日本' });
    expect(await reading(text, '日本')).toBe('にほん');
    expect(await reading(text, '行')).toBe('い');
  });
});
