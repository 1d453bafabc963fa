import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, type OrganisationApp, startOrganisationApp } from './harness.js';

/**
 * After the first start the system administrator belongs to no organisation, so "Ansvarlig person" lists nobody.
 * They may make themselves an administrator of an organisation in one step; nobody else may.
 */
for (const dialect of testDialects()) {
  describe(`a system administrator joining an organisation on ${dialect}`, () => {
    let o: OrganisationApp;
    beforeAll(async () => {
      o = await startOrganisationApp(dialect, '461', 'odense');
    });
    afterAll(async () => {
      await o?.t.close();
    });

    it('given a system administrator who is not a member, then they become its administrator, audited, once', async () => {
      const joined = await o.sysadmin.post(`${o.base}/members/me`, undefined);
      expect(joined.statusCode).toBe(201);
      expect(joined.data).toMatchObject({ email: ADMIN_EMAIL, role: 'administrator' });
      const members = await o.org.admin.get(`${o.base}/members`);
      expect(members.data.items.map((m: { email: string }) => m.email)).toContain(ADMIN_EMAIL);
      const history = await o.org.admin.get(`${o.base}/audit?entityId=${joined.data.id}`);
      expect(history.data.items).toEqual([expect.objectContaining({ action: 'create', entityType: 'membership' })]);
      const again = await o.sysadmin.post(`${o.base}/members/me`, undefined);
      expect(again.statusCode).toBe(409);
      expect(again.data.code).toBe('already_member');
    });

    it("given an organisation's own administrator, then they cannot join this way", async () => {
      const admin = await o.org.admin.post(`${o.base}/members/me`, undefined);
      expect(admin.statusCode).toBe(403);
      expect(admin.data.code).toBe('forbidden');
    });
  });
}
