import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src/core/types';
import { FuriganaController } from '../../src/content/furigana/furigana-controller';
import { stubViewport } from '../helpers/viewport-stub';
import { handled } from '../helpers/settle';

/** A stand-in host: one ruby over each run of kanji, reading か per kanji; records what it was sent. */
function host() {
  const sent: string[] = [];
  const annotateTexts = (texts: string[]): Promise<Annotation[]> => {
    sent.push(...texts);
    return Promise.resolve(
      texts.map((t) => ({
        ruby: [...t.matchAll(/[\u4e00-\u9fff]+/g)].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
          base: m[0],
          reading: 'か'.repeat(m[0].length),
        })),
        terms: [],
      })),
    );
  };
  return { sent, annotateTexts };
}

const live: FuriganaController[] = [];
afterEach(() => {
  for (const c of live.splice(0)) c.disable();
  vi.unstubAllGlobals();
});

function page(html: string) {
  document.body.replaceChildren();
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.append(...Array.from(parsed.body.childNodes).map((n) => document.adoptNode(n)));
  const h = host();
  const controller = new FuriganaController(document, { annotateTexts: h.annotateTexts });
  live.push(controller);
  return { controller, sent: h.sent };
}

describe('a word split by comments or empty elements is read as one', () => {
  it('岸<!---->田<!---->文<!---->雄 goes to the host as 岸田文雄, under one ruby that keeps the comments', async () => {
    const { controller, sent } = page(
      '<p id="p">岸<!---->田<!---->文<!---->雄氏は<span></span>山<span></span>田です</p>',
    );
    const p = document.getElementById('p')!;
    const before = p.innerHTML;
    const nodes = Array.from(p.childNodes);
    await controller.enable();
    expect(sent).toEqual(['岸田文雄氏は山田です']);
    const ruby = p.querySelector('ruby')!;
    expect(ruby.firstChild?.textContent).toBe('岸');
    expect(Array.from(ruby.childNodes).filter((n) => n.nodeType === 8)).toHaveLength(3);
    expect(ruby.querySelector('rt')!.getAttribute('data-r')).toBe('かかかかか');
    expect(p.textContent).toBe('岸田文雄氏は山田です');
    controller.disable();
    expect(p.innerHTML).toBe(before);
    expect(Array.from(p.childNodes)).toEqual(nodes);
  });

  it('a <br> or text between ends the run', async () => {
    const { controller, sent } = page('<p>東京<br>大阪</p>');
    await controller.enable();
    expect(sent).toEqual(['東京', '大阪']);
  });
});

describe('characters that belong together stay together', () => {
  it('a variation selector stays with its kanji inside the ruby (葛󠄀飾)', async () => {
    const { controller } = page('<p id="p">葛\u{E0100}飾区と神\uFE00社</p>');
    const p = document.getElementById('p')!;
    await controller.enable();
    const bases = Array.from(p.querySelectorAll('ruby'), (r) => r.firstChild!.textContent);
    expect(bases).toEqual(['葛\u{E0100}', '飾区', '神\uFE00', '社']);
    expect(p.textContent).toBe('葛\u{E0100}飾区と神\uFE00社');
  });
});

describe('the page keeps its text nodes', () => {
  it('a framework writing to its text node shows the new text, annotated again', async () => {
    const { controller } = page('<p id="p">古い記事です</p>');
    const p = document.getElementById('p')!;
    const node = p.firstChild as Text;
    await controller.enable();
    expect(node.isConnected).toBe(true); // left in place, holding the text after our ruby
    node.data = '新しい見出し';
    await handled(controller);
    expect(p.textContent).toBe('新しい見出し');
    expect(Array.from(p.querySelectorAll('ruby'), (r) => r.firstChild!.textContent)).toEqual(['新', '見出']);
  });

  it('inserting before and removing its text node works and leaves none of ours behind', async () => {
    const { controller } = page('<p id="p">漢字の文</p>');
    const p = document.getElementById('p')!;
    const node = p.firstChild as Text;
    await controller.enable();
    const b = document.createElement('b');
    b.textContent = '前';
    p.insertBefore(b, node); // the page means: before all of its text
    await handled(controller);
    expect(p.textContent).toBe('前漢字の文');
    expect(() => p.removeChild(node)).not.toThrow();
    await handled(controller);
    expect(p.textContent).toBe('前');
  });
});

describe('long text and shadow roots', () => {
  it('one long text node is analysed in pieces and restored as the same node', async () => {
    const text = '政府は新しい方針を発表した。'.repeat(400);
    const { controller, sent } = page(`<p id="p">${text}</p>`);
    const p = document.getElementById('p')!;
    const node = p.firstChild as Text;
    await controller.enable();
    await controller.idle();
    expect(sent.length).toBeGreaterThan(5);
    expect(Math.max(...sent.map((s) => s.length))).toBeLessThanOrEqual(1200);
    expect(p.textContent).toBe(text);
    expect(p.querySelectorAll('ruby').length).toBe(400 * 4);
    controller.disable();
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(node);
    expect(node.data).toBe(text);
  });

  it('annotates open shadow roots, also one attached later to an element already there', async () => {
    const { controller } = page('<div id="a"></div><div id="b"></div>');
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    const inShadow = document.createElement('p');
    inShadow.textContent = '影の文章';
    a.append(inShadow);
    await controller.enable();
    expect(a.querySelectorAll('ruby')).toHaveLength(2);
    const b = document.getElementById('b')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = '後の影';
    b.append(p);
    // No mutation outside the new root tells of it: the sweep finds it.
    await vi.waitFor(() => expect(b.querySelectorAll('ruby')).toHaveLength(2));
    p.append(document.createTextNode('追加'));
    await handled(controller);
    expect(b.querySelectorAll('ruby')).toHaveLength(3);
  });
});

describe('only what the reader is about to see', () => {
  it('annotates an element when the viewport watcher reports it near, not before', async () => {
    const viewport = stubViewport();
    viewport.scrollTo((el) => el.id !== 'far');
    page('<p id="near">近い段落</p><p id="far">遠い段落</p>');
    live.pop()!.disable();
    const h = host();
    const controller = new FuriganaController(document, { annotateTexts: h.annotateTexts, lazy: true });
    live.push(controller);
    await controller.enable();
    expect(document.querySelectorAll('#near ruby')).toHaveLength(2);
    expect(document.querySelectorAll('#far ruby')).toHaveLength(0);
    viewport.report(() => true); // the reader scrolled to it
    await handled(controller);
    expect(document.querySelectorAll('#far ruby')).toHaveLength(2);
  });
});
