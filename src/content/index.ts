/**
 * Content script entry: wires the furigana controller to the background and the page. Holds no
 * logic of its own worth testing; see src/content/furigana/ for the DOM work.
 */
import browser from 'webextension-polyfill';
import { parseMessage, ApplyEnabledMessage } from '../shared/messages';
import { annotateTexts, HostError, pageState } from './background-client';
import { FuriganaController } from './furigana/furigana-controller';
import { showNotice } from './notice';

function isOnScreen(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom >= 0 && r.top <= window.innerHeight && r.width + r.height > 0;
}

function describe(err: unknown): string {
  if (err instanceof HostError && err.code === 'dictionary-unavailable') {
    return `the Japanese dictionary could not be loaded (${err.message}). Furigana is off on this page; reload the extension to try again.`;
  }
  return `furigana failed: ${err instanceof Error ? err.message : String(err)}`;
}

const controller = new FuriganaController(document, {
  annotateTexts,
  isVisible: isOnScreen,
  onError: (err) => showNotice(document, describe(err)),
});

browser.runtime.onMessage.addListener((raw: unknown) => {
  const msg = parseMessage(ApplyEnabledMessage, raw);
  if (!msg.ok) return undefined;
  if (msg.value.enabled) void controller.enable();
  else controller.disable();
  return Promise.resolve({ ok: true });
});

// Expose progress to the page's tests and benchmark only through a DOM attribute on <html>
// (no globals): set when the first pass finishes.
async function start(): Promise<void> {
  try {
    const state = await pageState(location.href);
    if (!state.enabled) return;
    await controller.enable();
    document.documentElement.setAttribute('data-ytk-ready', String(Date.now()));
  } catch (err) {
    showNotice(document, describe(err));
  }
}

void start();
