import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { callerFromSession, callerFromToken } from './caller.js';
import { safeEqual } from './secrets.js';
import { SESSION_COOKIE } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller of every request before its body is read: a bearer token, or else the session
 * cookie. Cookie-authenticated writes must carry the session's CSRF token in `x-csrf-token`
 * (synchronizer-token pattern); bearer requests are not exposed to CSRF and skip it.
 */
export function registerAuthentication(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('caller', null);
  app.decorateRequest('locale', 'da');
  app.addHook('onRequest', async (request) => {
    request.locale = localeOf(request);
    const mode = request.routeOptions.config.auth;
    // Only the API needs a caller; the web app's files, probes and unknown paths are public.
    const isApi = request.routeOptions.url?.startsWith('/api/') === true;
    if (mode === 'public' || request.is404 || !isApi) return;
    request.caller = await resolveCaller(request, deps);
    if (request.caller?.session && !SAFE_METHODS.has(request.method)) {
      const presented = request.headers['x-csrf-token'];
      if (typeof presented !== 'string' || !safeEqual(presented, request.caller.session.csrfToken)) {
        throw new AppError('csrf_invalid');
      }
    }
    if (!request.caller && mode !== 'optional') throw new AppError('unauthenticated');
    // A read token reads: every write, whatever it changes (the person's own settings too), is refused here.
    if (request.caller?.token?.scope === 'read' && !SAFE_METHODS.has(request.method)) throw new AppError('token_read_only');
  });
}

async function resolveCaller(request: FastifyRequest, deps: Deps) {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw new AppError('invalid_token');
    return callerFromToken(deps.db, match[1], request.id, deps.clock);
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const policy = { idleMinutes: deps.config.sessionIdleMinutes, maxHours: deps.config.sessionMaxHours };
  return callerFromSession(deps.db, cookie, policy, request.id, deps.clock);
}

function localeOf(request: FastifyRequest): 'da' | 'en' {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'da';
}

/** The caller of a route that requires one (the hook has already refused anonymous requests). */
export function callerOf(request: FastifyRequest) {
  if (!request.caller) throw new AppError('unauthenticated');
  return request.caller;
}
