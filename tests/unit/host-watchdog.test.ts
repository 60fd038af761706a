/**
 * The tokenizer host's watchdog and idle close, over an in-memory fake of the browser APIs
 * (offscreen documents, messaging, alarms) and fake timers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenizerHost } from '../../src/tokenizer-host/tokenizer-host';
import { withIdleRelease } from '../../src/background/analysis-router';
import { OffscreenHostClient, type OffscreenApi } from '../../src/background/offscreen-host-client';

/** One offscreen document at most, like Chrome; `hang` makes the current document stop answering. */
class FakeBrowser implements OffscreenApi {
  open = false;
  created = 0;
  closed = 0;
  hang = false;
  /** Sends before this time find no listener: the document is still loading its host chunk. */
  listeningFrom = 0;
  alarmMinutes = 0;
  private alarm: (() => void) | undefined;

  asked = 0;
  hasDocument = async () => {
    this.asked++;
    return this.open;
  };
  createDocument = async () => {
    await Promise.resolve();
    if (this.open) throw new Error('Only a single offscreen document may be created.');
    this.open = true;
    this.hang = false;
    this.created++;
  };
  closeDocument = async () => {
    if (this.open) this.closed++;
    this.open = false;
  };
  send = async (message: unknown) => {
    if (!this.open || Date.now() < this.listeningFrom)
      throw new Error('Could not establish connection. Receiving end does not exist.');
    if (this.hang) return new Promise(() => undefined); // a busy host never answers
    const req = (message as { request: { type: string } }).request;
    return { ok: true, host: 'offscreen', loaded: true, loadMs: 1, heapBytes: null, echo: req.type };
  };
  armIdleAlarm = (minutes: number) => {
    this.alarmMinutes = minutes;
  };
  onIdleAlarm = (listener: () => void) => {
    this.alarm = listener;
  };
  fireAlarm() {
    this.alarm?.();
  }
}

const stats = { type: 'host-stats' } as const;
const BUDGET = 15_000;

describe('offscreen host client', () => {
  let fake: FakeBrowser;
  let idle: number;
  let client: OffscreenHostClient;
  beforeEach(() => {
    vi.useFakeTimers();
    fake = new FakeBrowser();
    idle = 10;
    client = new OffscreenHostClient(fake, { budgetMs: BUDGET, idleMinutes: () => idle });
  });
  afterEach(() => vi.useRealTimers());

  it('creates the document once for concurrent requests and answers them', async () => {
    const all = Promise.all([client.request(stats), client.request(stats), client.request(stats)]);
    await vi.runAllTimersAsync();
    expect((await all).every((r) => r.ok)).toBe(true);
    expect(fake.created).toBe(1);
  });

  it.each([
    [1_500, true],
    [4_000, true],
    [8_000, false],
  ])(
    'a document that starts listening after %i ms (its host chunk loading): answered %s',
    async (ms, answered) => {
      fake.listeningFrom = Date.now() + ms;
      const res = client.request(stats);
      await vi.runAllTimersAsync();
      expect(await res).toMatchObject(
        answered ? { ok: true } : { ok: false, code: 'dictionary-unavailable' },
      );
    },
  );

  it('asks the browser whether the document exists once, not before every request', async () => {
    for (let i = 0; i < 3; i++) {
      const res = client.request(stats);
      await vi.runAllTimersAsync();
      expect((await res).ok).toBe(true);
    }
    expect(fake.asked).toBe(1);
    expect(fake.created).toBe(1);
  });

  it('a document that went away unseen (the browser closed it) is created again by the next request', async () => {
    const first = client.request(stats);
    await vi.runAllTimersAsync();
    await first;
    fake.open = false; // not closed by the client
    const next = client.request(stats);
    await vi.runAllTimersAsync();
    expect((await next).ok).toBe(true);
    expect(fake.created).toBe(2);
  });

  it('answers a request the host never answers with host-timeout, and restarts the host', async () => {
    await client.ensure();
    fake.hang = true;
    const late = client.request(stats);
    const alsoLate = client.request(stats);
    await vi.advanceTimersByTimeAsync(BUDGET - 1);
    expect(fake.closed).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await expect(late).resolves.toMatchObject({ ok: false, code: 'host-timeout' });
    await expect(alsoLate).resolves.toMatchObject({ ok: false, code: 'host-timeout' });
    expect(fake.closed).toBe(1); // one restart, however many requests waited on the hung host
    const next = client.request(stats);
    await vi.runAllTimersAsync();
    await expect(next).resolves.toMatchObject({ ok: true });
    expect(fake.created).toBe(2);
  });

  it('closes the document after the idle time and reopens it on the next request', async () => {
    const first = client.request(stats);
    await vi.runAllTimersAsync();
    await first;
    expect(fake.alarmMinutes).toBe(10);
    fake.fireAlarm();
    await vi.runAllTimersAsync();
    expect(fake.open).toBe(false);
    const again = client.request(stats);
    await vi.runAllTimersAsync();
    await expect(again).resolves.toMatchObject({ ok: true });
    expect(fake.created).toBe(2);
  });

  it('does not close the host while a request is running', async () => {
    await client.ensure();
    fake.hang = true;
    const running = client.request(stats);
    await vi.advanceTimersByTimeAsync(100);
    fake.fireAlarm();
    await vi.advanceTimersByTimeAsync(100);
    expect(fake.open).toBe(true);
    await vi.advanceTimersByTimeAsync(BUDGET);
    await running;
  });

  it('follows the idle setting at each request; 0 keeps the host open', async () => {
    idle = 0;
    const r = client.request(stats);
    await vi.runAllTimersAsync();
    await r;
    expect(fake.alarmMinutes).toBe(0);
  });
});

describe('host in the background context (Firefox)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('releases the dictionaries after the idle time, not while requests run', async () => {
    let releases = 0;
    let answer: (() => void) | undefined;
    const host = {
      handle: vi.fn(async () => {
        await new Promise<void>((r) => (answer = r));
        return { ok: true as const, result: null };
      }),
      release: () => releases++,
    };
    const route = withIdleRelease(host as never, () => 10);
    const r = route({ type: 'lookup', text: '漢字', offset: 0 });
    await vi.advanceTimersByTimeAsync(11 * 60_000);
    expect(releases).toBe(0);
    answer!();
    await r;
    await vi.advanceTimersByTimeAsync(10 * 60_000 - 1);
    expect(releases).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(releases).toBe(1);
  });
});

describe('the host’s own budget', () => {
  it('stops a batch between texts once it is over budget, and answers host-timeout', async () => {
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const seen: string[] = [];
    const host = new TokenizerHost(
      async () => ({
        tokenize: () => [],
        annotate: (t: string) => {
          seen.push(t);
          clock += 5000; // each text takes 5 s
          return { ruby: [], terms: [] } as never;
        },
      }),
      'test',
      12_000,
    );
    const res = await host.handle({ type: 'annotate', texts: ['一', '二', '三', '四', '五'] });
    now.mockRestore();
    expect(res).toMatchObject({ ok: false, code: 'host-timeout' });
    expect(seen).toEqual(['一', '二', '三']);
  });

  it('a released host loads its dictionaries again on the next request', async () => {
    let loads = 0;
    const host = new TokenizerHost(async () => {
      loads++;
      return { tokenize: () => [], annotate: () => ({ ruby: [], terms: [] }) as never };
    }, 'test');
    await host.handle({ type: 'annotate', texts: ['a'] });
    host.release();
    expect((await host.handle({ type: 'host-stats' })).ok && loads).toBe(1);
    await host.handle({ type: 'annotate', texts: ['a'] });
    expect(loads).toBe(2);
  });
});
