/**
 * Field rules shared by the schema (stored data, JSON backups) and the CSV importer, so a value is
 * accepted or refused the same way whatever the file format. Each check returns a reason or null.
 */

import { isKanaReading } from '../text/chars';

/** Empty (no reading) or kana: hiragana, katakana with ー and iteration marks, ・ in names. */
export function readingProblem(value: string): string | null {
  return value === '' || isKanaReading(value) ? null : `expected kana, got ${JSON.stringify(value)}`;
}

/** Links are shown and exported as <a href>: only page schemes, never javascript: or data:. */
const URL_SCHEMES = new Set(['http:', 'https:', 'file:']);

export function urlProblem(value: string): string | null {
  if (value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `not a valid URL: ${JSON.stringify(value)}`;
  }
  return URL_SCHEMES.has(url.protocol) ? null : `not an http(s) or file URL: ${JSON.stringify(value)}`;
}

const ISO_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

export function isoDateProblem(value: string): string | null {
  return ISO_RE.test(value) && !Number.isNaN(Date.parse(value))
    ? null
    : `expected an ISO 8601 date like 2026-11-25T09:30:00Z, got ${JSON.stringify(value)}`;
}

/** One spelling per instant so dates compare as strings. Call only on values isoDateProblem accepts. */
export function normalizeIsoDate(value: string): string {
  return new Date(value).toISOString();
}

export function sentenceOffsetProblem(sentence: string, surface: string, offset: number): string | null {
  if (!Number.isInteger(offset) || offset < 0) return `expected a whole number ≥ 0, got ${offset}`;
  if (!sentence.startsWith(surface, offset)) {
    return `${offset} does not point at ${JSON.stringify(surface)} in the sentence`;
  }
  return null;
}
