import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
/** dkfds only exports its JS; its CSS, fonts and icons are reached through this alias. */
const dkfdsDist = path.resolve(path.dirname(require.resolve('dkfds')), '..');
const coreSource = path.resolve(here, '../../packages/core/src');
const backend = 'http://localhost:8080';

/**
 * Takes DKFDS's eight @font-face rules for IBM Plex Sans out of its stylesheet; src/fonts.css declares the same
 * faces with smaller files. Fails the build if DKFDS changes them, so the two are looked at together.
 */
function withoutDkfdsFontFaces(): Plugin {
  const stylesheet = `${dkfdsDist}/css/dkfds.min.css`;
  return {
    name: 'overblik:without-dkfds-font-faces',
    enforce: 'pre',
    transform(code, id) {
      if (id.split('?')[0] !== stylesheet) return null;
      let removed = 0;
      const css = code.replace(/@font-face\{[^}]*font-family:IBM Plex Sans;[^}]*\}/g, () => {
        removed += 1;
        return '';
      });
      if (removed !== 8) this.error(`expected 8 IBM Plex Sans @font-face rules in ${stylesheet}, found ${removed}`);
      return { code: css, map: null };
    },
  };
}

export default defineConfig({
  root: here,
  plugins: [react(), withoutDkfdsFontFaces()],
  resolve: {
    alias: [
      { find: /^dkfds-dist\//, replacement: `${dkfdsDist}/` },
      { find: /^@overblik\/api$/, replacement: path.resolve(here, '../../packages/api/src/index.ts') },
      { find: /^@overblik\/core$/, replacement: `${coreSource}/index.ts` },
    ],
  },
  build: {
    outDir: path.resolve(here, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // packages/core is pure (no I/O, nothing done on import), so a module of it whose exports are not used is left
      // out even where its top level calls a function (a top-level `Decimal.clone(…)` once brought decimal.js into
      // the first load of every page through the `@overblik/core` index).
      treeshake: { moduleSideEffects: (id: string) => !id.startsWith(`${coreSource}/`) },
      // What the first page needs comes in two files: the libraries (vendor-*.js and DKFDS's CSS, which change
      // rarely and stay cached across releases) and the app's own code with the Danish texts (index-*.js), instead
      // of a dozen shared chunks of a few hundred bytes, each costing a request. Pages loaded later (router.tsx)
      // keep their own chunks.
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': backend, '/healthz': backend, '/readyz': backend },
  },
});
