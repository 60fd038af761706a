import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { openAnnotated, useChromiumSession } from './helpers/session';

/**
 * The tokenizer host's lifecycle in real Chromium: the offscreen document is closed when its idle
 * alarm fires (after hostIdleMinutes without a request; here the alarm is brought forward) and
 * created again by the next page.
 */
const session = useChromiumSession();

async function worker(): Promise<Worker> {
  const ctx = session.browser.context;
  return ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
}

async function hostOpen(): Promise<boolean> {
  return (await worker()).evaluate(async () => {
    const contexts = await chrome.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
    });
    return contexts.length > 0;
  });
}

describe('tokenizer host lifecycle in Chromium', () => {
  it('arms the idle alarm for 10 minutes after a page is annotated', async () => {
    const page = await openAnnotated(session.browser.context, session.server.url('/sample-news.html'));
    expect(await hostOpen()).toBe(true);
    const alarm = await (await worker()).evaluate(() => chrome.alarms.get('yomitoki-host-idle'));
    expect(alarm).toBeDefined();
    const minutesLeft = (alarm!.scheduledTime - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(8);
    expect(minutesLeft).toBeLessThanOrEqual(10);
    await page.close();
  });

  it('closes the idle host when the alarm fires, and the next page opens it again', async () => {
    // The host this test closes, open whatever ran before: a page annotated here opens it.
    const first = await openAnnotated(session.browser.context, session.server.url('/sample-news.html'));
    expect(await hostOpen()).toBe(true);
    await first.close();
    await (
      await worker()
    ).evaluate(() => chrome.alarms.create('yomitoki-host-idle', { delayInMinutes: 1 / 60 }));
    await expect.poll(hostOpen, { timeout: 45_000, interval: 250 }).toBe(false);
    const page = await openAnnotated(session.browser.context, session.server.url('/sample-news.html'));
    expect(await hostOpen()).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('#article ruby').length)).toBeGreaterThan(100);
    await page.close();
  });
});
