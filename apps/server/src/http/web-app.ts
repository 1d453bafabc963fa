import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';

/** What Vite writes under `assets/`: `<name>-<8-character hash>.<ext>`, so a changed file gets a new name. */
const HASHED_ASSET = /^assets\/[^/]+-[\w-]{8}\.[\w.]+$/;
/** A path that names a file (it has an extension), never one of the app's own routes. */
const FILE_PATH = /^\/assets\/|\/[^/]*\.[A-Za-z0-9]{1,8}$/;

/**
 * How long a browser may keep a file of the built app (relative to the web root): hashed assets for a year and
 * without revalidating (a new build links new names); `index.html` and everything else revalidated on every use
 * (ETag/Last-Modified, so an unchanged file costs a 304), so a new version is seen at once.
 */
export function cacheControlOf(relativePath: string): string {
  return HASHED_ASSET.test(relativePath.replace(/\.(br|gz)$/, '')) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built web app from the same origin as the API. Paths that are not files get
 * `index.html` (the app routes in the browser); unknown API paths and missing files stay JSON problems.
 * The build writes `.br` and `.gz` beside each compressible file (apps/web/scripts/compress.mjs); they are
 * sent as the file's `Content-Encoding` when the request accepts them.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string) {
  const index = path.join(webDir, 'index.html');
  const built = existsSync(index);
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      // The variants are reached only through Accept-Encoding, not under their own names.
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      setHeaders: (res, filePath) => {
        res.setHeader('cache-control', cacheControlOf(path.relative(webDir, filePath).split(path.sep).join('/')));
        res.setHeader('vary', 'Accept-Encoding');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    const apiPath = /^\/(api|healthz|readyz|metrics)(\/|$)/.test(pathname);
    if (apiPath || request.method !== 'GET' || FILE_PATH.test(pathname)) return sendProblem(reply, request, 'not_found');
    if (!built) {
      return reply.status(503).type('text/plain; charset=utf-8').send('The web app is not built. Run `npm run build`.\n');
    }
    return reply.sendFile('index.html', webDir);
  });
}
