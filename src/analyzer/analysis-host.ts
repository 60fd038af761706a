import type { Annotation, Tokenize } from '../core/types';
import type { AnnotateRequest, LookupRequest, Responses } from '../shared/messages';
import { failure } from '../shared/messages';

/** What the host loads once: the tokenizer, and optional extra stages (glossary, names…). */
export interface AnalysisResources {
  tokenize: Tokenize;
  /** Builds the text → annotation function from the loaded resources. */
  annotate: (text: string) => Annotation;
  lookup?: (text: string, offset: number) => unknown;
}

export type LoadResources = () => Promise<AnalysisResources>;

/**
 * The tokenizer host: loads the dictionaries once (per browser: it runs in the offscreen document,
 * the service worker or Firefox's background page) and answers annotate/lookup requests. Requests
 * that arrive while loading wait for it; a failed load is reported to every caller and retried on
 * the next request rather than cached forever.
 */
export class AnalysisHost {
  private loading: Promise<AnalysisResources> | undefined;

  constructor(private readonly load: LoadResources) {}

  private resources(): Promise<AnalysisResources> {
    if (!this.loading) {
      this.loading = this.load().catch((err: unknown) => {
        this.loading = undefined;
        throw err;
      });
    }
    return this.loading;
  }

  /** Start loading without a request (e.g. at browser start-up). */
  warmUp(): void {
    this.resources().catch(() => undefined);
  }

  async handle(req: AnnotateRequest): Promise<Responses['annotate']>;
  async handle(req: LookupRequest): Promise<Responses['lookup']>;
  async handle(req: AnnotateRequest | LookupRequest): Promise<Responses['annotate'] | Responses['lookup']> {
    let res: AnalysisResources;
    try {
      res = await this.resources();
    } catch (err) {
      return failure('dictionary-unavailable', err);
    }
    try {
      if (req.type === 'annotate') return { ok: true, results: req.texts.map((t) => res.annotate(t)) };
      return { ok: true, result: res.lookup ? res.lookup(req.text, req.offset) : null };
    } catch (err) {
      return failure('internal', err);
    }
  }
}
