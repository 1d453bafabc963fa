import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { type Clock, loginSource, systemClock } from '@overblik/core';
import type { Executor } from '@overblik/db';
import Fastify, { type FastifyInstance, LogController, type RouteOptions } from 'fastify';
import { registerAuthentication } from './auth/authenticate.js';
import type { ServerConfig } from './config.js';
import type { Deps } from './context.js';
import { registerJsonBodyParser } from './http/json-body.js';
import { PERMISSIONS_POLICY } from './http/permissions-policy.js';
import { registerErrorHandling } from './http/problem.js';
import { registerValidators } from './http/validation.js';
import { registerWebApp } from './http/web-app.js';
import { openApiDocument } from './openapi.js';
import { authRoutes } from './routes/auth.js';
import { contractRoutes } from './routes/contracts.js';
import { costSharingRoutes } from './routes/cost-sharing.js';
import { deadlineRoutes } from './routes/deadlines.js';
import { documentRoutes } from './routes/documents.js';
import { escalationRoutes } from './routes/escalations.js';
import { governanceRoutes } from './routes/governance.js';
import { invoiceRoutes } from './routes/invoices.js';
import { meetingRoutes } from './routes/meetings.js';
import { memberRoutes } from './routes/members.js';
import { operationRoutes } from './routes/operations.js';
import { organisationRoutes } from './routes/organisations.js';
import { registerRoutes } from './routes/register.js';
import { segmentRoutes } from './routes/segments.js';
import { tokenAndAuditRoutes } from './routes/tokens.js';
import { transferRoutes } from './routes/transfer.js';
import { mailSoon } from './usecases/reminders/mail-soon.js';
import { closeWorkers } from './workers/pool.js';

/** `clock` is the system clock unless a test sets one. */
export type AppOptions = { db: Executor; config: ServerConfig; clock?: Clock };

/** Builds the whole HTTP application; `onRoute` collects every route for the OpenAPI and tenancy tests. */
export type OverblikApp = FastifyInstance & { routeList: RouteOptions[] };

export async function buildApp({ db, config, clock = systemClock }: AppOptions): Promise<OverblikApp> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
    },
    bodyLimit: config.maxJsonBytes,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    // Requests are logged once, by the onResponse hook below, with status and duration.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: { customOptions: { removeAdditional: false } },
    routerOptions: { ignoreTrailingSlash: true },
  });
  const routeList: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routeList.push(route);
  });
  // Mails that should not wait for the next scheduled run (invitations) go out at once where this process runs jobs.
  const mail = config.smtp && config.runJobs ? mailSoon(db, config, clock, app.log) : null;
  if (mail) app.addHook('onClose', () => mail.idle());
  const deps: Deps = { db, config, clock, ...(mail && { mailQueued: mail.kick }) };

  registerValidators(app);
  registerJsonBodyParser(app);
  app.addHook('onClose', closeWorkers);
  registerErrorHandling(app);
  app.addHook('onResponse', async (request, reply) => {
    // request.log already carries the request id (reqId).
    const entry = {
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    if (reply.statusCode >= 500) request.log.error(entry, 'request failed');
    else request.log.info(entry, 'request');
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
      },
    },
    hsts: config.publicUrl.startsWith('https://'),
  });
  await app.register(cookie);
  // Per client address as the login limits count it (an IPv6 /64 is one address), see loginSource.
  await app.register(rateLimit, { global: false, keyGenerator: (request) => loginSource(request.ip) });
  await app.register(multipart, { limits: { fileSize: config.maxInvoiceBytes, files: config.maxInvoiceFiles + 1 } });
  await app.register(swagger, { openapi: openApiDocument(config) });

  registerAuthentication(app, deps);
  authRoutes(app, deps);
  organisationRoutes(app, deps);
  memberRoutes(app, deps);
  tokenAndAuditRoutes(app, deps);
  registerRoutes(app, deps);
  contractRoutes(app, deps);
  transferRoutes(app, deps);
  documentRoutes(app, deps);
  deadlineRoutes(app, deps);
  invoiceRoutes(app, deps);
  costSharingRoutes(app, deps);
  segmentRoutes(app, deps);
  escalationRoutes(app, deps);
  operationRoutes(app, deps);
  governanceRoutes(app, deps);
  meetingRoutes(app, deps);
  app.get('/api/v1/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await registerWebApp(app, config.webDir);
  return Object.assign(app as FastifyInstance, { routeList });
}
