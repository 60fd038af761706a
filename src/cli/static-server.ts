/** A static file server for pages the extension is tried on (`npm start`, the end-to-end tests). */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves the files of `root` on 127.0.0.1 (content scripts need http pages, not file://), plus
 * `extraRoutes` (path → HTML). Paths outside `root` are refused.
 */
export async function startStaticServer(
  root: string,
  extraRoutes: Record<string, string> = {},
  /** Sees every request (a network watch). */
  onRequest?: (path: string) => void,
): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    onRequest?.(req.url ?? '/');
    if (extraRoutes[path] !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(extraRoutes[path]);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p.startsWith('/') ? p : `/${p}`}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
