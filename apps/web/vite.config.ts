import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
/** dkfds only exports its JS; its CSS, fonts and icons are reached through this alias. */
const dkfdsDist = path.resolve(path.dirname(require.resolve('dkfds')), '..');
const coreSource = path.resolve(here, '../../packages/core/src');
const backend = 'http://localhost:8080';
/** DKFDS with Overblik's colours (its Sass, configured there). */
const theme = path.resolve(here, 'src/theme.scss');

/**
 * Takes DKFDS's eight @font-face rules for IBM Plex Sans out of its stylesheet as compiled from src/theme.scss (a
 * PostCSS plugin, run after Sass); src/fonts.css declares the faces used with smaller files. Fails the build if
 * DKFDS changes them, so the two are looked at together.
 */
function withoutDkfdsFontFaces() {
  return {
    postcssPlugin: 'overblik:without-dkfds-font-faces',
    Once(root: PostcssRoot) {
      const file = root.source?.input.file ?? '';
      if (path.resolve(file) !== theme) return;
      let removed = 0;
      root.walkAtRules('font-face', (rule) => {
        if (!/font-family:\s*["']?IBM Plex Sans/.test(rule.toString())) return;
        rule.remove();
        removed += 1;
      });
      if (removed !== 8) throw new Error(`expected 8 IBM Plex Sans @font-face rules in ${file}, found ${removed}`);
    },
  };
}

/** The little of PostCSS's tree the plugin above uses (PostCSS comes with Vite). */
type PostcssRoot = {
  source?: { input: { file?: string } };
  walkAtRules(name: string, visit: (rule: { toString(): string; remove(): void }) => void): void;
};

export default defineConfig({
  root: here,
  plugins: [react()],
  css: {
    postcss: { plugins: [withoutDkfdsFontFaces()] },
    // DKFDS's Sass uses syntax Dart Sass has deprecated (if()); those warnings are DKFDS's to act on.
    preprocessorOptions: { scss: { quietDeps: true } },
  },
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
      // What the first page needs comes in two files: the libraries (vendor-*.js and DKFDS's CSS, built from
      // theme.scss, which change rarely and stay cached across releases) and the app's own code with the Danish
      // texts (index-*.js), instead of a dozen shared chunks of a few hundred bytes, each costing a request. Pages loaded later (router.tsx)
      // keep their own chunks.
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: (id: string) => /[\\/]node_modules[\\/]/.test(id) || id === theme,
              tags: ['$initial'],
              priority: 2,
            },
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
