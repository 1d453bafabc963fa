import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Tests run against the TypeScript sources of the workspace packages, never a stale build. */
export const workspaceAliases = [
  { find: /^@overblik\/core$/, replacement: at('./packages/core/src/index.ts') },
  { find: /^@overblik\/core\/search$/, replacement: at('./packages/core/src/search/danish-terms.ts') },
  { find: /^@overblik\/core\/common-passwords$/, replacement: at('./packages/core/src/access/common-passwords.ts') },
  { find: /^@overblik\/ubl$/, replacement: at('./packages/ubl/src/index.ts') },
  { find: /^@overblik\/api$/, replacement: at('./packages/api/src/index.ts') },
  { find: /^@overblik\/db$/, replacement: at('./packages/db/src/index.ts') },
  { find: /^@overblik\/db\/testing$/, replacement: at('./packages/db/src/testing.ts') },
  { find: /^@overblik\/server$/, replacement: at('./apps/server/src/index.ts') },
];

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
