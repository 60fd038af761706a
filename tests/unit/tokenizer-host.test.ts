import { describe, expect, it } from 'vitest';
import { TokenizerHost } from '../../src/tokenizer-host/tokenizer-host';
import { afterEach, vi } from 'vitest';
import { loadBrowserTokenizer } from '../../src/tokenizer-host/load-tokenizer-browser';
import { DictionaryLoadError } from '../../src/tokenizer-host/load-error';
import { fetchPackagedFiles } from '../../src/tokenizer-host/packaged-files';
import { compactIpadicBytes, loadNodeTokenizer } from '../../src/tokenizer-host/node-dictionary';
import { annotate } from '../../src/core/annotate';

describe('browser dictionary loader', () => {
  afterEach(() => vi.unstubAllGlobals());
  const serve = (res: () => Response) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => res()),
    );

  it('names the file and the HTTP status when the fetch fails', async () => {
    serve(() => new Response('missing', { status: 404 }));
    const err = await loadBrowserTokenizer(
      fetchPackagedFiles((path) => `chrome-extension://x/${path}`),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DictionaryLoadError);
    expect((err as Error).message).toContain('ipadic.bin');
    expect((err as Error).message).toContain('HTTP 404');
  });

  it('rejects an empty file and a file that is not a compiled dictionary', async () => {
    serve(() => new Response(new Uint8Array(0)));
    expect(
      String(
        await loadBrowserTokenizer(fetchPackagedFiles((path) => `https://x/${path}`)).catch(
          (e: unknown) => e,
        ),
      ),
    ).toMatch(/empty file/);
    serve(() => new Response(new TextEncoder().encode('<html>not found</html>')));
    expect(
      String(
        await loadBrowserTokenizer(fetchPackagedFiles((path) => `https://x/${path}`)).catch(
          (e: unknown) => e,
        ),
      ),
    ).toMatch(/not a compact IPADIC/);
  });

  it('rejects a truncated file instead of reading past its end', async () => {
    const bytes = await compactIpadicBytes();
    serve(() => new Response(bytes.slice(0, bytes.length >> 1) as Uint8Array<ArrayBuffer>));
    expect(
      String(
        await loadBrowserTokenizer(fetchPackagedFiles((path) => `https://x/${path}`)).catch(
          (e: unknown) => e,
        ),
      ),
    ).toMatch(/runs past the end/);
  });

  it('loads the packaged bytes and tokenizes with them', async () => {
    const bytes = await compactIpadicBytes();
    serve(() => new Response(bytes as Uint8Array<ArrayBuffer>));
    const tokenize = await loadBrowserTokenizer(fetchPackagedFiles((path) => `https://x/${path}`));
    expect(tokenize('日本語を読む').map((t) => t.surface)).toEqual(['日本語', 'を', '読む']);
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
      if (attempt++ === 0) throw new DictionaryLoadError('ipadic.bin', new Error('HTTP 404'));
      return { tokenize, annotate: (t) => annotate(t, tokenize) };
    }, 'test');
    const first = await host.handle({ type: 'annotate', texts: ['漢字'] });
    expect(first).toMatchObject({ ok: false, code: 'dictionary-unavailable' });
    expect(!first.ok && first.message).toContain('ipadic.bin');
    const second = await host.handle({ type: 'annotate', texts: ['漢字'] });
    expect(second.ok).toBe(true);
  });
});
