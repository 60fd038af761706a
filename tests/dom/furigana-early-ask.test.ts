import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src/core/types';
import { FuriganaController } from '../../src/content/furigana/furigana-controller';
import { stubViewport } from '../helpers/viewport-stub';

/** A stand-in host: one ruby over each run of kanji; records every request it gets. */
function host() {
  const requests: string[][] = [];
  const annotateTexts = (texts: string[]): Promise<Annotation[]> => {
    requests.push(texts);
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
  const sent = () => requests.flat();
  return { requests, sent, annotateTexts };
}

const live: FuriganaController[] = [];
afterEach(() => {
  for (const c of live.splice(0)) c.disable();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** A page of paragraphs: [id, text] each. */
function start(paragraphs: [string, string][]) {
  document.body.replaceChildren(
    ...paragraphs.map(([id, text]) => {
      const p = document.createElement('p');
      p.id = id;
      p.textContent = text;
      return p;
    }),
  );
  const viewport = stubViewport();
  const h = host();
  const controller = new FuriganaController(document, { annotateTexts: h.annotateTexts, lazy: true });
  live.push(controller);
  const enabled = controller.enable();
  return { controller, enabled, viewport, ...h };
}

describe('the top of a new page is asked for while the page renders', () => {
  it('the first paragraphs go to the host before the viewport reports; when it does, they are not asked again', async () => {
    const { enabled, viewport, requests, sent } = start([
      ['a', '東京の天気'],
      ['b', '大阪の雨'],
    ]);
    await vi.waitFor(() => expect(sent()).toEqual(['東京の天気', '大阪の雨']));
    expect(document.querySelectorAll('ruby')).toHaveLength(0); // nothing shown before it is near
    viewport.report(() => true);
    await enabled;
    expect(document.querySelectorAll('#a ruby, #b ruby')).toHaveLength(4);
    expect(requests.flat()).toEqual(['東京の天気', '大阪の雨']);
  });

  it('what is asked early is bounded: the rest of a long page waits until it comes near', async () => {
    const paragraph = '政府は会議で新しい計画を発表した。'.repeat(30); // 510 characters
    const { enabled, viewport, sent } = start(
      Array.from({ length: 40 }, (_, i): [string, string] => [`p${i}`, paragraph]),
    );
    await vi.waitFor(() => expect(sent().length).toBeGreaterThan(0));
    const early = sent().join('').length;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThanOrEqual(3600);
    viewport.report((el) => el.id === 'p0' || el.id === 'p1');
    await enabled;
    expect(document.querySelectorAll('#p0 ruby').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('#p39 ruby')).toHaveLength(0);
    expect(sent().join('').length).toBeLessThanOrEqual(3600); // p0 and p1 were among the early ones
  });

  it('turned off and on again (a reading fix, the shortcut), the top is not asked for early: the reader may be anywhere', async () => {
    const { controller, enabled, viewport, sent } = start([
      ['a', '東京の天気'],
      ['b', '大阪の雨'],
    ]);
    await vi.waitFor(() => expect(sent()).toHaveLength(2));
    viewport.report(() => true);
    await enabled;
    controller.disable();
    viewport.scrollTo((el) => el.id === 'b'); // the reader is further down now
    await controller.enable();
    // Only what is near now is asked again: the page's top is not asked for early a second time.
    expect(sent()).toEqual(['東京の天気', '大阪の雨', '大阪の雨']);
  });

  it('a paragraph the page rewrote after the early ask is asked again with its new text', async () => {
    const { enabled, viewport, sent } = start([['a', '東京の天気']]);
    await vi.waitFor(() => expect(sent()).toEqual(['東京の天気']));
    document.getElementById('a')!.firstChild!.textContent = '京都の天気';
    viewport.report(() => true);
    await enabled;
    await vi.waitFor(() => expect(document.querySelector('#a ruby')?.firstChild?.textContent).toBe('京都'));
    expect(sent()).toContain('京都の天気');
  });
});
