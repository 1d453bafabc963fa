import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { MAX_JSON_DEPTH } from '../limits.js';

/**
 * The deepest nesting of arrays and objects in JSON text, read without parsing it (strings skipped), so a
 * body built to exhaust the parser or a later `JSON.stringify` is refused before either sees it. Stops
 * counting once past `limit`.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string, with its escapes.
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * JSON bodies: Fastify's own parser (which refuses `__proto__` and `constructor.prototype`) after a check of
 * the nesting depth against `MAX_JSON_DEPTH`.
 */
export function registerJsonBodyParser(app: FastifyInstance) {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDepthExceeds(body as string, MAX_JSON_DEPTH)) {
      done(new AppError('json_too_deep'), undefined);
      return;
    }
    parse(request, body as string, done);
  });
}
