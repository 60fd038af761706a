import { describe, expect, it, vi } from 'vitest';
import { flushMicrotasks } from '../helpers/settle';

// The content script's entry over a stand-in background: the page-state answer is held back so the
// test decides what arrives first.
type Listener = (raw: unknown) => unknown;
const { listeners, pageStateAnswer } = vi.hoisted(() => {
  let answer!: (state: { enabled: boolean; siteDisabled: boolean; site: string }) => void;
  const pending = new Promise<{ enabled: boolean; siteDisabled: boolean; site: string }>((r) => (answer = r));
  return {
    listeners: [] as Listener[],
    pageStateAnswer: { pending, answer: (s: Parameters<typeof answer>[0]) => answer(s) },
  };
});
vi.mock('webextension-polyfill', () => {
  const empty = {
    get: () => Promise.resolve({}),
    set: () => Promise.resolve(),
    remove: () => Promise.resolve(),
  };
  return {
    default: {
      runtime: { onMessage: { addListener: (fn: Listener) => listeners.push(fn) } },
      storage: { sync: empty, local: empty, onChanged: { addListener: () => undefined } },
    },
  };
});
vi.mock('../../src/content/background-client', () => ({
  request: () => Promise.reject(new Error('no background in this test')),
  pageState: () => pageStateAnswer.pending,
  annotateTexts: (texts: string[]) =>
    Promise.resolve(
      texts.map((t) => ({
        ruby: [...t.matchAll(/[\u4e00-\u9fff]/g)].map((m) => ({
          start: m.index,
          end: m.index + 1,
          base: m[0],
          reading: 'か',
        })),
        terms: [],
      })),
    ),
}));

// happy-dom's IntersectionObserver never reports: a stand-in viewport in which everything is near.
// Furigana being switched on starts one (it watches the viewport), so the count tells whether it was.
let viewportWatchers = 0;
vi.stubGlobal(
  'IntersectionObserver',
  class {
    constructor(private readonly cb: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
      viewportWatchers++;
    }
    observe(target: Element) {
      queueMicrotask(() => this.cb([{ target, isIntersecting: true }]));
    }
    unobserve() {}
    disconnect() {}
  },
);

describe('content script start', () => {
  it('a switch pushed while the page loads wins over the state asked for at start', async () => {
    const p = document.createElement('p');
    p.textContent = '漢字の記事';
    document.body.replaceChildren(p);
    await import('../../src/content/index');
    // The reader turns furigana off (Alt+Shift+F) before the first answer arrives…
    for (const l of listeners) l({ type: 'apply-enabled', enabled: false });
    // …which was computed before the switch and still says "on".
    pageStateAnswer.answer({ enabled: true, siteDisabled: false, site: 'news.example' });
    // The answer reaches the entry through settled promises only: once they ran, it was handled.
    await flushMicrotasks();
    expect(viewportWatchers).toBe(0);
    expect(p.querySelectorAll('ruby')).toHaveLength(0);
    // The next switch still applies.
    for (const l of listeners) l({ type: 'apply-enabled', enabled: true });
    await vi.waitFor(() => expect(p.querySelectorAll('ruby')).toHaveLength(4));
    // No marker of ours on the page once done: nothing tells a page that Yomitoki is there.
    expect(document.documentElement.getAttributeNames()).toEqual([]);
    expect(document.body.getAttributeNames()).toEqual([]);
  });
});
