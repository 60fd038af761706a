import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src/core/types';
import {
  findJapaneseTextNodes,
  findJapaneseTextNodesInSlices,
} from '../../src/content/furigana/find-text-nodes';
import { FuriganaController } from '../../src/content/furigana/furigana-controller';
import { flushMicrotasks, handled } from '../helpers/settle';

/** A stand-in tokenizer host: ruby over every kanji with the reading "か", terms over "CISA". */
function fakeAnnotate(texts: string[]): Promise<Annotation[]> {
  return Promise.resolve(
    texts.map((t) => {
      const ruby = [...t.matchAll(/[\u4e00-\u9fff]/g)].map((m) => ({
        start: m.index,
        end: m.index + 1,
        base: m[0],
        reading: 'か',
      }));
      const terms = [...t.matchAll(/CISA/g)].map((m) => ({
        start: m.index,
        end: m.index + 4,
        surface: 'CISA',
        english: 'Cybersecurity and Infrastructure Security Agency',
        kind: 'acronym' as const,
        source: 'news',
      }));
      return { ruby, terms };
    }),
  );
}

const live: FuriganaController[] = [];
afterEach(() => {
  for (const c of live.splice(0)) c.disable();
});

function setup(html: string) {
  document.body.replaceChildren();
  // Test fixture markup parsed into a separate document, then adopted.
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.append(...Array.from(parsed.body.childNodes).map((n) => document.adoptNode(n)));
  let calls = 0;
  const controller = new FuriganaController(document, {
    annotateTexts: (t) => {
      calls++;
      return fakeAnnotate(t);
    },
  });
  live.push(controller);
  return { controller, calls: () => calls };
}

describe('which text is annotated', () => {
  it.each([
    ['<p>漢字</p>', 1],
    ['<p>ひらがなだけ</p>', 1],
    ['<p>English only</p>', 0],
    ['<script>var a = "漢字";</script>', 0],
    ['<style>/* 漢字 */</style>', 0],
    ['<textarea>漢字</textarea>', 0],
    ['<select><option>漢字</option></select>', 0],
    ['<code>漢字</code>', 0],
    ['<div contenteditable="true"><p>漢字</p></div>', 0],
    ['<svg><text>漢字</text></svg>', 0],
    ['<ruby>漢字<rt>かんじ</rt></ruby>', 0],
    ['<p>一<b>二</b>三</p>', 3],
  ])('%s → %i text nodes', (html, n) => {
    setup(html);
    expect(findJapaneseTextNodes(document.body)).toHaveLength(n);
  });
});

describe('apply and remove', () => {
  it('puts ruby over kanji and keeps textContent unchanged (readings are CSS generated content)', async () => {
    const { controller } = setup('<p id="p">日本語の文章です。CISAも。</p><input id="i" value="漢字">');
    const before = document.body.textContent;
    await controller.enable();
    expect(document.querySelectorAll('ruby.ytk-ruby')).toHaveLength(5);
    expect(document.querySelector('rt')?.getAttribute('data-r')).toBe('か');
    expect(document.querySelector('rt')?.textContent).toBe('');
    expect(document.body.textContent).toBe(before);
    expect(document.querySelector('span.ytk-term')?.textContent).toBe('CISA');
    expect((document.getElementById('i') as HTMLInputElement).value).toBe('漢字');
  });

  it('off restores the very same text nodes, leaving the DOM exactly as it was', async () => {
    const { controller } = setup('<article><h1>見出し</h1><p>本文<b>強調</b>と終わり。</p></article>');
    const p = document.querySelector('p')!;
    const originalNodes = Array.from(p.childNodes);
    const htmlBefore = document.body.outerHTML;
    await controller.enable();
    expect(document.querySelectorAll('ruby').length).toBeGreaterThan(0);
    controller.disable();
    expect(document.body.outerHTML).toBe(htmlBefore);
    expect(Array.from(p.childNodes)).toEqual(originalNodes);
    expect(p.childNodes[0]).toBe(originalNodes[0]);
  });

  it('can be enabled again after being disabled', async () => {
    const { controller } = setup('<p>漢字</p>');
    await controller.enable();
    controller.disable();
    await controller.enable();
    expect(document.querySelectorAll('ruby')).toHaveLength(2);
  });

  it('leaves a node alone when the page changed its text while the host was working', async () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = '古い文';
    document.body.append(p);
    let changed = false;
    const controller = new FuriganaController(document, {
      annotateTexts: async (texts) => {
        if (!changed) (p.firstChild as Text).data = '新しい';
        changed = true;
        return fakeAnnotate(texts);
      },
    });
    live.push(controller);
    await controller.enable();
    await handled(controller);
    // The stale result is dropped; the changed text is annotated on its own pass.
    expect(p.textContent).toBe('新しい');
    expect(p.querySelectorAll('ruby')).toHaveLength(1);
  });
});

