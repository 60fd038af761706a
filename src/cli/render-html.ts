import type { Annotation } from '../core/types';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Render text with ruby as HTML; paragraphs split on blank lines. Everything is escaped. */
export function renderHtmlDocument(text: string, annotator: (text: string) => Annotation): string {
  const paragraphs = text.split(/\n\s*\n|\n/).filter((p) => p.trim() !== '');
  const body = paragraphs.map((p) => `<p>${renderParagraph(p, annotator(p))}</p>`).join('\n');
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>Yomitoki</title>
<style>
body { font-family: "IPAGothic", sans-serif; max-width: 42em; margin: 2em auto; line-height: 2.2; }
rt { font-size: 0.5em; user-select: none; }
abbr { text-decoration: underline dotted; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function renderRuby(text: string, ann: Annotation, from: number, to: number): string {
  let out = '';
  let i = from;
  for (const r of ann.ruby) {
    if (r.start < i || r.start < from || r.end > to) continue;
    out += escapeHtml(text.slice(i, r.start));
    out += `<ruby>${escapeHtml(r.base)}<rp>(</rp><rt>${escapeHtml(r.reading)}</rt><rp>)</rp></ruby>`;
    i = r.end;
  }
  return out + escapeHtml(text.slice(i, to));
}

/** Glossary terms become <abbr> with the English and description as their title. */
function renderParagraph(text: string, ann: Annotation): string {
  let out = '';
  let i = 0;
  for (const t of ann.terms) {
    if (t.start < i) continue;
    // A ruby that crosses the term's edge would be cut: leave such a term unmarked.
    const crosses = (r: { start: number; end: number }) =>
      r.start < t.end && r.end > t.start && (r.start < t.start || r.end > t.end);
    if (ann.ruby.some(crosses)) continue;
    out += renderRuby(text, ann, i, t.start);
    const title = [t.english, t.description].filter(Boolean).join(' — ');
    out += `<abbr class="term ${escapeHtml(t.kind)}" title="${escapeHtml(title)}">${renderRuby(text, ann, t.start, t.end)}</abbr>`;
    i = t.end;
  }
  return out + renderRuby(text, ann, i, text.length);
}
