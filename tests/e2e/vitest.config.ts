import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../vitest.config.ts';

/** Browser tests: each file starts its own server on a fresh database and drives Debian's Chromium. */
export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    expect: { poll: { timeout: 10_000, interval: 100 } },
    pool: 'forks',
  },
});
