/**
 * The reader's look and accessibility settings on a page: one stylesheet of our own (found again by
 * identity, never by a selector the page could imitate) and the Tab stops of glossary terms. Every
 * value in the CSS comes from the validated settings (numbers, #rrggbb, term kinds), never the page.
 */
import { TERM_KINDS } from '../core/types';
import type { Settings } from '../shared/settings-store';
import { setTermFocusable, TERM_CLASS, RUBY_CLASS } from './furigana/ruby-dom';

export function lookCss(settings: Pick<Settings, 'look' | 'access'>): string {
  const { look, access } = settings;
  const rules: string[] = [];
  // The reading size feeds furigana.css's --ytk-rs, so its legibility floor (10 px) and the
  // overhang arithmetic keep working; 50% is furigana.css's own default.
  if (look.rubySize !== 50)
    rules.push(`ruby.${RUBY_CLASS} { --ytk-rs: max(${look.rubySize / 100}em, 10px); }`);
  if (look.rubyColour) rules.push(`ruby.${RUBY_CLASS} > rt { color: ${look.rubyColour}; }`);
  const unmarked = TERM_KINDS.filter((k) => !look.markedKinds.includes(k));
  if (unmarked.length) {
    const sel = unmarked.map((k) => `span.${TERM_CLASS}[data-kind="${k}"]`).join(', ');
    rules.push(`${sel} { text-decoration: none; cursor: inherit; }`);
  }
  // furigana.css hides readings from screen readers (empty alternative text); this reads them.
  if (access.speakReadings) rules.push(`ruby.${RUBY_CLASS} > rt::before { content: attr(data-r); }`);
  return rules.join('\n');
}

export class PageLook {
  private style: HTMLStyleElement | undefined;
  private focusable = false;

  constructor(private readonly doc: Document) {}

  /** Whether glossary terms are Tab stops now (read by the furigana controller for new terms). */
  get termsFocusable(): boolean {
    return this.focusable;
  }

  apply(settings: Pick<Settings, 'look' | 'access'>): void {
    // Nothing is added to the page while the look is the default (furigana.css has it): the page
    // sees no element of ours and no attribute naming us (see README "Security and privacy").
    const css = lookCss(settings);
    if (css) {
      this.style ??= this.doc.createElement('style');
      this.style.textContent = css;
      if (!this.style.isConnected) this.doc.documentElement.append(this.style);
    } else this.style?.remove();
    if (settings.access.keyboardTerms !== this.focusable) {
      this.focusable = settings.access.keyboardTerms;
      // Bounded by the terms on the page; runs only when the reader flips the setting.
      for (const mark of this.doc.querySelectorAll<HTMLElement>(`span.${TERM_CLASS}`)) {
        setTermFocusable(mark, this.focusable);
      }
    }
  }
}
