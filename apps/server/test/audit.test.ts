import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Client, type OrgFixture, startOrganisationApp, type TestApp } from './harness.js';

for (const dialect of testDialects()) {
  describe(`audit trail on ${dialect}`, () => {
    let t: TestApp;
    let sysadmin: Client;
    let org: OrgFixture;
    let base: string;

    beforeAll(async () => {
      ({ t, sysadmin, org, base } = await startOrganisationApp(dialect, '851', 'aalborg'));
    });
    afterAll(() => t?.close());

    it('records who, where, when, what and the changed fields with before and after values', async () => {
      const unit = await org.admin.post(`${base}/units`, { name: 'Skole og Kultur' });
      await org.admin.patch(`${base}/units/${unit.data.id}`, { name: 'Skoleforvaltningen', ean: '5798000416604' });
      await org.admin.delete(`${base}/units/${unit.data.id}`);
      const trail = await org.reader.get(`${base}/audit?entityType=unit&entityId=${unit.data.id}`);
      expect(trail.statusCode).toBe(200);
      const [deleted, updated, created] = trail.data.items;
      expect(created).toMatchObject({
        organisationId: org.organisationId,
        action: 'create',
        entityType: 'unit',
        entityId: unit.data.id,
        actor: { type: 'user', name: 'admin-aalborg@kommune.test' },
        changes: { name: { before: null, after: 'Skole og Kultur' } },
      });
      expect(updated.changes).toEqual({
        name: { before: 'Skole og Kultur', after: 'Skoleforvaltningen' },
        ean: { before: null, after: '5798000416604' },
      });
      expect(deleted).toMatchObject({ action: 'delete', changes: { name: { before: 'Skoleforvaltningen', after: null } } });
      expect(Date.parse(created.occurredAt)).toBeLessThanOrEqual(Date.parse(deleted.occurredAt));
      expect(created.requestId).toEqual(expect.any(String));
    });

    it('names the token, not only the person, when a token made the change', async () => {
      const unit = await bearer(t.app, org.token.secret).post(`${base}/units`, { name: 'Via nøgle' });
      const [event] = (await org.admin.get(`${base}/audit?entityId=${unit.data.id}`)).data.items;
      expect(event.actor).toMatchObject({
        type: 'token',
        tokenId: org.token.id,
        name: 'Integration aalborg (admin-aalborg@kommune.test)',
      });
    });

    it('audits memberships, tokens and role changes, and never records secrets', async () => {
      await org.admin.patch(`${base}/members/${org.readerMemberId}`, { role: 'redaktør' });
      const roleChange = (await org.admin.get(`${base}/audit?entityType=membership&entityId=${org.readerMemberId}`)).data
        .items[0];
      expect(roleChange.changes).toEqual({ role: { before: 'læser', after: 'redaktør' } });
      const tokenEvents = await org.admin.get(`${base}/audit?entityType=api_token`);
      expect(tokenEvents.data.items.length).toBeGreaterThan(0);
      const all = await sysadmin.get('/api/v1/audit?limit=200');
      expect(all.body).not.toMatch(/tokenHash|passwordHash|\$argon2/);
      expect(all.body).not.toContain(org.token.secret);
    });

    it('filters by person, type and period, and pages backwards', async () => {
      const me = await org.admin.get('/api/v1/me');
      const byPerson = await org.admin.get(`${base}/audit?userId=${me.data.user.id}`);
      expect(byPerson.data.items.every((e: { actor: { userId: string } }) => e.actor.userId === me.data.user.id)).toBe(true);
      const future = await org.admin.get(`${base}/audit?from=2999-01-01T00:00:00Z`);
      expect(future.data.items).toEqual([]);
      const page1 = await org.admin.get(`${base}/audit?limit=2`);
      expect(page1.data.items).toHaveLength(2);
      const page2 = await org.admin.get(`${base}/audit?limit=2&before=${page1.data.nextBefore}`);
      expect(page2.data.items[0].id).toBeLessThan(page1.data.items[1].id);
    });

    it('shows persons’ account events (outside organisations) to system administrators only', async () => {
      const system = await sysadmin.get('/api/v1/audit?entityType=user');
      expect(system.data.items.some((e: { organisationId: string | null }) => e.organisationId === null)).toBe(true);
      expect((await org.admin.get('/api/v1/audit')).statusCode).toBe(403);
    });

    it('offers no way to edit or delete audit events', async () => {
      const routes = t.app.routeList.filter((r) => String(r.url).includes('audit'));
      expect(routes.flatMap((r) => [r.method].flat())).toEqual(expect.not.arrayContaining(['POST', 'PATCH', 'PUT', 'DELETE']));
    });
  });
}
