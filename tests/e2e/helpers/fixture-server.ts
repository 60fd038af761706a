import { resolve } from 'node:path';
import { startStaticServer, type StaticServer } from '../../../src/cli/static-server';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

export type FixtureServer = StaticServer;

/** Serves tests/fixtures on 127.0.0.1 (content scripts need http pages, not file://). */
export function startFixtureServer(
  extraRoutes: Record<string, string> = {},
  /** Sees every request (a network watch). */
  onRequest?: (path: string) => void,
): Promise<FixtureServer> {
  return startStaticServer(FIXTURES, extraRoutes, onRequest);
}
