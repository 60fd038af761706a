import { afterEach, describe, expect, it } from 'vitest';
import { OwnNodes } from '../../src/content/own-nodes';
import { joinLineBreaks, textAtCaret } from '../../src/content/popup/text-at-point';

afterEach(() => document.body.replaceChildren());

/** The position textAtCaret reads when the pointer is on `node` at `offset`. */
const at = (node: Node, offset = 0) =>
  textAtCaret(document, new OwnNodes(), { node: node as Text, offset }, 0, 0)!;

describe('the text under the pointer is read across the page markup', () => {
  it('joins a name split by a line break in the source, keeping the offset on the hovered character', () => {
    const p = document.createElement('p');
    p.append('ＩＭＦのゲオルギ\n    エワ専務理事');
    document.body.append(p);
    const pos = at(p.firstChild!, 'ＩＭＦのゲオルギ\n    エ'.length - 1);
    expect(pos.text).toBe('ＩＭＦのゲオルギエワ専務理事');
    expect(pos.text[pos.offset]).toBe('エ');
  });

  it('joins inline elements and the whitespace the source puts between them', () => {
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.textContent = 'ゲオルギ';
    const b = document.createElement('span');
    b.textContent = 'エワ';
    p.append('専務理事の', a, '\n  ', b, '氏');
    document.body.append(p);
    const pos = at(b.firstChild!, 0);
    expect(pos.text).toBe('専務理事のゲオルギエワ氏');
    expect(pos.offset).toBe('専務理事のゲオルギ'.length);
  });

  it("leaves out the page's own furigana, so a word with <rt> readings stays one word", () => {
    const p = document.createElement('p');
    const ruby = document.createElement('ruby');
    const rt = document.createElement('rt');
    rt.textContent = 'ちゅうし';
    ruby.append('中止', rt);
    p.append(ruby, 'せざるを得ない');
    document.body.append(p);
    const pos = at(ruby.firstChild!, 0);
    expect(pos.text).toBe('中止せざるを得ない');
  });

  it('keeps line breaks that separate Latin words', () => {
    expect(joinLineBreaks('New\nYork').text).toBe('New\nYork');
    const j = joinLineBreaks('東京\n  都');
    expect(j.text).toBe('東京都');
    expect([j.at(0), j.at(2), j.at(3), j.at(5), j.at(6)]).toEqual([0, 2, 2, 2, 3]);
  });
});
