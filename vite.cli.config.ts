import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The Node CLI, bundled once into plain JavaScript (dist/cli/*.js) so `npm run annotate` starts
 * without transpiling TypeScript. src/cli/ensure-built.mjs rebuilds it when its sources change.
 * Dependencies are bundled too (fewer files to resolve at start-up); Node's built-ins stay imports.
 */
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  logLevel: 'warn',
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: { annotate: 'src/cli/annotate.ts', 'package-dicts': 'src/cli/package-dicts.ts' },
      // Flat: the loaders find the repository's dicts/ relative to their own file.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
    },
  },
});
