/**
 * How long the tokenizer host may take on one request. The idle close is a setting
 * (settings-store.ts, hostIdleMinutes).
 */

/**
 * The background's watchdog (Chrome): a request must be answered within this time, dictionary
 * load included (~1 s; several on a busy machine). Past it the background reports the failure to
 * the page and closes the offscreen document, so one bad request cannot leave every tab without
 * furigana; the next request gets a fresh host.
 */
export const HOST_BUDGET_MS = 15_000;

/**
 * The host's worker (Chrome's offscreen document, Firefox's background page) is terminated when a
 * request has waited this long, and the next request starts a fresh one.
 */
export const HOST_WORKER_BUDGET_MS = 13_000;

/**
 * The host's own check (every browser): a batch still running after this long stops between two
 * texts and answers `host-timeout`. Shorter than the watchdog's budget, so a slow but live host
 * answers for itself before it is restarted.
 */
export const HOST_BATCH_BUDGET_MS = 12_000;
