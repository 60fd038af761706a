import { describe, expect, it } from 'vitest';
import { BackgroundRequest, HostRequest, parseMessage } from '../../src/shared/messages';

describe('message validation at the receiver', () => {
  it.each([
    [{ type: 'annotate', texts: ['漢字'] }, true],
    [{ type: 'annotate', texts: 'not an array' }, false],
    [{ type: 'annotate', texts: ['x'.repeat(20_001)] }, false],
    [{ type: 'annotate', texts: Array.from({ length: 501 }, () => 'a') }, false],
    [{ type: 'lookup', text: '漢字', offset: 0 }, true],
    [{ type: 'lookup', text: '漢字', offset: -1 }, false],
    [{ type: 'lookup', text: '漢字', offset: 1.5 }, false],
    [{ type: 'set-tab-enabled', tabId: 3, enabled: true }, true],
    [{ type: 'set-site-disabled', site: '', disabled: true }, false],
    [{ type: 'no-such-request' }, false],
    [null, false],
    ['annotate', false],
  ])('%j → %s', (msg, ok) => {
    expect(parseMessage(BackgroundRequest, msg).ok).toBe(ok);
  });

  it('gives a readable reason for a rejected message', () => {
    const r = parseMessage(BackgroundRequest, { type: 'lookup', text: 1, offset: 0 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('invalid-message');
    expect(!r.ok && r.message).toMatch(/text/);
  });

  it('accepts host requests only when addressed to the tokenizer host', () => {
    expect(parseMessage(HostRequest, { target: 'tokenizer-host', request: { type: 'host-stats' } }).ok).toBe(
      true,
    );
    expect(parseMessage(HostRequest, { type: 'host-stats' }).ok).toBe(false);
  });
});
