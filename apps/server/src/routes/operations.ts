import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import Type from 'typebox';
import { safeEqual } from '../auth/secrets.js';
import type { Deps } from '../context.js';
import { sendProblem } from '../http/problem.js';
import { routeSchema } from '../http/route.js';

/** Liveness, readiness and Prometheus metrics, outside the versioned API. */
export function operationRoutes(app: FastifyInstance, deps: Deps) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'overblik_' });
  const duration = new Histogram({
    name: 'overblik_http_request_duration_seconds',
    help: 'HTTP request duration by route, method and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'overblik_http_server_errors_total',
    help: 'Responses with status 500 or above',
    labelNames: ['route'],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    if (reply.statusCode >= 500) errors.inc({ route });
  });

  const tags = ['Drift'];
  const Status = Type.Object({ status: Type.Literal('ok') });
  app.get(
    '/healthz',
    {
      config: { auth: 'public' },
      schema: routeSchema({ tags, summary: 'Processen lever', success: [200, Status], public: true }),
    },
    async () => ({ status: 'ok' }),
  );

  const readiness = routeSchema({
    tags,
    summary: 'Databasen svarer',
    success: [
      200,
      Type.Object({ status: Type.Literal('ok'), database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]) }),
    ],
    errors: ['database_unavailable'],
    public: true,
  });
  app.get('/readyz', { config: { auth: 'public' }, schema: readiness }, async (request, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
      return { status: 'ok', database: deps.config.database.dialect };
    } catch (err) {
      request.log.error({ err }, 'database not reachable');
      return sendProblem(reply, request, 'database_unavailable');
    }
  });

  const metrics = routeSchema({
    tags,
    summary:
      'Prometheus-målinger (text/plain); kræver Bearer OVERBLIK_METRICS_TOKEN, hvis den er sat, og er ellers slået fra (404), medmindre OVERBLIK_METRICS_PUBLIC=true',
    success: [200, Type.String({ description: 'Prometheus text exposition format' })],
    errors: ['unauthenticated', 'metrics_disabled'],
    public: true,
  });
  app.get('/metrics', { config: { auth: 'public' }, schema: metrics }, async (request, reply) => {
    const expected = deps.config.metricsToken;
    if (expected) {
      if (!safeEqual(request.headers.authorization ?? '', `Bearer ${expected}`))
        return sendProblem(reply, request, 'unauthenticated');
    } else if (!deps.config.metricsPublic) {
      return sendProblem(reply, request, 'metrics_disabled');
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
