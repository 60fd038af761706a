import { launchWithExtension, waitForAnnotated } from '../e2e/helpers/chromium';
import { launchFirefoxWithExtension, waitForFirefoxAnnotated } from '../e2e/helpers/firefox';
import { startFixtureServer } from '../e2e/helpers/fixture-server';
const server = await startFixtureServer();
const marks = () => { const d = document.documentElement.dataset; const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return Object.entries(d).map(([k, v]) => `${k.slice(2)}=${v}`).join(' ') + ` dcl=${Math.round(n.domContentLoadedEventEnd)} load=${Math.round(n.loadEventEnd)}`; };
const which = process.argv[2] ?? 'both';
if (which !== 'firefox') {
const b = await launchWithExtension(process.argv[3] ? process.argv[3] + '/chrome' : undefined);
for (let i = 0; i < 6; i++) {
  const page = await b.context.newPage();
  await page.goto(server.url('/sample-news.html'));
  const t = await waitForAnnotated(page, 60000);
  console.log(`chromium ${i}: annotated ${t.toFixed(0)} ${await page.evaluate(marks)}`);
  await page.close();
}
await b.close();
}
if (which !== 'chromium') {
const ff = await launchFirefoxWithExtension(process.argv[3] ? process.argv[3] + '/firefox' : undefined);
for (let i = 0; i < 6; i++) {
  const page = await ff.browser.newPage();
  await page.goto(server.url('/sample-news.html'));
  const t = await waitForFirefoxAnnotated(page, 60000);
  console.log(`firefox ${i}: annotated ${t.toFixed(0)} ${await page.evaluate(marks)}`);
  await page.close();
}
await ff.close();
}
await server.close();
