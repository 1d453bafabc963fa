#!/usr/bin/env node
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('overblik: the CLI is not built. Run `npm run build` in the repository first.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
await main(process.argv);
