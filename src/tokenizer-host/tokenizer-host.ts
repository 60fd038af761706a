import { annotateInContext } from '../core/annotate-in-context';
import type { WordLookup } from '../core/glossary/glossary';
import type { Annotation, Tokenize } from '../core/types';
import type { HostRequest, HostStats, Responses } from '../shared/messages';
import { failure } from '../shared/messages';

/** What the host loads once: the tokenizer, and optional extra stages (glossary, names…). */
export interface HostResources {
  tokenize: Tokenize;
  /** The text → annotation function of the loaded resources; `overrides`: the reader's corrections. */
  annotate: (text: string, overrides?: ReadonlyMap<string, string>) => Annotation;
  lookup?: (text: string, offset: number) => WordLookup | null;
}

class BudgetExceeded extends Error {
  constructor(budgetMs: number) {
    super(`the tokenizer stopped a request that took longer than ${Math.round(budgetMs / 1000)} s`);
  }
}

export type LoadResources = () => Promise<HostResources>;

/**
 * The tokenizer host: loads the dictionaries once (per browser: it runs in the offscreen document,
 * the service worker or Firefox's background page) and answers annotate/lookup requests. Requests
 * that arrive while loading wait for it; a failed load is reported to every caller and retried on
 * the next request rather than cached forever.
 */
export class TokenizerHost {
  private loading: Promise<HostResources> | undefined;
  private loadMs: number | null = null;

  constructor(
    private readonly load: LoadResources,
    private readonly hostName: string,
    /** A batch still running after this long stops between texts and answers `host-timeout`. */
    private readonly budgetMs = Infinity,
  ) {}

  /**
   * Forget the loaded dictionaries (the idle close where the host cannot be closed, e.g. Firefox's
   * background page): the memory is freed once no request holds them; the next request loads again.
   */
  release(): void {
    this.loading = undefined;
    this.loadMs = null;
  }

  private resources(): Promise<HostResources> {
    if (!this.loading) {
      const started = performance.now();
      this.loadMs = null;
      this.loading = this.load().then(
        (res) => {
          this.loadMs = Math.round(performance.now() - started);
          return res;
        },
        (err: unknown) => {
          this.loading = undefined;
          throw err;
        },
      );
    }
    return this.loading;
  }

  stats(): HostStats {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      host: this.hostName,
      loaded: this.loadMs !== null,
      loadMs: this.loadMs,
      heapBytes: memory ? memory.usedJSHeapSize : null,
    };
  }

  /** Start loading without a request; settles (never rejects) when the load is over either way. */
  warmUp(): Promise<void> {
    return this.resources().then(
      () => undefined,
      () => undefined,
    );
  }

  async handle<R extends HostRequest>(req: R): Promise<Responses[R['type']]>;
  async handle(req: HostRequest): Promise<Responses[HostRequest['type']]> {
    if (req.type === 'host-stats') return { ok: true, ...this.stats() };
    let res: HostResources;
    try {
      res = await this.resources();
    } catch (err) {
      return failure('dictionary-unavailable', err);
    }
    try {
      if (req.type === 'annotate') {
        // Corrections come with the request (the background reads them from storage; this host may
        // run where there is no storage). Later entries win, like later corrections of the same word.
        const overrides = req.overrides?.length
          ? new Map(req.overrides.map((o) => [o.surface, o.reading]))
          : undefined;
        const annotate = (t: string) => res.annotate(t, overrides);
        const started = performance.now();
        const results = req.texts.map((t, i) => {
          // A synchronous call cannot be interrupted; checking between texts bounds a batch to its
          // budget plus one text (≤ 20,000 characters, and every core stage is linear).
          if (performance.now() - started > this.budgetMs) throw new BudgetExceeded(this.budgetMs);
          const ctx = req.contexts?.length === req.texts.length ? req.contexts[i] : undefined;
          return ctx ? annotateInContext(annotate, t, ctx.before, ctx.after) : annotate(t);
        });
        return { ok: true, results };
      }
      return { ok: true, result: res.lookup ? res.lookup(req.text, req.offset) : null };
    } catch (err) {
      return failure(err instanceof BudgetExceeded ? 'host-timeout' : 'internal', err);
    }
  }
}
