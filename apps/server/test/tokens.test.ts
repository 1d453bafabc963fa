import { createHash } from 'node:crypto';
import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../src/auth/secrets.js';
import { bearer, type OrgFixture, startOrganisationApp, type TestApp } from './harness.js';

for (const dialect of testDialects()) {
  describe(`API tokens on ${dialect}`, () => {
    let t: TestApp;
    let org: OrgFixture;
    let base: string;

    beforeAll(async () => {
      ({ t, org, base } = await startOrganisationApp(dialect, '461', 'odense'));
    });
    afterAll(() => t?.close());

    it('shows the secret once and stores only its hash', async () => {
      const created = await org.editor.post('/api/v1/tokens', {
        organisationId: org.organisationId,
        name: 'Økonomi',
        scope: 'read',
      });
      expect(created.statusCode).toBe(201);
      expect(created.data.token).toMatch(/^ovb_[\w-]{43}$/);
      expect(created.data.token.startsWith(created.data.apiToken.tokenPrefix)).toBe(true);
      const row = await t.database.db
        .selectFrom('apiTokens')
        .selectAll()
        .where('id', '=', created.data.apiToken.id)
        .executeTakeFirst();
      expect(row?.tokenHash).toBe(createHash('sha256').update(created.data.token).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(created.data.token);
      const listed = await org.editor.get(`/api/v1/tokens?organisationId=${org.organisationId}`);
      expect(listed.body).not.toContain(created.data.token);
      expect(listed.body).not.toContain(sha256(created.data.token));
    });

    it('works as Bearer on API routes within its scope, and records its last use', async () => {
      const created = await org.editor.post('/api/v1/tokens', { organisationId: org.organisationId, name: 'Læs', scope: 'read' });
      const client = bearer(t.app, created.data.token);
      const me = await client.get('/api/v1/me');
      expect(me.data).toMatchObject({ authentication: 'token', csrfToken: null, token: { scope: 'read' } });
      expect((await client.get(`${base}/units`)).statusCode).toBe(200);
      const write = await client.post(`${base}/units`, { name: 'Nej' });
      expect(write.statusCode).toBe(403);
      const listed = await org.editor.get(`/api/v1/tokens?organisationId=${org.organisationId}`);
      const mine = listed.data.items.find((x: { id: string }) => x.id === created.data.apiToken.id);
      expect(mine.lastUsedAt).toEqual(expect.any(String));
    });

    it('never does more than its creator may: a read-write token of a redaktør cannot manage units', async () => {
      const created = await org.editor.post('/api/v1/tokens', {
        organisationId: org.organisationId,
        name: 'RW',
        scope: 'read-write',
      });
      expect((await bearer(t.app, created.data.token).post(`${base}/units`, { name: 'Nej' })).statusCode).toBe(403);
      expect(
        (await bearer(t.app, org.token.secret).post(`${base}/units`, { name: 'Ja, administratorens nøgle' })).statusCode,
      ).toBe(201);
    });

    it('needs no CSRF token, and cannot manage tokens or persons', async () => {
      const client = bearer(t.app, org.token.secret);
      const token = await client.post('/api/v1/tokens', { organisationId: org.organisationId, name: 'x', scope: 'read' });
      expect(token.data.code).toBe('token_not_allowed');
      expect((await client.post(`${base}/members`, { email: 'a@b.dk', name: 'A', role: 'læser' })).data.code).toBe(
        'token_not_allowed',
      );
    });

    it('is refused once revoked or expired, and stays listed as revoked', async () => {
      const created = await org.reader.post('/api/v1/tokens', {
        organisationId: org.organisationId,
        name: 'Kortlivet',
        scope: 'read',
      });
      const client = bearer(t.app, created.data.token);
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);
      expect((await org.reader.delete(`/api/v1/tokens/${created.data.apiToken.id}`)).statusCode).toBe(204);
      const refused = await client.get('/api/v1/me');
      expect(refused.statusCode).toBe(401);
      expect(refused.data.code).toBe('invalid_token');
      const listed = await org.reader.get('/api/v1/tokens');
      expect(listed.data.items.find((x: { id: string }) => x.id === created.data.apiToken.id).revokedAt).toEqual(
        expect.any(String),
      );
      const past = await org.reader.post('/api/v1/tokens', {
        organisationId: org.organisationId,
        name: 'Udløbet',
        scope: 'read',
        expiresAt: '2020-01-01T00:00:00Z',
      });
      expect(past.data.errors[0]).toMatchObject({ field: '/expiresAt', code: 'in_the_past' });
      expect((await bearer(t.app, 'ovb_findesikke').get('/api/v1/me')).data.code).toBe('invalid_token');
      expect(
        (
          await new (
            await import('./harness.js')
          ).Client(t.app).request('GET', '/api/v1/me', undefined, { authorization: 'Basic abc' })
        ).data.code,
      ).toBe('invalid_token');
    });

    it('lets a person see only their own tokens, and an administrator all of the organisation', async () => {
      const readerTokens = await org.reader.get(`/api/v1/tokens?organisationId=${org.organisationId}`);
      const adminTokens = await org.admin.get(`/api/v1/tokens?organisationId=${org.organisationId}`);
      expect(new Set(readerTokens.data.items.map((x: { userId: string }) => x.userId)).size).toBe(1);
      expect(adminTokens.data.items.length).toBeGreaterThan(readerTokens.data.items.length);
      const others = adminTokens.data.items.find((x: { name: string }) => x.name === 'Økonomi');
      expect((await org.reader.delete(`/api/v1/tokens/${others.id}`)).statusCode).toBe(404);
      expect((await org.admin.delete(`/api/v1/tokens/${others.id}`)).statusCode).toBe(204);
    });

    it('stops working when its creator leaves the organisation', async () => {
      const created = await org.editor.post('/api/v1/tokens', {
        organisationId: org.organisationId,
        name: 'Forladt',
        scope: 'read',
      });
      const members = await org.admin.get(`${base}/members`);
      const editor = members.data.items.find((m: { role: string; email: string }) => m.email.startsWith('redaktoer'));
      const token = bearer(t.app, created.data.token);
      expect((await token.get('/api/v1/me')).statusCode).toBe(200);
      await org.admin.delete(`${base}/members/${editor.id}`);
      // Everywhere: the organisation's data, and the creator's own account and settings.
      for (const url of [`${base}/units`, '/api/v1/me', '/api/v1/me/preferences/contracts.columns']) {
        const answer = await token.get(url);
        expect(answer.statusCode, url).toBe(401);
        expect(answer.data.code, url).toBe('invalid_token');
      }
    });
  });
}