describe('dynamic pages', () => {
  it('annotates content added later (infinite scroll) without reacting to its own changes', async () => {
    const { controller, calls } = setup('<main><p>最初の記事</p></main>');
    await controller.enable();
    const callsAfterFirst = calls();
    await handled(controller);
    expect(calls()).toBe(callsAfterFirst); // our own insertions did not trigger more work
    const more = document.createElement('p');
    more.textContent = '追加の記事';
    document.querySelector('main')!.append(more);
    await handled(controller);
    expect(more.querySelectorAll('ruby')).toHaveLength(4);
    await handled(controller);
    expect(calls()).toBe(callsAfterFirst + 1);
  });

  it('annotates Japanese added later to a page that had none when it was enabled', async () => {
    const { controller } = setup('<main><p>English only</p></main>');
    await controller.enable();
    const added = document.createElement('p');
    added.textContent = '追加の記事';
    document.querySelector('main')!.append(added);
    await handled(controller);
    expect(added.querySelectorAll('ruby')).toHaveLength(4);
  });

  it('keeps one queue runner when re-enabled while a request of the previous pass is still out', async () => {
    document.body.replaceChildren();
    const first = document.createElement('p');
    first.textContent = '最初の記事';
    document.body.append(first);
    // A host whose answers the test releases one by one.
    const answers: (() => void)[] = [];
    let inFlight = 0;
    const controller = new FuriganaController(document, {
      annotateTexts: (texts) => {
        inFlight++;
        return new Promise((resolve) =>
          answers.push(() => {
            inFlight--;
            resolve(fakeAnnotate(texts));
          }),
        );
      },
    });
    live.push(controller);
    void controller.enable();
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    controller.disable(); // as after a reading correction: off, then on again at once
    void controller.enable();
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[0]!(); // the stale pass ends while the new pass still waits for its answer
    await flushMicrotasks();
    const added = document.createElement('p');
    added.textContent = '追加の記事';
    document.body.append(added);
    await flushMicrotasks();
    let idle = false;
    void controller.idle().then(() => (idle = true));
    await flushMicrotasks();
    expect(idle).toBe(false); // the new pass is still working
    expect(inFlight).toBe(1); // and the added text waits for it instead of starting a second runner
    // Answer each request as it comes until the controller is done.
    let answered = 1;
    while (!idle) {
      await vi.waitFor(() => expect(idle || answers.length > answered).toBe(true));
      if (answers.length > answered) answers[answered++]!();
    }
    expect(first.querySelectorAll('ruby')).toHaveLength(4);
    expect(added.querySelectorAll('ruby')).toHaveLength(4);
  });

  it('follows text changes in place (SPA re-render)', async () => {
    const { controller } = setup('<div id="app"><p>旧</p></div>');
    await controller.enable();
    const app = document.getElementById('app')!;
    const fresh = document.createElement('p');
    fresh.textContent = '新記事';
    app.replaceChildren(fresh);
    await handled(controller);
    expect(app.querySelectorAll('ruby')).toHaveLength(3);
  });

  it('gives up on an element that keeps undoing our changes instead of looping', async () => {
    const { controller, calls } = setup('<p id="fight">戦う</p>');
    const p = document.getElementById('fight')!;
    let undone = 0;
    const observer = new MutationObserver(() => {
      if (!p.querySelector('ruby')) return;
      p.textContent = '戦う';
      undone++;
    });
    observer.observe(p, { childList: true, subtree: true });
    await controller.enable();
    // The fight is over when every annotation was undone and the controller has nothing left to do.
    await vi.waitFor(async () => {
      await handled(controller);
      expect(p.querySelector('ruby')).toBeNull();
      expect(undone).toBe(calls());
    });
    observer.disconnect();
    expect(calls()).toBeLessThan(10);
  });

  it('does nothing once disabled', async () => {
    const { controller, calls } = setup('<main></main>');
    await controller.enable();
    controller.disable();
    const p = document.createElement('p');
    p.textContent = '無視';
    document.querySelector('main')!.append(p);
    await flushMicrotasks();
    expect(p.querySelector('ruby')).toBeNull();
    expect(calls()).toBe(0);
  });
});

describe('scanning a long page in slices', () => {
  it('finds the same nodes as a single pass, yielding to the page between slices', async () => {
    setup(Array.from({ length: 500 }, (_, i) => `<p>記事${i}<b>本文</b><code>漢字</code></p>`).join(''));
    let clock = 0;
    let yields = 0;
    const nodes = await findJapaneseTextNodesInSlices(
      document.body,
      8,
      async () => {
        yields++;
      },
      () => (clock += 10), // every clock read advances 10 ms: each check ends the slice
    );
    expect(nodes).toEqual(findJapaneseTextNodes(document.body));
    expect(nodes).toHaveLength(1000);
    expect(yields).toBeGreaterThan(10);
  });
});
