import type { Annotation } from '../../core/types';
import type { TextContext } from '../../shared/messages';
import { textContextOf } from './text-context';
import type { Run } from './text-runs';

/** Sends texts (with the text around each) to the tokenizer host and returns their annotations. */
export type AnnotateTexts = (texts: string[], contexts: TextContext[]) => Promise<Annotation[]>;

interface Asked {
  text: string;
  answer: Promise<Annotation>;
}

/**
 * Asks the tokenizer host for the annotations of runs. Most are asked for when their text comes
 * near the viewport (`answers`); some early (`askEarly`), before the viewport says which text is
 * near. A new page's first rendering (and with it the IntersectionObserver's first report) comes
 * tens of milliseconds after its DOM is parsed; asking the host for the top of the page in that time means its readings are there
 * when the report comes. What is asked is bounded (`maxChars`), in document order, in requests of
 * at most `firstChars` then `restChars` so the first answer comes soonest; an answer is used once,
 * and only for a run whose text has not changed since.
 */
export class AnnotationRequests {
  private asked = new WeakMap<Run, Asked>();

  constructor(private readonly annotateTexts: AnnotateTexts) {}

  /**
   * One request for `units`, each with the text around its run (readings and names depend on it).
   * Its failure is handled by whoever awaits it; a promise nobody awaits is never unhandled.
   */
  private request(units: readonly { run: Run; text: string }[]): Promise<Annotation[]> {
    const answers = this.annotateTexts(
      units.map((u) => u.text),
      units.map(({ run }) => ({
        before: textContextOf(run.parts[0] as Text).before,
        after: textContextOf(run.parts[run.parts.length - 1] as Text).after,
      })),
    );
    answers.catch(() => undefined);
    return answers;
  }

  /** Ask now for the first runs (document order) up to `maxChars`. */
  askEarly(
    runs: readonly Run[],
    textOf: (run: Run) => string,
    limits: { maxChars: number; firstChars: number; restChars: number },
  ): void {
    let total = 0;
    let request: { run: Run; text: string }[] = [];
    let requestChars = 0;
    let requestLimit = limits.firstChars;
    const send = () => {
      if (request.length === 0) return;
      const units = request;
      // Not awaited when the text never comes near: its failure is reported when it is used.
      const answers = this.request(units);
      units.forEach(({ run, text }, i) => {
        const answer = answers.then((all) => all[i] ?? { ruby: [], terms: [] });
        answer.catch(() => undefined);
        this.asked.set(run, { text, answer });
      });
      request = [];
      requestChars = 0;
      requestLimit = limits.restChars;
    };
    for (const run of runs) {
      const text = textOf(run);
      if (total + text.length > limits.maxChars) break;
      if (requestChars > 0 && requestChars + text.length > requestLimit) send();
      request.push({ run, text });
      requestChars += text.length;
      total += text.length;
    }
    send();
  }

  /**
   * Annotations of `units` (in order): those asked for early, and one request for the rest. The
   * promise is awaited by the caller unless furigana was turned off meanwhile: never unhandled.
   */
  answers(units: readonly { run: Run; text: string }[]): Promise<Annotation[]> {
    const early = units.map((u) => this.takeEarly(u.run, u.text));
    const rest = units.filter((_, i) => !early[i]);
    const asked = rest.length > 0 ? this.request(rest) : Promise.resolve([]);
    const answers = asked.then((restResults) => {
      let k = 0;
      return Promise.all(early.map((e) => e ?? restResults[k++] ?? { ruby: [], terms: [] }));
    });
    answers.catch(() => undefined);
    return answers;
  }

  /** The answer asked early for this run, if its text is still `text`; used once. */
  private takeEarly(run: Run, text: string): Promise<Annotation> | undefined {
    const asked = this.asked.get(run);
    if (!asked) return undefined;
    this.asked.delete(run);
    return asked.text === text ? asked.answer : undefined;
  }

  /** Forget every early answer (furigana turned off: the next pass asks again). */
  clear(): void {
    this.asked = new WeakMap();
  }
}
