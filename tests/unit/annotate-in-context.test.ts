import { beforeAll, describe, expect, it } from 'vitest';
import { annotateInContext } from '../../src/core/annotate-in-context';
import { annotate } from '../../src/core/annotate';
import { loadNodeTokenizer } from '../../src/tokenizer-host/node-dictionary';
import type { Annotation, Tokenize } from '../../src/core/types';

let run: (text: string) => Annotation;
beforeAll(async () => {
  const tokenize: Tokenize = await loadNodeTokenizer();
  run = (t) => annotate(t, tokenize);
});

const readings = (a: Annotation) => a.ruby.map((r) => `${r.base}:${r.reading}`);

describe('text split by markup is read in its sentence', () => {
  it.each([
    // <b>行</b>われる: alone, 行 is a noun (ぎょう/こう); in its sentence it is 行う.
    ['', '行', 'われる予定だ', ['行:おこな']],
    // の<b>間</b>で: 間 after の reads あいだ in a sentence, not ま.
    ['英国と中国の', '間', 'で対立', ['間:あいだ']],
  ])('%s[%s]%s → %j', (before, text, after, expected) => {
    expect(readings(annotateInContext(run, text, before, after))).toEqual(expected);
  });

  it('keeps offsets relative to the piece', () => {
    const a = annotateInContext(run, '首相は', '岸田', '述べた');
    for (const r of a.ruby) expect('首相は'.slice(r.start, r.end)).toBe(r.base);
  });

  it('falls back to the piece alone where a compound crosses the markup (東京|都)', () => {
    const a = annotateInContext(run, '東京', '', '都庁');
    expect(a.ruby.map((r) => '東京'.slice(r.start, r.end)).join('')).toBe('東京');
  });

  it('is the plain pipeline without context', () => {
    expect(annotateInContext(run, '漢字', '', '')).toEqual(run('漢字'));
  });
});
