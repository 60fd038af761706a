/**
 * Plain user text → HTML for Anki fields (Anki imports with `#html:true` and AnkiConnect fields are
 * HTML too). Page text is never trusted: every special character is escaped.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Escaped text with line breaks as <br> (a raw newline would render as a space in a card) and tabs as
 * a character reference, so the result never contains a tab, newline or double quote.
 */
export function textToHtml(text: string): string {
  return escapeHtml(text)
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/\t/g, '&#9;');
}
