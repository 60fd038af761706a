/**
 * `npm run annotate`: rebuild dist/cli if its sources changed (a hash check of a few milliseconds),
 * then run the bundled CLI in this same process.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_DIR, ensureCliBuilt } from './ensure-built.mjs';

ensureCliBuilt();
await import(pathToFileURL(join(CLI_DIR, 'annotate.js')).href);
