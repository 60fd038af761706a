/**
 * Reading corrections proposed from pages, waiting for the reader's confirmation.
 *
 * A correction changes what the reader sees on every site, so no page may plant one. A page cannot
 * press our popup's buttons (trusted events only, closed shadow root), but the content script lives
 * inside the page: a compromised page renderer could send whatever it can send. So a content script
 * can only *propose* a word; the reading is typed and confirmed in an extension-origin frame
 * (src/fix-reading/), which the page can neither read nor drive, and the background stores a
 * correction only on that frame's confirm. The frame finds its proposal by a random nonce that only
 * the content script (in the popup's closed root) and the frame know, and only from the same tab; a
 * proposal is used once, expires, and at most MAX_PENDING wait at a time, so a page that proposes in
 * a loop holds a bounded amount of memory and stores nothing.
 */
export interface Proposal {
  tabId: number;
  /** The frame of the tab the content script runs in (the outcome goes back there). */
  frameId: number;
  surface: string;
  reading: string;
  shown: boolean;
}

export const MAX_PENDING = 16;
export const PROPOSAL_TTL_MS = 15 * 60_000;

export class FixProposals {
  private readonly pending = new Map<string, Proposal & { at: number }>();

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly makeNonce: () => string = () => crypto.randomUUID(),
  ) {}

  propose(p: Proposal): string {
    this.expire();
    // Oldest first: Map keeps insertion order.
    while (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value!);
    const nonce = this.makeNonce();
    this.pending.set(nonce, { ...p, at: this.now() });
    return nonce;
  }

  /** The proposal behind `nonce`, for a frame in the same tab; it stays until confirmed or cancelled. */
  peek(nonce: string, tabId: number | undefined): Proposal | undefined {
    this.expire();
    const p = this.pending.get(nonce);
    return p && p.tabId === tabId ? p : undefined;
  }

  /** Like peek, and the proposal is used up. */
  take(nonce: string, tabId: number | undefined): Proposal | undefined {
    const p = this.peek(nonce, tabId);
    if (p) this.pending.delete(nonce);
    return p;
  }

  private expire(): void {
    const limit = this.now() - PROPOSAL_TTL_MS;
    for (const [nonce, p] of this.pending) if (p.at < limit) this.pending.delete(nonce);
  }
}
