import { failure, type HostRequest, type Responses } from '../shared/messages';

/** What PreemptibleHost needs of a Worker (an in-memory fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

interface Pending {
  resolve(res: unknown): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The tokenizer host behind a dedicated worker, with a time budget per request. A synchronous
 * runaway (a pathological input to some stage) cannot be interrupted from its own thread, but a
 * worker can be terminated: past `budgetMs` the worker is stopped, every request waiting on it is
 * answered `host-timeout`, and the next request starts a fresh worker (the dictionary loads again,
 * ~1 s). `release()` stops the worker for the idle close. Same interface as AnalysisHost.handle.
 */
export class PreemptibleHost {
  private worker: WorkerLike | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly budgetMs: number,
    private readonly hostName: string,
  ) {}

  /** Start the worker (and its dictionary load) before the first request. */
  warmUp(): void {
    try {
      this.running();
    } catch {
      // Reported to the first request instead.
    }
  }

  handle<R extends HostRequest>(req: R): Promise<Responses[R['type']]>;
  handle(req: HostRequest): Promise<unknown> {
    if (req.type === 'host-stats' && !this.worker) {
      return Promise.resolve({ ok: true, host: this.hostName, loaded: false, loadMs: null, heapBytes: null });
    }
    let worker: WorkerLike;
    try {
      worker = this.running();
    } catch (err) {
      return Promise.resolve(failure('dictionary-unavailable', err));
    }
    const id = ++this.nextId;
    const answered = new Promise((resolve) => {
      const timer = setTimeout(() => this.stop('timeout'), this.budgetMs);
      this.pending.set(id, { resolve, timer });
      worker.postMessage({ id, request: req });
    });
    // The worker's host does not know where it runs: stats name this host.
    return req.type === 'host-stats'
      ? answered.then((res) =>
          (res as { ok?: boolean }).ok ? { ...(res as object), host: this.hostName } : res,
        )
      : answered;
  }

  /** Stop the worker and free its memory; the next request starts another. */
  release(): void {
    if (this.pending.size === 0) this.stop('released');
  }

  private running(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.onmessage = (e) => {
      const { id, response } = e.data as { id: number; response: unknown };
      const p = this.pending.get(id);
      if (!p) return;
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.resolve(response);
    };
    worker.onerror = () => this.stop('crashed');
    this.worker = worker;
    return worker;
  }

  private stop(why: 'timeout' | 'crashed' | 'released'): void {
    this.worker?.terminate();
    this.worker = undefined;
    const seconds = Math.round(this.budgetMs / 1000);
    const answer =
      why === 'timeout'
        ? failure('host-timeout', `the tokenizer did not answer within ${seconds} s and was restarted`)
        : failure('dictionary-unavailable', 'the tokenizer stopped unexpectedly and was restarted');
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.resolve(answer);
    }
    this.pending.clear();
  }
}
