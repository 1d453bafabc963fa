import { fixedClock } from '@overblik/core';
import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Client, logIn, startTestApp, type TestApp } from './harness.js';

// 01:30 UTC on 29 March 2026 is 03:30 in Denmark, the night summer time begins: still 29 March there.
const AT = '2026-03-29T01:30:00.000Z';

for (const dialect of testDialects()) {
  describe(`the app on a fixed clock on ${dialect}`, () => {
    let t: TestApp;
    let sysadmin: Client;
    let base: string;
    beforeAll(async () => {
      t = await startTestApp(dialect, {}, fixedClock(AT));
      sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      const organisations = await sysadmin.get('/api/v1/organisations?q=101');
      base = `/api/v1/organisations/${organisations.data.items[0].id}`;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('stamps rows and their audit events with the clock, and computes statuses and deadlines for its day', async () => {
      const supplier = await sysadmin.post(`${base}/suppliers`, { name: 'Urmager A/S', cvr: '26911745' });
      expect(supplier.statusCode, supplier.body).toBe(201);
      expect(supplier.data.createdAt).toBe(AT);
      const [event] = (await sysadmin.get(`${base}/audit?limit=1`)).data.items;
      expect(event.occurredAt).toBe(AT);

      const contract = await sysadmin.post(`${base}/contracts`, {
        number: 'UR-1',
        name: 'Tidsregistrering',
        supplierId: supplier.data.id,
        inForceFrom: '2025-04-01',
        termKind: 'months',
        termMonths: 12,
      });
      expect(contract.statusCode, contract.body).toBe(201);
      expect(contract.data.createdAt).toBe(AT);
      expect(contract.data.endsOn).toBe('2026-03-31');
      expect(contract.data.status).toBe('active');
      expect(contract.data.deadlines.computedFor).toBe('2026-03-29');
    });
  });
}
