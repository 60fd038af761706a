/**
 * Functions evaluated inside the test page (serialisable: no closures over test variables).
 */

/** Share of the article's kanji that sit under a Yomitoki ruby. */
export function kanjiCoverage(selector: string): { kanji: number; covered: number } {
  const root = document.querySelector(selector)!;
  const isKanji = (c: string) => /[\u4e00-\u9fff\u3005]/.test(c);
  let kanji = 0;
  let covered = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const inRuby = !!n.parentElement?.closest('ruby.ytk-ruby');
    for (const c of n.textContent ?? '') {
      if (!isKanji(c)) continue;
      kanji++;
      if (inRuby) covered++;
    }
  }
  return { kanji, covered };
}

/** The article text as the server sent it, parsed without the extension. */
export async function pristineText(selector: string): Promise<string> {
  const html = await (await fetch(location.href)).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.querySelector(selector)?.textContent ?? '';
}

/** What a user gets when selecting the element and copying. */
export function selectedText(selector: string): string {
  const sel = window.getSelection()!;
  sel.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(document.querySelector(selector)!);
  sel.addRange(range);
  return sel.toString();
}

/** State of everything Yomitoki must leave alone on the sample page. */
export function untouchables() {
  return {
    input: (document.getElementById('field-input') as HTMLInputElement).value,
    textarea: (document.getElementById('field-textarea') as HTMLTextAreaElement).value,
    code: document.getElementById('code')!.childNodes.length,
    editor: document.getElementById('editor')!.childNodes.length,
    svg: document.getElementById('svg-text')!.childNodes.length,
    existingRuby:
      document.querySelectorAll('#existing-ruby ruby').length -
      document.querySelectorAll('#existing-ruby ruby.ytk-ruby').length,
    existingRubyText: document.querySelector('#existing-ruby ruby:not(.ytk-ruby)')!.textContent,
  };
}

/**
 * Readings the page shows for each occurrence of `word` under `selector`, joining adjacent rubies
 * (a compound may carry one ruby or one per kanji: 外相 or 外|相).
 */
export function readingsOf([selector, word]: [string, string]): string[] {
  const rubies = Array.from(document.querySelectorAll(`${selector} ruby.ytk-ruby`));
  const out: string[] = [];
  for (let i = 0; i < rubies.length; i++) {
    let base = '';
    let reading = '';
    for (let j = i; j < rubies.length && base.length < word.length; j++) {
      if (j > i && rubies[j - 1]!.nextSibling !== rubies[j]) break;
      base += rubies[j]!.firstChild?.textContent ?? '';
      reading += rubies[j]!.querySelector('rt')?.getAttribute('data-r') ?? '';
    }
    if (base === word) out.push(reading);
  }
  return out;
}

export { annotatedAt } from '../../../src/cli/annotated-at';
