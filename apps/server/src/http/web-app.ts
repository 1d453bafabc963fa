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

/** What a browser is shown while there is no built web app: in Danish, or in English for one that asks for it. */
const NOT_BUILT = {
  da: {
    title: 'Overblik er ikke bygget',
    text: 'Webappen er endnu ikke bygget på denne server. Kør <code>npm run build</code>, og genindlæs siden.',
  },
  en: {
    title: 'Overblik is not built',
    text: 'The web app is not built on this server yet. Run <code>npm run build</code> and reload the page.',
  },
} as const;

function notBuiltPage(locale: 'da' | 'en'): string {
  const { title, text } = NOT_BUILT[locale];
  return `<!doctype html>\n<html lang="${locale}">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>\n<body><main><h1>${title}</h1><p>${text}</p></main></body>\n</html>\n`;
}

/**
 * Serves the built web app from the same origin as the API. Paths that are not files get
 * `index.html` (the app routes in the browser); unknown API paths and missing files stay JSON problems.
 * The build writes `.br` and `.gz` beside each compressible file (apps/web/scripts/compress.mjs); they are
 * sent as the file's `Content-Encoding` when the request accepts them.
 *
 * Each file is looked up in `webDir` when it is asked for (one wildcard route rather than a route per file found at
 * start), so a build made while the server runs is served without a restart: the first build of a server started
 * without one, and a new build with new asset names. Until `index.html` is there, the app's pages are answered
 * with a short page saying so (503, in Danish, or English by Accept-Language); whether it is there is looked up on
 * each request for a page.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string) {
  const index = path.join(webDir, 'index.html');
  await app.register(fastifyStatic, {
    root: webDir,
    // A file that is not there falls through to the not-found handler below.
    wildcard: true,
    index: false,
    preCompressed: true,
    // The variants are reached only through Accept-Encoding, not under their own names; a directory is no file.
    allowedPath: (pathname) => !/(\.br|\.gz|\/)$/.test(pathname),
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', cacheControlOf(path.relative(webDir, filePath).split(path.sep).join('/')));
      res.setHeader('vary', 'Accept-Encoding');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    const apiPath = /^\/(api|healthz|readyz|metrics)(\/|$)/.test(pathname);
    if (apiPath || request.method !== 'GET' || FILE_PATH.test(pathname)) return sendProblem(reply, request, 'not_found');
    // One stat per page load (not per asset or API call), so a missing or half-written build is seen at once.
    if (!existsSync(index)) {
      return reply
        .status(503)
        .header('cache-control', 'no-store')
        .header('vary', 'Accept-Language')
        .type('text/html; charset=utf-8')
        .send(notBuiltPage(request.locale));
    }
    return reply.sendFile('index.html', webDir);
  });
}
