import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testDialects } from '@overblik/db/testing';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { configFromEnv } from '../src/config.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, Client, logIn, MEMBER_PASSWORD, startTestApp, type TestApp } from './harness.js';

type OpenApi = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
};

for (const dialect of testDialects()) {
  describe(`public API conventions on ${dialect}`, () => {
    let t: TestApp;
    let admin: Client;
    let orgId: string;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      admin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      orgId = (await admin.get('/api/v1/organisations?q=101')).data.items[0].id;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('describes every route in OpenAPI 3.1 with its responses and errors', async () => {
      const response = await new Client(t.app).get('/api/v1/openapi.json');
      const doc = response.data as OpenApi;
      expect(doc.openapi).toBe('3.1.0');
      const validation = await new Validator().validate(structuredClone(response.data));
      expect(validation.errors ?? [], 'the document must be valid OpenAPI 3.1').toEqual([]);
      expect(validation.valid).toBe(true);
      const ownFiles = (url: string) => url === '/api/v1/openapi.json' || !/^\/(api|healthz|readyz|metrics)/.test(url);
      const routes = t.app.routeList.filter((r) => !ownFiles(String(r.url)));
      expect(routes.map((r) => r.url)).toContain('/metrics');
      for (const route of routes) {
        for (const method of [route.method].flat()) {
          if (method === 'HEAD') continue;
          const path = route.url.replace(/:(\w+)/g, '{$1}');
          const operation = doc.paths[path]?.[method.toLowerCase()];
          expect(operation, `${method} ${path} missing from OpenAPI`).toBeDefined();
          const statuses = Object.keys(operation?.responses ?? {});
          expect(
            statuses.some((s) => s.startsWith('2')),
            `${method} ${path} has no success response`,
          ).toBe(true);
          expect(statuses, `${method} ${path} documents no error`).toContain('500');
          expect(JSON.stringify(operation?.responses['500'])).toContain('application/problem+json');
        }
      }
    });

    it('refuses malformed JSON, unknown fields and wrong types with 400 problems naming the field', async () => {
      const units = `/api/v1/organisations/${orgId}/units`;
      const malformed = await admin.request('POST', units, '{"name": ');
      expect(malformed.statusCode).toBe(400);
      expect(malformed.data.code).toBe('malformed_json');
      const unknown = await admin.post(units, { name: 'Enhed', colour: 'blå' });
      expect(unknown.data).toMatchObject({ code: 'validation_failed', errors: [{ field: '/colour', code: 'unknown_field' }] });
      // An empty text that must have one character has not been filled in: "Skal udfyldes", not "Er for kort".
      const empty = await admin.post(units, { name: '' });
      expect(empty.data.errors).toEqual([{ field: '/name', code: 'required', message: 'Skal udfyldes.' }]);
      const wrongType = await admin.post(units, { name: 42 });
      expect(wrongType.data.errors).toEqual([{ field: '/name', code: 'wrong_type', message: 'Har en forkert type.' }]);
      const badParam = await admin.get('/api/v1/organisations/ikke-et-uuid/units');
      expect(badParam.data.errors[0]).toMatchObject({ field: '/params/organisationId', code: 'invalid_format' });
      const badQuery = await admin.get(`/api/v1/organisations/${orgId}/audit?limit=9999`);
      expect(badQuery.data.errors[0]).toMatchObject({ field: '/querystring/limit', code: 'out_of_range' });
      const wrongMedia = await admin.request('POST', units, 'name=x', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(wrongMedia.statusCode).toBe(415);
      expect((await admin.get(units)).data.items).toEqual([]);
    });

    it('refuses an oversized body with 413 and writes nothing', async () => {
      const huge = { name: 'x'.repeat(300 * 1024) };
      const response = await admin.post(`/api/v1/organisations/${orgId}/units`, huge);
      expect(response.statusCode).toBe(413);
      expect(response.data.code).toBe('payload_too_large');
      expect((await admin.get(`/api/v1/organisations/${orgId}/units`)).data.items).toEqual([]);
    });

    it('writes nothing when a request fails half-way', async () => {
      // Using a setup link marks it used before the password is checked: a refused password rolls it all back.
      const created = await admin.post('/api/v1/users', { email: 'halv@kbh.test', name: 'Halv' });
      const token = new URL(created.data.invitationUrl).searchParams.get('token');
      const audit = async () => (await t.database.db.selectFrom('auditEvents').select('id').execute()).length;
      const count = await audit();
      const refused = await new Client(t.app).post('/api/v1/auth/setup', { token, password: 'halv@kbh.test' });
      expect(refused.statusCode).toBe(400);
      expect(refused.data.errors[0]).toMatchObject({ field: '/password', code: 'password_same_as_email' });
      expect(await audit()).toBe(count);
      const links = await t.database.db.selectFrom('setupTokens').select('usedAt').where('usedAt', 'is not', null).execute();
      expect(links).toEqual([]);
      const used = await new Client(t.app).post('/api/v1/auth/setup', { token, password: MEMBER_PASSWORD });
      expect(used.statusCode).toBe(200);
      expect(await audit()).toBe(count + 1);
    });

    it('answers unknown API paths with a JSON problem and app paths with a hint when the web app is not built', async () => {
      const api = await new Client(t.app).get('/api/v1/findes-ikke');
      expect(api.statusCode).toBe(404);
      expect(api.headers['content-type']).toContain('application/problem+json');
      const page = await new Client(t.app).get('/medlemmer');
      expect(page.statusCode).toBe(503);
    });

    it('serves the built web app to anyone, with index.html for app paths and JSON problems for API paths', async () => {
      const webDir = mkdtempSync(path.join(tmpdir(), 'overblik-web-'));
      mkdirSync(path.join(webDir, 'assets'));
      writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Overblik</title>');
      writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log(1)');
      const web = await startTestApp(dialect, { OVERBLIK_WEB_DIR: webDir });
      try {
        const anon = new Client(web.app);
        expect((await anon.get('/assets/app.js')).statusCode).toBe(200);
        const page = await anon.get('/tokens');
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain('<title>Overblik</title>');
        expect((await anon.get('/')).body).toContain('<title>Overblik</title>');
        expect((await anon.get('/api/v1/nope')).headers['content-type']).toContain('application/problem+json');
        expect((await anon.get('/api/v1/me')).statusCode).toBe(401);
      } finally {
        await web.close();
        rmSync(webDir, { recursive: true, force: true });
      }
    });

    it('reports liveness, readiness and Prometheus metrics', async () => {
      const anon = new Client(t.app);
      expect((await anon.get('/healthz')).data).toEqual({ status: 'ok' });
      expect((await anon.get('/readyz')).data).toEqual({ status: 'ok', database: dialect });
      const metrics = await anon.get('/metrics');
      expect(metrics.headers['content-type']).toContain('text/plain');
      expect(metrics.body).toMatch(/^# HELP /);
      expect(metrics.body).toContain('overblik_http_request_duration_seconds_bucket');
      expect(metrics.body).toContain('route="/api/v1/organisations/:organisationId/units"');
    });

    it('can protect metrics with a token', async () => {
      const guarded = await startTestApp(dialect, { OVERBLIK_METRICS_TOKEN: 'hemmelig' });
      try {
        expect((await new Client(guarded.app).get('/metrics')).statusCode).toBe(401);
        const ok = await new Client(guarded.app).request('GET', '/metrics', undefined, { authorization: 'Bearer hemmelig' });
        expect(ok.statusCode).toBe(200);
      } finally {
        await guarded.close();
      }
    });

    it('closes metrics outside development and tests unless a token is set or OVERBLIK_METRICS_PUBLIC=true', async () => {
      /** The same server on the same database, with the metrics settings read from `env`. */
      const serverWith = async (env: NodeJS.ProcessEnv) => {
        const { metricsToken, metricsPublic } = configFromEnv(env);
        const app = await buildApp({ db: t.database.db, config: { ...t.config, metricsToken, metricsPublic } });
        await app.ready();
        return app;
      };
      // `npm start` sets no NODE_ENV: an installation is closed by default (as with NODE_ENV=production, below).
      const closed = await serverWith({});
      try {
        const refused = await new Client(closed).get('/metrics');
        expect(refused.statusCode).toBe(404);
        expect(refused.data).toMatchObject({
          code: 'metrics_disabled',
          title: expect.stringContaining('OVERBLIK_METRICS_TOKEN'),
        });
        const english = await new Client(closed, { kind: 'anonymous' }, 'en').get('/metrics');
        expect(english.data.title).toMatch(/^Metrics \(\/metrics\) are switched off/);
        expect((await new Client(closed).get('/healthz')).statusCode).toBe(200);
      } finally {
        await closed.close();
      }
      const open = await serverWith({ NODE_ENV: 'production', OVERBLIK_METRICS_PUBLIC: 'true' });
      try {
        expect((await new Client(open).get('/metrics')).body).toMatch(/^# HELP /);
      } finally {
        await open.close();
      }
    }, 60_000);

    it('reads OVERBLIK_METRICS_PUBLIC as true or false and nothing else', () => {
      expect(configFromEnv({ NODE_ENV: 'test', OVERBLIK_METRICS_PUBLIC: 'false' }).metricsPublic).toBe(false);
      expect(configFromEnv({ NODE_ENV: 'development' }).metricsPublic).toBe(true);
      expect(configFromEnv({}).metricsPublic).toBe(false);
      expect(configFromEnv({ NODE_ENV: 'production' })).toMatchObject({ metricsPublic: false, metricsToken: null });
      expect(configFromEnv({ NODE_ENV: 'production', OVERBLIK_METRICS_TOKEN: 'hemmelig' }).metricsToken).toBe('hemmelig');
      expect(() => configFromEnv({ OVERBLIK_METRICS_PUBLIC: 'yes' })).toThrow('OVERBLIK_METRICS_PUBLIC must be true or false');
    });
  });
}
