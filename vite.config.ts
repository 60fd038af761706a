import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import sourceManifest from './manifest.json' with { type: 'json' };

/**
 * One manifest source, two builds: `vite build --mode chrome` → dist/chrome (service worker +
 * offscreen tokenizer host), `vite build --mode firefox` → dist/firefox (background script).
 * YOMITOKI_CHROME_HOST=worker builds the Chrome variant that hosts the tokenizer in the service
 * worker itself (kept for the benchmark that compares the two hosts).
 */
type Target = 'chrome' | 'firefox';

/** The content script is built by contentScript() below, not by crx: its manifest entry is added there. */
function manifestFor(target: Target): ManifestV3Export {
  const { content_scripts: _, ...rest } = structuredClone(sourceManifest);
  const m = rest as Record<string, unknown> & Omit<typeof sourceManifest, 'content_scripts'>;
  if (target === 'chrome') return m as ManifestV3Export;
  const firefox: Record<string, unknown> = { ...m };
  firefox.background = { scripts: [m.background.service_worker], type: 'module' };
  firefox.permissions = m.permissions.filter((p) => p !== 'offscreen');
  // Chrome only: a per-session URL, so pages cannot probe the fixed one to detect Yomitoki (Firefox's
  // moz-extension: host is already random per profile).
  firefox.web_accessible_resources = m.web_accessible_resources.map(
    ({ use_dynamic_url: _, ...rest }) => rest,
  );
  delete firefox.options_page;
  firefox.options_ui = { page: m.options_page, open_in_tab: true };
  firefox.browser_specific_settings = {
    gecko: {
      id: 'yomitoki@yomitoki.invalid',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android runs the same build (touch popups; no context menu or commands there).
    gecko_android: { strict_min_version: '142.0' },
  };
  return firefox as unknown as ManifestV3Export;
}

/**
 * Put the dictionaries into the build, uncompressed (the extension package is zipped anyway, and the
 * host then needs no decompression pass): the compact IPADIC compiled from the installed kuromoji and
 * our glossary tables (src/cli/package-dicts.ts writes both), plus the notices and licences.
 */
function copyDictionaries(outDir: string): Plugin {
  return {
    name: 'yomitoki-copy-dictionaries',
    apply: 'build',
    async closeBundle() {
      const require = createRequire(import.meta.url);
      // The compiler is part of the bundled CLI (src/cli/ensure-built.mjs builds it when stale).
      const ensureBuilt = new URL('./src/cli/ensure-built.mjs', import.meta.url).href;
      const { ensureCliBuilt, CLI_DIR } = (await import(ensureBuilt)) as {
        ensureCliBuilt: () => void;
        CLI_DIR: string;
      };
      ensureCliBuilt();
      execFileSync(process.execPath, [resolve(CLI_DIR, 'package-dicts.js'), outDir], {
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      // kuromoji's licence (Apache 2.0) and its NOTICE, which carries the IPADIC licence.
      const kuromojiRoot = dirname(require.resolve('kuromoji/package.json'));
      mkdirSync(resolve(outDir, 'licences'), { recursive: true });
      cpSync(resolve(kuromojiRoot, 'LICENSE-2.0.txt'), resolve(outDir, 'licences/kuromoji-LICENSE-2.0.txt'));
      cpSync(resolve(kuromojiRoot, 'NOTICE.md'), resolve(outDir, 'licences/kuromoji-NOTICE.md'));
      const compiled = resolve(import.meta.dirname, 'dicts/compiled');
      // The tables themselves were written above; their notice and manifest travel with them.
      for (const f of ['NOTICE.md', 'SOURCES.json']) {
        if (existsSync(resolve(compiled, f))) cpSync(resolve(compiled, f), resolve(outDir, 'dicts', f));
      }
      mkdirSync(resolve(outDir, 'licences'), { recursive: true });
      for (const f of ['ATTRIBUTION.md']) {
        const src = resolve(import.meta.dirname, 'dicts', f);
        if (existsSync(src)) cpSync(src, resolve(outDir, 'licences', f));
      }
      const licences = resolve(import.meta.dirname, 'dicts/licences');
      if (existsSync(licences)) cpSync(licences, resolve(outDir, 'licences'), { recursive: true });
    },
  };
}

/**
 * The content script: one classic script (content scripts cannot be modules), built here as a single
 * IIFE with the same defines, plus its stylesheet, and declared in the built manifest as the source
 * manifest declares it. crx would build it in a nested build of its own whose options vite 8
 * contradicts (rolldown then warns "inlineDynamicImports option is ignored" at every build).
 */
function contentScript(outDir: string, define: Record<string, string>): Plugin {
  const root = import.meta.dirname;
  return {
    name: 'yomitoki-content-script',
    apply: 'build',
    async closeBundle() {
      // What the source manifest declares is what is built and copied: the two cannot drift apart.
      for (const entry of sourceManifest.content_scripts) {
        for (const script of entry.js) {
          await build({
            configFile: false,
            root,
            logLevel: 'warn',
            publicDir: false,
            define,
            build: {
              outDir: resolve(outDir, dirname(script)),
              emptyOutDir: false,
              target: 'es2022',
              minify: false,
              sourcemap: false,
              reportCompressedSize: false,
              rollupOptions: {
                input: resolve(root, script),
                output: { format: 'iife', entryFileNames: basename(script).replace(/\.ts$/, '.js') },
              },
            },
          });
        }
        for (const css of entry.css) cpSync(resolve(root, css), resolve(outDir, css));
      }
      const manifestPath = resolve(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      built.content_scripts = sourceManifest.content_scripts.map((c) => ({
        ...c,
        js: c.js.map((f) => f.replace(/\.ts$/, '.js')),
      }));
      writeFileSync(manifestPath, JSON.stringify(built, null, 2));
    },
  };
}

/** Test tiers (vitest reads them from here): unit (core, Node), dom (happy-dom), e2e (real browsers). */
const testProjects = [
  { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
  { test: { name: 'dom', include: ['tests/dom/**/*.test.ts'], environment: 'happy-dom' } },
  {
    test: {
      name: 'e2e',
      include: ['tests/e2e/**/*.test.ts'],
      environment: 'node',
      testTimeout: 120_000,
      hookTimeout: 120_000,
      // One browser at a time: two cores, and each browser loads a 200 MB dictionary.
      fileParallelism: false,
    },
  },
];

export default defineConfig(({ mode, command }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const chromeHost = process.env.YOMITOKI_CHROME_HOST === 'worker' ? 'worker' : 'offscreen';
  const outDir = resolve(
    import.meta.dirname,
    'dist',
    target === 'chrome' && chromeHost === 'worker' ? 'chrome-worker' : target,
  );
  const define = {
    __TARGET__: JSON.stringify(target),
    __TOKENIZER_HOST__: JSON.stringify(target === 'firefox' ? 'background' : chromeHost),
  };
  return {
    define,
    test: { projects: testProjects },
    plugins: [
      command !== 'build' ? [] : crx({ manifest: manifestFor(target), browser: target }),
      command !== 'build' ? [] : contentScript(outDir, define),
      copyDictionaries(outDir),
    ],
    publicDir: resolve(import.meta.dirname, 'src/public'),
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        // Pages the manifest does not name: the first-run page, and Chrome's offscreen host.
        input: {
          welcome: resolve(import.meta.dirname, 'src/welcome/index.html'),
          // The fix-reading confirm frame: named only by the manifest's web_accessible_resources.
          'fix-reading': resolve(import.meta.dirname, 'src/fix-reading/index.html'),
          ...(target === 'chrome'
            ? { offscreen: resolve(import.meta.dirname, 'src/offscreen/index.html') }
            : {}),
        },
      },
    },
  };
});
