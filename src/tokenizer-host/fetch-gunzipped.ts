/**
 * Fetch a packaged .gz file and gunzip it with the platform's DecompressionStream (service worker,
 * offscreen document, Firefox background page; no XMLHttpRequest). Throws `HTTP <status>` or the
 * decompression error; callers add which dictionary file it was.
 */
export async function fetchGunzipped(url: string | URL): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
  return new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}
