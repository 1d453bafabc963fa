import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';

/**
 * Serves the built web app from the same origin as the API. Paths that are not files get
 * `index.html` (the app routes in the browser); unknown API paths stay JSON problems.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string) {
  const index = path.join(webDir, 'index.html');
  const built = existsSync(index);
  if (built) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false, maxAge: '1h', immutable: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const apiPath = /^\/(api|healthz|readyz|metrics)(\/|$)/.test(request.url);
    if (apiPath || request.method !== 'GET') return sendProblem(reply, request, 'not_found');
    if (!built) {
      return reply.status(503).type('text/plain; charset=utf-8').send('The web app is not built. Run `npm run build`.\n');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', webDir);
  });
}
