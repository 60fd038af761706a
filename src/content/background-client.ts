import type { Annotation } from '../core/types';
import type { PageState, TextContext } from '../shared/messages';
import { RequestError } from '../shared/request-error';
import { sendToBackground, type Send } from '../shared/send';
import { splitLongText } from './furigana/split-text';

/** Typed request to the background (src/shared/send.ts); failures come back as `{ok:false}`. */
export const request: Send = sendToBackground;

const PIECE = 8000;

/**
 * Annotate texts through the tokenizer host. Long texts are split at sentence ends (the message
 * schema caps sizes) and the pieces' offsets are shifted back into place.
 */
export async function annotateTexts(texts: string[], contexts: TextContext[]): Promise<Annotation[]> {
  const pieces: string[] = [];
  const pieceContexts: TextContext[] = [];
  const owner: { index: number; offset: number }[] = [];
  texts.forEach((t, index) => {
    let offset = 0;
    const split = splitLongText(t, PIECE);
    split.forEach((p, k) => {
      pieces.push(p);
      // Pieces of a long text are cut at sentence ends: only the outer edges need page context.
      pieceContexts.push({
        before: k === 0 ? (contexts[index]?.before ?? '') : '',
        after: k === split.length - 1 ? (contexts[index]?.after ?? '') : '',
      });
      owner.push({ index, offset });
      offset += p.length;
    });
  });
  const out: Annotation[] = texts.map(() => ({ ruby: [], terms: [] }));
  for (let i = 0; i < pieces.length; i += 200) {
    const res = await request({
      type: 'annotate',
      texts: pieces.slice(i, i + 200),
      contexts: pieceContexts.slice(i, i + 200),
    });
    if (!res.ok) throw new RequestError(res.code, res.message);
    res.results.forEach((ann, k) => {
      const { index, offset } = owner[i + k]!;
      const target = out[index]!;
      for (const r of ann.ruby) target.ruby.push({ ...r, start: r.start + offset, end: r.end + offset });
      for (const t of ann.terms) target.terms.push({ ...t, start: t.start + offset, end: t.end + offset });
    });
  }
  return out;
}

export async function pageState(url: string): Promise<PageState> {
  const res = await request({ type: 'page-state', url });
  if (!res.ok) throw new RequestError(res.code, res.message);
  return res;
}
