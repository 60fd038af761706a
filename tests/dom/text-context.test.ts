import { describe, expect, it } from 'vitest';
import { textContextOf } from '../../src/content/furigana/text-context';

function textNode(html: string, text: string): Text {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data === text) return n as Text;
  throw new Error(`no text node ${text}`);
}

describe('the text around a node split off by markup', () => {
  it.each([
    ['<p>岸田<a href="#">首相</a>は述べた</p>', '首相', '岸田', 'は述べた'],
    ['<p><b>行</b>われる</p>', '行', '', 'われる'],
    ['<p>英国と中国の<span><b>間</b></span>で</p>', '間', '英国と中国の', 'で'],
    ['<div>前の段落</div><p>本文</p>', '本文', '', ''],
    ['<p>改行<br>後の行</p>', '後の行', '', ''],
    ['<p>式<code>x=1</code>の値</p>', 'の値', '', ''],
  ])('%s: %s', (html, text, before, after) => {
    expect(textContextOf(textNode(html, text))).toEqual({ before, after });
  });

  it('limits the context length', () => {
    const ctx = textContextOf(textNode(`<p>${'あ'.repeat(100)}<b>本</b>${'い'.repeat(100)}</p>`, '本'), 10);
    expect(ctx.before).toBe('あ'.repeat(10));
    expect(ctx.after).toBe('い'.repeat(10));
  });
});
