import type { Annotation, RubySpan } from './types';

/**
 * Annotate a piece of text that a page split off from its sentence (`<a>首相</a>は`, `<b>行</b>われる`):
 * analyse it together with the text around it so readings follow the whole word, then keep what
 * falls inside the piece. A ruby that would cross the piece's edge (a compound split by markup,
 * `<a>東京</a>都`) is replaced by the piece's own analysis for that stretch, so no kanji goes bare.
 */
export function annotateInContext(
  annotate: (text: string) => Annotation,
  text: string,
  before: string,
  after: string,
): Annotation {
  if (!before && !after) return annotate(text);
  const whole = annotate(before + text + after);
  const from = before.length;
  const to = from + text.length;
  const inside = (s: { start: number; end: number }) => s.start >= from && s.end <= to;
  const crosses = (s: { start: number; end: number }) => s.start < to && s.end > from && !inside(s);
  const shift = <T extends { start: number; end: number }>(s: T): T => ({
    ...s,
    start: s.start - from,
    end: s.end - from,
  });

  const ruby: RubySpan[] = whole.ruby.filter(inside).map(shift);
  const crossing = whole.ruby
    .filter(crosses)
    .map((s) => ({ start: Math.max(s.start, from) - from, end: Math.min(s.end, to) - from }));
  if (crossing.length) {
    const alone = annotate(text);
    for (const r of alone.ruby) {
      const inGap = crossing.some((c) => r.start < c.end && r.end > c.start);
      const clashes = ruby.some((k) => r.start < k.end && r.end > k.start);
      if (inGap && !clashes) ruby.push(r);
    }
    ruby.sort((a, b) => a.start - b.start);
  }
  // Terms are marked only where they lie wholly inside the piece (a name split by markup keeps its
  // parts unmarked rather than marking half a name).
  const terms = whole.terms.filter(inside).map(shift);
  return { ruby, terms };
}
