/**
 * The nodes Yomitoki put in the page, known by identity. A page can write any class or attribute it
 * likes (`<ruby class="ytk-ruby"><rt data-r="…">`), so nothing that trusts our nodes — the popup's
 * text and readings, the word "Fix reading" corrects, the glossary term of a marked name — may
 * recognise them by class or attribute: only membership here counts. Weak collections, so nodes the
 * page drops are forgotten. One instance per content script, made by its entry and passed in.
 */
import type { GlossaryTerm } from '../core/types';

export class OwnNodes {
  /** Our <ruby> elements → the reading we put on them (the page may rewrite the rt's attribute). */
  private readonly rubies = new WeakMap<Element, string>();
  /** Our term marks → the glossary term they mark. */
  private readonly terms = new WeakMap<Element, GlossaryTerm>();

  addRuby(ruby: Element, reading: string): void {
    this.rubies.set(ruby, reading);
  }

  addTerm(mark: Element, term: GlossaryTerm): void {
    this.terms.set(mark, term);
  }

  /** The reading of one of our ruby elements; undefined for any other element. */
  readingOf(el: Element): string | undefined {
    return this.rubies.get(el);
  }

  /** The glossary term of one of our term marks; undefined for any other element. */
  termOf(el: Element): GlossaryTerm | undefined {
    return this.terms.get(el);
  }

  /** Our ruby element that holds `node` (its base text, or inside it), if any. */
  rubyAround(node: Node): Element | undefined {
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
      if (this.rubies.has(el)) return el;
    }
    return undefined;
  }
}
