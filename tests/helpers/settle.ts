/**
 * Waiting in DOM tests on what happened, never on a fixed sleep: a state to come is polled (`until`,
 * `vi.waitFor`); `flushMicrotasks` and `handled` mark the points where nothing more can be pending.
 */
import { vi } from 'vitest';

/**
 * Resolves once the microtask queue is empty, however many microtasks queue others: the mutation
 * observers' callbacks, the continuations of settled promises. A macrotask (setImmediate) runs only
 * after all of them; no clock is involved.
 */
export function flushMicrotasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The page changes made so far were seen (a MutationObserver reports in a microtask) and the work
 * they queued is done.
 */
export async function handled(controller: { idle(): Promise<void> }): Promise<void> {
  await flushMicrotasks();
  await controller.idle();
}

/** Polls `condition` (vi.waitFor: every 50 ms, for up to a second) until it holds. */
export function until(condition: () => boolean, what = 'condition'): Promise<void> {
  return vi.waitFor(() => {
    if (!condition()) throw new Error(`timed out waiting for ${what}`);
  });
}
