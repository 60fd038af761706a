/**
 * The host behind a worker with a time budget: a request past the budget is answered host-timeout
 * and the worker is terminated, even when its thread is stuck in a loop; the next request gets a
 * fresh worker. Uses real threads (node:worker_threads behind the Worker interface).
 */
import { Worker as NodeWorker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { HOST_FILES } from '../../src/tokenizer-host/packaged-files';
import { PreemptibleHost, type WorkerLike } from '../../src/tokenizer-host/preemptible-host';

/**
 * A worker thread that answers annotate requests, and spins forever on the text "loop": the
 * runaway a watchdog must stop.
 */
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
// Loading the dictionary: ready at once, or after workerData.loadMs (requests wait, as in the host).
let loaded = Promise.resolve();
if (workerData.loadMs === 0) parentPort.postMessage({ ready: true });
else loaded = new Promise((r) => setTimeout(r, workerData.loadMs)).then(() => parentPort.postMessage({ ready: true }));
parentPort.on('message', ({ id, request, file, bytes, error }) => file ? parentPort.postMessage({ got: file, size: bytes ? bytes.length : -1, error }) : loaded.then(() => {
  if (request.type === 'host-stats') return parentPort.postMessage({ id, response: { ok: true, loaded: true, loadMs: 1, heapBytes: null } });
  if (request.texts && request.texts[0] === 'loop') for (;;);
  if (request.texts && request.texts[0] === 'no dictionary') return parentPort.postMessage({ id, response: { ok: false, code: 'dictionary-unavailable' } });
  parentPort.postMessage({ id, response: { ok: true, results: request.texts.map(() => ({ ruby: [], terms: [] })) } });
}));`;

const threads: NodeWorker[] = [];
let spawned = 0;

let loadMs = 0;
/** What the threads said they were handed: file, its size (−1: an error instead), the error. */
let handed: { got: string; size: number; error?: string }[] = [];
/** The starting context's reader: every host file is 3 bytes, except one that fails. */
const readFile = (path: string) =>
  path.includes('names') ? Promise.reject(new Error('HTTP 404')) : Promise.resolve(new Uint8Array(3));

function spawnThread(): WorkerLike {
  const thread = new NodeWorker(SCRIPT, { eval: true, workerData: { loadMs } });
  threads.push(thread);
  spawned++;
  const like: WorkerLike = {
    postMessage: (m, transfer) => thread.postMessage(m, transfer as never),
    terminate: () => void thread.terminate(),
    onmessage: null,
    onerror: null,
  };
  thread.on('message', (data: unknown) =>
    (data as { got?: string }).got ? handed.push(data as never) : like.onmessage?.({ data } as MessageEvent),
  );
  thread.on('error', (e) => like.onerror?.(e as unknown as ErrorEvent));
  return like;
}

afterEach(async () => {
  await Promise.all(threads.splice(0).map((t) => t.terminate()));
  spawned = 0;
  loadMs = 0;
  handed = [];
});

describe('PreemptibleHost', () => {
  it('answers through the worker', async () => {
    const host = new PreemptibleHost(spawnThread, readFile, 2000, 'test');
    await expect(host.handle({ type: 'annotate', texts: ['漢字'] })).resolves.toMatchObject({ ok: true });
    expect(spawned).toBe(1);
  });

  it('hands every dictionary file to the worker it starts, and a file it could not read as an error', async () => {
    const host = new PreemptibleHost(spawnThread, readFile, 2000, 'test');
    await host.handle({ type: 'annotate', texts: ['漢字'] });
    await expect.poll(() => handed.length).toBe(HOST_FILES.length);
    expect(handed.map((h) => h.got).sort()).toEqual([...HOST_FILES].sort());
    for (const h of handed) {
      if (h.got.includes('names')) expect(h).toMatchObject({ size: -1, error: 'HTTP 404' });
      else expect(h.size).toBe(3);
    }
  });

  it('stops a worker stuck in a loop after the budget and recovers with a fresh one', async () => {
    const host = new PreemptibleHost(spawnThread, readFile, 300, 'test');
    const started = performance.now();
    const [stuck, waiting] = await Promise.all([
      host.handle({ type: 'annotate', texts: ['loop'] }),
      host.handle({ type: 'annotate', texts: ['漢字'] }),
    ]);
    expect(stuck).toMatchObject({ ok: false, code: 'host-timeout' });
    // A request queued behind the runaway on the same worker is answered too, not left hanging.
    expect(waiting).toMatchObject({ ok: false, code: 'host-timeout' });
    expect(performance.now() - started).toBeLessThan(5000);
    await expect(host.handle({ type: 'annotate', texts: ['漢字'] })).resolves.toMatchObject({ ok: true });
    expect(spawned).toBe(2);
  });

  it('does not count the dictionary load against a request’s budget', async () => {
    loadMs = 600;
    const host = new PreemptibleHost(spawnThread, readFile, 300, 'test');
    await expect(host.handle({ type: 'annotate', texts: ['漢字'] })).resolves.toMatchObject({ ok: true });
    expect(spawned).toBe(1);
  });

  it('times the dictionary load from the spawn, when the files start to be read, not from the worker’s start', async () => {
    loadMs = 300;
    const host = new PreemptibleHost(spawnThread, readFile, 2000, 'test');
    await host.handle({ type: 'annotate', texts: ['漢字'] });
    const stats = await host.handle({ type: 'host-stats' });
    expect(stats).toMatchObject({ ok: true, host: 'test' });
    expect((stats as { loadMs: number }).loadMs).toBeGreaterThanOrEqual(300);
  });

  it('releases the worker when idle, and starts one again on demand', async () => {
    const host = new PreemptibleHost(spawnThread, readFile, 2000, 'test');
    await host.handle({ type: 'annotate', texts: ['a'] });
    host.release();
    await expect(host.handle({ type: 'host-stats' })).resolves.toMatchObject({ ok: true, loaded: false });
    await expect(host.handle({ type: 'annotate', texts: ['a'] })).resolves.toMatchObject({ ok: true });
    expect(spawned).toBe(2);
  });

  it('starts a fresh worker (which is handed the files again) after its dictionary failed to load', async () => {
    const host = new PreemptibleHost(spawnThread, readFile, 2000, 'test');
    await expect(host.handle({ type: 'annotate', texts: ['no dictionary'] })).resolves.toMatchObject({
      code: 'dictionary-unavailable',
    });
    await expect(host.handle({ type: 'annotate', texts: ['漢字'] })).resolves.toMatchObject({ ok: true });
    expect(spawned).toBe(2);
  });

  it('reports a worker that cannot start', async () => {
    const host = new PreemptibleHost(
      () => {
        throw new Error('no workers here');
      },
      readFile,
      2000,
      'test',
    );
    await expect(host.handle({ type: 'annotate', texts: ['a'] })).resolves.toMatchObject({
      ok: false,
      code: 'dictionary-unavailable',
    });
  });
});
