import { describe, expect, it, vi } from 'vitest';
import { FixProposals, MAX_PENDING, PROPOSAL_TTL_MS } from '../../src/background/reading-fix/fix-proposals';
import { restrictStorageToExtension } from '../../src/background/storage-access';

const proposal = (tabId: number, surface = '電車') => ({
  tabId,
  frameId: 0,
  surface,
  reading: '',
  shown: false,
});

function make() {
  let now = 0;
  let n = 0;
  const proposals = new FixProposals(
    () => now,
    () => `nonce-${++n}`,
  );
  return { proposals, advance: (ms: number) => (now += ms) };
}

describe('reading corrections proposed from pages', () => {
  it('are found by their nonce from the same tab only, and used once', () => {
    const { proposals } = make();
    const nonce = proposals.propose(proposal(1));
    expect(proposals.peek(nonce, 2)).toBeUndefined();
    expect(proposals.peek(nonce, undefined)).toBeUndefined();
    expect(proposals.peek('nonce-9', 1)).toBeUndefined();
    expect(proposals.peek(nonce, 1)).toMatchObject({ surface: '電車' });
    expect(proposals.take(nonce, 1)).toMatchObject({ surface: '電車' });
    expect(proposals.take(nonce, 1)).toBeUndefined();
  });

  it('expire', () => {
    const { proposals, advance } = make();
    const nonce = proposals.propose(proposal(1));
    advance(PROPOSAL_TTL_MS + 1);
    expect(proposals.peek(nonce, 1)).toBeUndefined();
  });

  it('a page proposing in a loop keeps at most MAX_PENDING, the newest', () => {
    const { proposals } = make();
    const nonces = Array.from({ length: 10_000 }, (_, i) => proposals.propose(proposal(1, `語${i}`)));
    const alive = nonces.filter((n) => proposals.peek(n, 1));
    expect(alive).toEqual(nonces.slice(-MAX_PENDING));
  });
});

describe('storage.local access level', () => {
  it('is set to trusted contexts where the browser has the setting (Chrome)', async () => {
    const setAccessLevel = vi.fn(() => Promise.resolve());
    restrictStorageToExtension({ setAccessLevel });
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('is left alone where it has none (Firefox)', () => {
    expect(() => restrictStorageToExtension({})).not.toThrow();
  });
});
