#!/usr/bin/env node
// Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) next to every compressible file of the built
// web app, once at build time, so the server sends them as they are (@fastify/static `preCompressed`) instead of
// compressing on every request. A variant that is not smaller than the file is not written. Source maps are left
// alone: only the developer tools fetch them.
//   node scripts/compress.mjs [dir]          (default: dist next to this script)
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const dir = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
const files = (await readdir(dir, { recursive: true })).map((f) => path.join(dir, f));
const targets = [];
for (const file of files) {
  if (COMPRESSIBLE.test(file) && (await stat(file)).isFile()) targets.push(file);
}

let before = 0;
const after = { br: 0, gz: 0 };
await Promise.all(
  targets.map(async (file) => {
    const content = await readFile(file);
    before += content.length;
    const variants = {
      br: await brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      }),
      gz: await gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
    };
    for (const [extension, compressed] of Object.entries(variants)) {
      const smaller = compressed.length < content.length;
      if (smaller) await writeFile(`${file}.${extension}`, compressed);
      after[extension] += smaller ? compressed.length : content.length;
    }
  }),
);
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(
  `compressed ${targets.length} files in ${path.relative(process.cwd(), dir) || '.'}: ${kB(before)} → ` +
    `brotli ${kB(after.br)}, gzip ${kB(after.gz)}`,
);
