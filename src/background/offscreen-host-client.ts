import { failure, isReply, type HostMessage, type HostRequest, type Responses } from '../shared/messages';

/**
 * Chrome: the tokenizer lives in an offscreen document, which outlives the service worker. When
 * Chrome stops an idle worker (~30 s), the next request restarts only the small worker; the
 * dictionary stays loaded in the document. Same interface as TokenizerHost.handle, plus a watchdog
 * and an idle close:
 *  - every request has a time budget; a request past it is answered with `host-timeout` (the page
 *    says so) and the document is closed, so the next request gets a fresh host;
 *  - after `idleMinutes` without a request the document is closed (its memory freed) and created
 *    again by the next request. The idle timer is a browser alarm: it survives the worker's stops.
 */

/** The browser APIs the client uses (chrome.offscreen, runtime, alarms); tests pass a fake. */
export interface OffscreenApi {
  hasDocument(): Promise<boolean>;
  createDocument(): Promise<void>;
  closeDocument(): Promise<void>;
  send(message: HostMessage): Promise<unknown>;
  /** (Re)arm the one idle alarm; 0 clears it. */
  armIdleAlarm(minutes: number): void;
  onIdleAlarm(listener: () => void): void;
}

export interface HostClientOptions {
  budgetMs: number;
  /** Read at each request, so a changed setting applies without a restart. */
  idleMinutes: () => number;
}

const OFFSCREEN_PATH = 'src/offscreen/index.html';
const IDLE_ALARM = 'yomitoki-host-idle';

export function chromeOffscreenApi(): OffscreenApi {
  return {
    async hasDocument() {
      const contexts = await chrome.runtime.getContexts({
        contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
        documentUrls: [chrome.runtime.getURL(OFFSCREEN_PATH)],
      });
      return contexts.length > 0;
    },
    async createDocument() {
      await chrome.offscreen
        .createDocument({
          url: OFFSCREEN_PATH,
          reasons: ['WORKERS' as chrome.offscreen.Reason],
          justification: 'Hosts the Japanese tokenizer dictionary once per browser, shared by all tabs.',
        })
        .catch((err: unknown) => {
          // Another request created it first: that is fine.
          if (!String(err).includes('single offscreen')) throw err;
        });
    },
    async closeDocument() {
      await chrome.offscreen.closeDocument().catch(() => undefined);
    },
    send: (message) => chrome.runtime.sendMessage(message),
    armIdleAlarm(minutes) {
      if (minutes > 0) void chrome.alarms.create(IDLE_ALARM, { delayInMinutes: minutes });
      else void chrome.alarms.clear(IDLE_ALARM);
    },
    onIdleAlarm(listener) {
      chrome.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === IDLE_ALARM) listener();
      });
    },
  };
}

const TIMED_OUT = Symbol('timed out');
/** How long a send is retried while the document is not there or not listening yet, and how often. */
const STARTING_MS = 5_000;
const RETRY_MS = 50;

export class OffscreenHostClient {
  private creating: Promise<void> | undefined;
  private inFlight = 0;
  /** Bumped when the document is closed: a late timeout of an older document closes nothing. */
  private generation = 0;
  /**
   * The document is known to exist: requests then go straight to it, without asking the browser
   * first (one IPC round trip less on every request). Cleared when we close it or a send finds none.
   */
  private open = false;

  constructor(
    private readonly api: OffscreenApi,
    private readonly options: HostClientOptions,
  ) {
    api.onIdleAlarm(() => void this.closeIfIdle());
  }

  async ensure(): Promise<void> {
    if (this.open) return;
    const generation = this.generation;
    if (!(await this.api.hasDocument())) {
      this.creating ??= this.api.createDocument().finally(() => {
        this.creating = undefined;
      });
      await this.creating;
    }
    if (generation === this.generation) this.open = true;
  }

  async request<R extends HostRequest>(req: R): Promise<Responses[R['type']]> {
    this.inFlight++;
    const generation = this.generation;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), this.options.budgetMs);
    });
    try {
      const res = await Promise.race([this.forward(req), timeout]);
      if (res !== TIMED_OUT) return res;
      await this.restart(generation);
      const seconds = Math.round(this.options.budgetMs / 1000);
      return failure(
        'host-timeout',
        `the tokenizer did not answer within ${seconds} s; it was restarted (reload the page to try again)`,
      );
    } finally {
      clearTimeout(timer);
      this.inFlight--;
      this.api.armIdleAlarm(this.options.idleMinutes());
    }
  }

  private async forward<R extends HostRequest>(req: R): Promise<Responses[R['type']]> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.ensure();
        const res = await this.api.send({ target: 'tokenizer-host', request: req });
        if (isReply(res)) return res as Responses[R['type']];
        throw new Error('the tokenizer host did not answer');
      } catch (err) {
        // The document may have gone (ask the browser again), or still be starting its script (it
        // adds its listener once its host chunk has loaded, which at browser start on two busy
        // cores can take a while): retry for up to STARTING_MS before giving up.
        this.open = false;
        if (attempt >= STARTING_MS / RETRY_MS) return failure('dictionary-unavailable', err);
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
  }

  /** Close a hung document once (however many requests timed out on it). */
  private async restart(generation: number): Promise<void> {
    if (generation !== this.generation) return;
    this.generation++;
    this.open = false;
    await this.api.closeDocument();
  }

  private async closeIfIdle(): Promise<void> {
    if (this.inFlight > 0) return; // the request's end re-arms the alarm
    if (!(await this.api.hasDocument())) return;
    this.generation++;
    this.open = false;
    await this.api.closeDocument();
  }
}
