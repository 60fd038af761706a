/**
 * Memory per context of the extension in Chromium, read over the DevTools protocol
 * (Runtime.getHeapUsage): JS heap used and ArrayBuffer memory ("backing storage", where the
 * dictionaries live) of the service worker, the offscreen document (its isolate is shared by the
 * extension's open pages) and the tokenizer host's dedicated worker. The worker is reached through
 * the offscreen document's auto-attach: Chrome answers nothing sent to a worker attached from the
 * browser directly.
 */
import type { ExtensionBrowser } from '../e2e/helpers/chromium';

export interface ContextMemory {
  context: string;
  heapMb: number;
  buffersMb: number;
}

interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

const TIMEOUT_MS = 5000;

export async function contextMemory(b: ExtensionBrowser): Promise<ContextMemory[]> {
  const browser = b.context.browser();
  if (!browser) return [];
  const cdp = await browser.newBrowserCDPSession();
  let nextId = 0;
  const waiting = new Map<string, (result: unknown) => void>();
  const attached: { sessionId: string; type: string; url: string }[] = [];
  // Non-flattened sessions: replies and events arrive as JSON, nested once per hop.
  cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    const outer = JSON.parse(e.message) as {
      id?: number;
      result?: unknown;
      method?: string;
      params?: { sessionId: string; message: string; targetInfo?: { type: string; url: string } };
    };
    if (outer.id !== undefined) waiting.get(`${e.sessionId}:${outer.id}`)?.(outer.result);
    else if (outer.method === 'Target.attachedToTarget' && outer.params?.targetInfo)
      attached.push({ sessionId: outer.params.sessionId, ...outer.params.targetInfo });
    else if (outer.method === 'Target.receivedMessageFromTarget' && outer.params) {
      const inner = JSON.parse(outer.params.message) as { id?: number; result?: unknown };
      if (inner.id !== undefined) waiting.get(`${outer.params.sessionId}:${inner.id}`)?.(inner.result);
    }
  });
  const call = (sessionId: string, method: string, params: object = {}, via?: string): Promise<unknown> => {
    const id = ++nextId;
    const answer = new Promise<unknown>((resolve) => {
      waiting.set(`${sessionId}:${id}`, resolve);
      setTimeout(() => resolve(undefined), TIMEOUT_MS);
    });
    const message = JSON.stringify({ id, method, params });
    if (via) void call(via, 'Target.sendMessageToTarget', { sessionId, message });
    else void cdp.send('Target.sendMessageToTarget', { sessionId, message });
    return answer;
  };
  const mb = (n: number | undefined) => (n ?? NaN) / 1e6;
  const out: ContextMemory[] = [];
  const record = (context: string, usage: unknown) => {
    const u = usage as HeapUsage | undefined;
    if (u) out.push({ context, heapMb: mb(u.usedSize), buffersMb: mb(u.backingStorageSize) });
  };
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const ours = targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${b.extensionId}/`));
    const attach = async (targetId: string) =>
      ((await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string })
        .sessionId;
    const sw = ours.find((t) => t.type === 'service_worker');
    if (sw) record('service worker', await call(await attach(sw.targetId), 'Runtime.getHeapUsage'));
    const doc = ours.find((t) => t.url.includes('/src/offscreen/'));
    if (doc) {
      const page = await attach(doc.targetId);
      record('offscreen document and open pages', await call(page, 'Runtime.getHeapUsage'));
      await call(page, 'Target.setAutoAttach', {
        autoAttach: true,
        waitForDebuggerOnStart: false,
        flatten: false,
      });
      const started = Date.now();
      while (!attached.some((a) => a.type === 'worker') && Date.now() - started < TIMEOUT_MS)
        await new Promise((r) => setTimeout(r, 50));
      const worker = attached.find((a) => a.type === 'worker');
      if (worker)
        record('tokenizer host worker', await call(worker.sessionId, 'Runtime.getHeapUsage', {}, page));
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  return out;
}
