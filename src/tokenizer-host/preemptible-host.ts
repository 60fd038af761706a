import { failure, type HostRequest, type Responses } from '../shared/messages';
import type { HandedFile } from './handed-files';
import { HOST_FILES, type ReadPackagedFile } from './packaged-files';

/** What PreemptibleHost needs of a Worker (an in-memory fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  /** performance.now() when it was started and its files began to be read, if before it was handed over. */
  startedAt?: number;
}

interface Pending {
  resolve(res: unknown): void;
  /** Started when the worker is ready: loading the dictionary is not the request's time. */
  timer?: ReturnType<typeof setTimeout>;
}

/** A worker whose dictionary has not loaded after this long is stopped (and started again on demand). */
const LOAD_BUDGET_MS = 60_000;

/**
 * The tokenizer host behind a dedicated worker, with a time budget per request. A synchronous
 * runaway (a pathological input to some stage) cannot be interrupted from its own thread, but a
 * worker can be terminated: past `budgetMs` the worker is stopped, every request waiting on it is
 * answered `host-timeout`, and the next request starts a fresh worker (the dictionary loads again,
 * ~1 s). `release()` stops the worker for the idle close. Same interface as TokenizerHost.handle.
 *
 * The dictionary files are read here (`readFile`) as soon as a worker is spawned and handed to it,
 * buffers transferred: delivering them takes about as long as starting the worker, so the two
 * overlap instead of the worker fetching only once its script runs.
 */
export class PreemptibleHost {
  private worker: WorkerLike | undefined;
  private ready = false;
  private spawnedAt = 0;
  /** Spawn → ready of the current worker: its files are read from the spawn on (handOver). */
  private loadMs: number | null = null;
  private loadTimer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly readFile: ReadPackagedFile,
    private readonly budgetMs: number,
    private readonly hostName: string,
  ) {}

  /** Start the worker (and its dictionary load) before the first request. */
  warmUp(): Promise<void> {
    try {
      this.running();
    } catch {
      // Reported to the first request instead.
    }
    return Promise.resolve();
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
      const pending: Pending = { resolve };
      if (this.ready) this.startClock(pending);
      this.pending.set(id, pending);
      worker.postMessage({ id, request: req });
    });
    // The worker's host does not know where it runs, nor that its files were being read before it
    // started: stats name this host and time the load from the spawn.
    return req.type === 'host-stats'
      ? answered.then((res) =>
          (res as { ok?: boolean }).ok
            ? { ...(res as object), host: this.hostName, loadMs: this.loadMs }
            : res,
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
    this.spawnedAt = worker.startedAt ?? performance.now();
    this.ready = false;
    this.loadMs = null;
    this.loadTimer = setTimeout(() => this.stop('timeout'), LOAD_BUDGET_MS);
    worker.onmessage = (e) => {
      const { id, response, ready } = e.data as { id: number; response: unknown; ready?: true };
      if (ready) {
        clearTimeout(this.loadTimer);
        this.ready = true;
        this.loadMs = Math.round(performance.now() - this.spawnedAt);
        for (const p of this.pending.values()) this.startClock(p);
        return;
      }
      const p = this.pending.get(id);
      if (!p) return;
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.resolve(response);
      // The worker cannot fetch again by itself: the next request gets a fresh worker and files.
      if ((response as { code?: string }).code === 'dictionary-unavailable') this.release();
    };
    worker.onerror = () => this.stop('crashed');
    this.worker = worker;
    this.handOver(worker);
    return worker;
  }

  private handOver(worker: WorkerLike): void {
    for (const file of HOST_FILES) {
      this.readFile(file).then(
        (bytes) => {
          const handed: HandedFile = { file, bytes };
          worker.postMessage(handed, [bytes.buffer]);
        },
        (err: unknown) => {
          const handed: HandedFile = { file, error: err instanceof Error ? err.message : String(err) };
          worker.postMessage(handed);
        },
      );
    }
  }

  private startClock(p: Pending): void {
    p.timer ??= setTimeout(() => this.stop('timeout'), this.budgetMs);
  }

  private stop(why: 'timeout' | 'crashed' | 'released'): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = false;
    clearTimeout(this.loadTimer);
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
