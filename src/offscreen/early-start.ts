/**
 * What the offscreen document does first, from a small chunk, before the rest of it (the polyfill,
 * the message protocol, the host) has loaded: start the host's worker, then start reading the
 * dictionary files. Reading them is what the host waits for longest; the worker's script goes first
 * because the browser delivers extension files one after another. index.ts takes both, once.
 */
import { fetchPackagedFiles, HOST_FILES } from '../tokenizer-host/packaged-files';

const spawn = () =>
  new Worker(new URL('../tokenizer-host/host-worker.ts', import.meta.url), { type: 'module' });

const startedAt = performance.now();
let started: Worker | undefined = spawn();

// The document is an extension page: its origin is the extension's, where the files are packaged.
const read = fetchPackagedFiles((path) => `${location.origin}/${path}`);
const early = new Map<string, Promise<Uint8Array>>();
for (const path of HOST_FILES) {
  const reading = read(path);
  reading.catch(() => undefined); // a failure is reported when the read is taken
  early.set(path, reading);
}

/**
 * The worker started early the first time (saying when, so its load is timed from then); a new one
 * after (the watchdog or the idle close stopped it).
 */
export function takeWorker(): Worker & { startedAt?: number } {
  const worker = started ? Object.assign(started, { startedAt }) : spawn();
  started = undefined;
  return worker;
}

/** The early read of `path` the first time it is asked for; later, a fresh read (a new worker). */
export function readPackagedFile(path: string): Promise<Uint8Array> {
  const reading = early.get(path);
  early.delete(path);
  return reading ?? read(path);
}
