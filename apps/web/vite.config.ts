import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
/** dkfds only exports its JS; its CSS, fonts and icons are reached through this alias. */
const dkfdsDist = path.resolve(path.dirname(require.resolve('dkfds')), '..');
const backend = 'http://localhost:8080';

export default defineConfig({
  root: here,
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^dkfds-dist\//, replacement: `${dkfdsDist}/` },
      { find: /^@overblik\/api$/, replacement: path.resolve(here, '../../packages/api/src/index.ts') },
      { find: /^@overblik\/core$/, replacement: path.resolve(here, '../../packages/core/src/index.ts') },
    ],
  },
  build: { outDir: path.resolve(here, 'dist'), emptyOutDir: true, sourcemap: true },
  server: {
    proxy: { '/api': backend, '/healthz': backend, '/readyz': backend },
  },
});
