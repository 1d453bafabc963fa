import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import { loginSource } from '@overblik/core';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import { callerFromSession } from '../auth/caller.js';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.js';
import type { Deps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { routeSchema } from '../http/route.js';
import { changePassword } from '../usecases/auth/change-password.js';
import { completeSetup, getSetupInfo } from '../usecases/auth/complete-setup.js';
import { LoginLimited, logIn } from '../usecases/auth/log-in.js';
import { logOut } from '../usecases/auth/log-out.js';
import { PasswordResetLimited, requestPasswordReset } from '../usecases/auth/password-reset.js';
import type { StartedSession } from '../usecases/auth/start-session.js';
import { getMe } from '../usecases/me/get-me.js';
import { updateMe } from '../usecases/me/update-me.js';
import { getPreference, putPreference } from '../usecases/preferences/preferences.js';

export function authRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const secure = deps.config.publicUrl.startsWith('https://');
  const LOGIN_RATE_LIMIT = { max: deps.config.authRateLimitPerMinute, timeWindow: '1 minute' };
  const policy = { idleMinutes: deps.config.sessionIdleMinutes, maxHours: deps.config.sessionMaxHours };

  /** After login or setup: set the cookie and answer with the new session's view of `me`. */
  const openSession = async (request: { id: string }, reply: Parameters<typeof setSessionCookie>[0], started: StartedSession) => {
    setSessionCookie(reply, started.cookieValue, started.expiresAt, secure);
    const caller = await callerFromSession(deps.db, started.cookieValue, policy, request.id, deps.clock);
    if (!caller) throw new AppError('internal_error');
    return getMe(deps, caller);
  };

  app.post('/api/v1/auth/login', {
    config: { auth: 'public', rateLimit: LOGIN_RATE_LIMIT },
    schema: routeSchema({
      tags: ['Godkendelse'],
      summary: 'Log ind med e-mail og adgangskode',
      description:
        'Sets the HttpOnly session cookie `overblik_session`. Failed logins are limited per account and client address (10 in 15 minutes lock that address out of that account: `too_many_attempts`); after 10 failures on an account from anywhere, addresses that have failed on it wait a growing time, at most a minute (`login_slowed`); an address without failures on the account may always try. Requests per client address are limited per minute (`rate_limited`). Refusals carry `Retry-After` (seconds).',
      body: Api.LoginRequest,
      example: { email: 'it-kontrakter@kommune.dk', password: 'en lang adgangskode' },
      success: [200, Api.Me],
      errors: ['invalid_credentials', 'too_many_attempts', 'login_slowed', 'rate_limited'],
      public: true,
    }),
    handler: async (request, reply) => {
      try {
        const started = await logIn(deps, request.body, loginSource(request.ip), request.headers['user-agent']);
        return await openSession(request, reply, started);
      } catch (error) {
        if (error instanceof LoginLimited) reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }
    },
  });

  app.post('/api/v1/auth/logout', {
    config: { auth: 'optional' },
    schema: routeSchema({ tags: ['Godkendelse'], summary: 'Log ud', success: [204, null], errors: ['csrf_invalid'] }),
    handler: async (request, reply) => {
      await logOut(deps, request.caller);
      clearSessionCookie(reply, secure);
      return reply.status(204).send();
    },
  });

  app.get('/api/v1/auth/setup', {
    config: { auth: 'public', rateLimit: LOGIN_RATE_LIMIT },
    schema: routeSchema({
      tags: ['Godkendelse'],
      summary: 'Oplysninger om et engangslink til at sætte adgangskode',
      querystring: Api.SetupTokenQuery,
      queryExample: { token: 'engangs-token-fra-linket' },
      success: [200, Api.SetupInfo],
      errors: ['setup_token_invalid', 'rate_limited'],
      public: true,
    }),
    handler: async (request) => getSetupInfo(deps, request.query.token),
  });

  app.post('/api/v1/auth/setup', {
    config: { auth: 'public', rateLimit: LOGIN_RATE_LIMIT },
    schema: routeSchema({
      tags: ['Godkendelse'],
      summary:
        'Brug et engangslink: opret den første systemadministrator, sæt adgangskode som inviteret, eller vælg en ny adgangskode efter "Glemt adgangskode"',
      body: Api.CompleteSetupRequest,
      example: { token: 'engangs-token-fra-linket', password: 'en lang adgangskode', email: 'admin@kommune.dk', name: 'Admin' },
      success: [200, Api.Me],
      errors: ['setup_token_invalid', 'setup_complete', 'rate_limited'],
      public: true,
    }),
    handler: async (request, reply) =>
      openSession(request, reply, await completeSetup(deps, request.body, request.headers['user-agent'])),
  });

  app.post('/api/v1/auth/password-reset', {
    config: { auth: 'public', rateLimit: LOGIN_RATE_LIMIT },
    schema: routeSchema({
      tags: ['Godkendelse'],
      summary: 'Glemt adgangskode: send et engangslink til at vælge en ny',
      description:
        "Mails a one-time link (`/opsaetning?token=…`, purpose `password_reset`) to the address if it belongs to a person, valid for a short time; using it (POST /auth/setup) sets a new password and ends all the person's sessions. The answer is 202 without a body whether or not the address exists. Requests are limited per address typed and per client address, known or not (`password_reset_limited`, with `Retry-After`), and per client address per minute (`rate_limited`).",
      body: Api.PasswordResetRequest,
      example: { email: 'it-kontrakter@kommune.dk' },
      success: [202, null],
      errors: ['password_reset_limited', 'rate_limited'],
      public: true,
    }),
    handler: async (request, reply) => {
      try {
        await requestPasswordReset(deps, request.body, loginSource(request.ip));
      } catch (error) {
        if (error instanceof PasswordResetLimited) reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }
      return reply.status(202).send();
    },
  });

  app.post('/api/v1/auth/password', {
    schema: routeSchema({
      tags: ['Godkendelse'],
      summary: 'Skift adgangskode (afslutter dine andre sessioner)',
      body: Api.ChangePasswordRequest,
      example: { currentPassword: 'den gamle adgangskode', newPassword: 'en ny og lang adgangskode' },
      success: [204, null],
      errors: ['invalid_credentials', 'token_not_allowed'],
    }),
    handler: async (request, reply) => {
      await changePassword(deps, callerOf(request), request.body);
      return reply.status(204).send();
    },
  });

  app.get('/api/v1/me', {
    schema: routeSchema({
      tags: ['Konto'],
      summary: 'Den indloggede person, medlemskaber og CSRF-token',
      success: [200, Api.Me],
    }),
    handler: async (request) => getMe(deps, callerOf(request)),
  });

  app.patch('/api/v1/me', {
    schema: routeSchema({
      tags: ['Konto'],
      summary: 'Ret navn eller sprog',
      body: Api.UpdateMeRequest,
      example: { locale: 'en' },
      success: [200, Api.Me],
      errors: ['token_not_allowed'],
    }),
    handler: async (request) => updateMe(deps, callerOf(request), request.body),
  });

  app.get('/api/v1/me/preferences/:key', {
    schema: routeSchema({
      tags: ['Konto'],
      summary: 'En af dine egne indstillinger (fx valgte kolonner i kontraktlisten); null hvis ikke sat',
      params: Api.PreferenceParams,
      success: [200, Api.Preference],
      errors: [],
    }),
    handler: async (request) => getPreference(deps, callerOf(request), request.params.key),
  });

  app.put('/api/v1/me/preferences/:key', {
    schema: routeSchema({
      tags: ['Konto'],
      summary: 'Gem en af dine egne indstillinger (en fast liste af nøgler, hver med sin form på værdien)',
      params: Api.PreferenceParams,
      body: Api.PutPreferenceRequest,
      example: { value: ['number', 'name', 'supplierName', 'status', 'endsOn'] },
      success: [200, Api.Preference],
      errors: ['csrf_invalid'],
    }),
    handler: async (request) => putPreference(deps, callerOf(request), request.params.key, request.body.value),
  });
}
