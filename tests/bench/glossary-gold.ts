/**
 * Scores glossary terms against tests/fixtures/glossary-gold (the project's own news-style articles
 * and their expected terms). Recall: share of gold entities (places aside) whose every occurrence is
 * covered by a term of exactly that span with a right English. Wrong: terms whose English is wrong on
 * a gold span, or that cover a gold span only partly (ＪＲ inside ＪＲ東海, ワシントン inside
 * ワシントン・ポスト). Terms on no gold span are listed for review, not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { GlossaryTerm } from '../../src/core/types';

export interface GoldRow {
  article: string;
  surface: string;
  kind: string;
  english: string[];
  split: 'tune' | 'heldout' | 'heldout2';
}

export interface GoldArticle {
  id: string;
  file: string;
  text: string;
  rows: GoldRow[];
}

const GOLD_DIR = new URL('../fixtures/glossary-gold/', import.meta.url);

export function loadGold(): GoldArticle[] {
  const rows = readFileSync(new URL('gold.tsv', GOLD_DIR), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .slice(1)
    .map((l): GoldRow => {
      const [article = '', surface = '', kind = '', english = '', split = ''] = l.split('\t');
      return {
        article,
        surface,
        kind,
        english: english.split('|'),
        split: split === 'heldout' || split === 'heldout2' ? (split as 'heldout' | 'heldout2') : 'tune',
      };
    });
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = file.slice(0, 2);
      return {
        id,
        file,
        text: readFileSync(new URL(file, GOLD_DIR), 'utf8'),
        rows: rows.filter((r) => r.article === id),
      };
    });
}

/** Lower case, no accents, letters and digits only: "Okonjo-Iweala" ≈ "okonjo iweala". */
export function normaliseEnglish(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function englishMatches(english: string, accepted: readonly string[]): boolean {
  const got = ` ${normaliseEnglish(english)} `;
  return accepted.some((a) => got.includes(` ${normaliseEnglish(a)} `));
}

interface Occurrence {
  row: GoldRow;
  start: number;
  end: number;
}

/** Occurrences of the gold surfaces, longest first; a shorter surface inside a longer one's span is not its own. */
function occurrences(a: GoldArticle): Occurrence[] {
  const claimed = new Uint8Array(a.text.length);
  const out: Occurrence[] = [];
  for (const row of [...a.rows].sort((x, y) => y.surface.length - x.surface.length)) {
    for (let i = a.text.indexOf(row.surface); i >= 0; i = a.text.indexOf(row.surface, i + 1)) {
      const end = i + row.surface.length;
      if (claimed.subarray(i, end).some((c) => c === 1)) continue;
      claimed.fill(1, i, end);
      out.push({ row, start: i, end });
    }
  }
  return out;
}

export interface ArticleScore {
  found: GoldRow[];
  missed: { row: GoldRow; got: string }[];
  wrong: { term: GlossaryTerm; expected: string }[];
  places: { total: number; right: number; missed: string[] };
  unlisted: GlossaryTerm[];
}

export function scoreArticle(a: GoldArticle, terms: readonly GlossaryTerm[]): ArticleScore {
  const occ = occurrences(a);
  const score: ArticleScore = {
    found: [],
    missed: [],
    wrong: [],
    places: { total: 0, right: 0, missed: [] },
    unlisted: [],
  };
  const bad = new Set<GoldRow>();
  const seenRows = new Set<GoldRow>();
  for (const o of occ) {
    seenRows.add(o.row);
    const exact = terms.find((t) => t.start === o.start && t.end === o.end);
    const ok = !!exact && englishMatches(exact.english, o.row.english);
    if (!ok && !bad.has(o.row)) {
      bad.add(o.row);
      if (o.row.kind !== 'none' && o.row.kind !== 'place')
        score.missed.push({ row: o.row, got: exact ? `${exact.english} (${exact.kind})` : '—' });
    }
  }
  for (const row of seenRows) {
    if (row.kind === 'none') continue;
    if (row.kind === 'place') {
      score.places.total++;
      if (!bad.has(row)) score.places.right++;
      else score.places.missed.push(row.surface);
    } else if (!bad.has(row)) score.found.push(row);
  }
  for (const row of a.rows)
    if (!seenRows.has(row)) throw new Error(`gold ${a.id}: ${row.surface} does not occur in ${a.file}`);
  for (const t of terms) {
    const over = occ.filter((o) => o.start < t.end && t.start < o.end);
    if (over.length === 0) {
      score.unlisted.push(t);
      continue;
    }
    for (const o of over) {
      const exact = o.start === t.start && o.end === t.end;
      if (!exact || !englishMatches(t.english, o.row.english))
        score.wrong.push({ term: t, expected: `${o.row.surface} = ${o.row.english.join(' | ')}` });
    }
  }
  return score;
}
