import { describe, expect, it } from 'vitest';
import { TokenizerHost } from '../../src/tokenizer-host/tokenizer-host';
import { buildKuromojiTokenizer, DictionaryLoadError } from '../../src/tokenizer-host/kuromoji-tokenizer';
import { loadNodeTokenizer } from '../../src/tokenizer-host/node-dictionary';
import { annotate } from '../../src/core/annotate';

describe('kuromoji dictionary loader', () => {
  it('names the file that failed, instead of building a half tokenizer', async () => {
    const err = await buildKuromojiTokenizer(async (name) => {
      if (name === 'cc.dat.gz') throw new Error('HTTP 404');
      return new ArrayBuffer(8);
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DictionaryLoadError);
    expect((err as Error).message).toContain('cc.dat.gz');
    expect((err as Error).message).toContain('HTTP 404');
  });

  it('rejects an empty file', async () => {
    const err = await buildKuromojiTokenizer(async () => new ArrayBuffer(0)).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/empty file/);
  });
});

describe('tokenizer host', () => {
  it('makes requests wait for the dictionary, loading it once', async () => {
    let loads = 0;
    const tokenize = await loadNodeTokenizer();
    const host = new TokenizerHost(async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 20));
      return { tokenize, annotate: (t) => annotate(t, tokenize) };
    }, 'test');
    const [a, b] = await Promise.all([
      host.handle({ type: 'annotate', texts: ['漢字'] }),
      host.handle({ type: 'annotate', texts: ['日本語', '読み'] }),
    ]);
    expect(loads).toBe(1);
    expect(a.ok && a.results[0]!.ruby[0]!.reading).toBe('かんじ');
    expect(b.ok && b.results).toHaveLength(2);
    const stats = await host.handle({ type: 'host-stats' });
    expect(stats.ok && stats.loaded).toBe(true);
  });

  it('reports a failed load to the caller and retries on the next request', async () => {
    let attempt = 0;
    const tokenize = await loadNodeTokenizer();
    const host = new TokenizerHost(async () => {
      if (attempt++ === 0) throw new DictionaryLoadError('base.dat.gz', new Error('HTTP 404'));
      return { tokenize, annotate: (t) => annotate(t, tokenize) };
    }, 'test');
    const first = await host.handle({ type: 'annotate', texts: ['漢字'] });
    expect(first).toMatchObject({ ok: false, code: 'dictionary-unavailable' });
    expect(!first.ok && first.message).toContain('base.dat.gz');
    const second = await host.handle({ type: 'annotate', texts: ['漢字'] });
    expect(second.ok).toBe(true);
  });
});
