/**
 * Split a long text into pieces of at most `max` UTF-16 units, preferring sentence ends (。！？
 * and newlines) so readings that depend on context stay intact. Never splits a surrogate pair.
 */
export function splitLongText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    let cut = -1;
    for (let i = start + max; i > start + max / 2; i--) {
      if ('。！？!?\n'.includes(text[i - 1]!)) {
        cut = i;
        break;
      }
    }
    if (cut < 0) {
      cut = start + max;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}
