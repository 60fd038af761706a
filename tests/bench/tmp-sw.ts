import { launchWithExtension } from '../e2e/helpers/chromium';
const b = await launchWithExtension();
await new Promise((r) => setTimeout(r, 1500));
for (let i = 0; i < 5; i++) {
  console.log(await b.worker.evaluate(async () => {
    const t0 = performance.now();
    await chrome.storage.sync.get(null);
    const t1 = performance.now();
    await chrome.storage.session.get(['tab:1']);
    const t2 = performance.now();
    await chrome.storage.local.get(['knownWords']);
    const t3 = performance.now();
    await Promise.all([chrome.storage.sync.get(null), chrome.storage.session.get(['tab:1'])]);
    const t4 = performance.now();
    return `sync ${(t1 - t0).toFixed(1)} session ${(t2 - t1).toFixed(1)} local ${(t3 - t2).toFixed(1)} both ${(t4 - t3).toFixed(1)}`;
  }));
}
await b.close();
