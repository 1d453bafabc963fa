import { nameAuditObjects, nameKey } from '@overblik/db';
import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPerson,
  bearer,
  type Client,
  type OrgFixture,
  organisationFixture,
  startOrganisationApp,
  type TestApp,
} from './harness.js';

type Named = { type: string; id: string; name: string | null; deleted: boolean };
type Event = {
  action: string;
  entityType: string;
  entityId: string;
  actor: { type: string; name: string; personName: string | null; tokenName: string | null };
  subject: Named & { parent: Named | null };
  references: Record<string, Named>;
  changes: Record<string, { before: unknown; after: unknown }>;
};

const UUID_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-/;

for (const dialect of testDialects()) {
  describe(`the audit trail names objects in words on ${dialect}`, () => {
    let t: TestApp;
    let org: OrgFixture;
    let other: OrgFixture;
    let base: string;
    let sysadmin: Client;

    beforeAll(async () => {
      ({ t, sysadmin, org, base } = await startOrganisationApp(dialect, '851', 'x'));
      other = await organisationFixture(t.app, sysadmin, '101', 'y');
    });
    afterAll(() => t?.close());

    async function events(query: string): Promise<Event[]> {
      const page = await org.admin.get(`${base}/audit?${query}`);
      expect(page.statusCode).toBe(200);
      return page.data.items;
    }

    it('names a contract by number and name, its references by name and its person by name', async () => {
      const [created] = await events(`entityType=contract&entityId=${org.contractId}&limit=200`).then((e) =>
        e.filter((x) => x.action === 'create'),
      );
      expect(created?.subject).toEqual({
        type: 'contract',
        id: org.contractId,
        name: 'KTR-x Kontrakt x',
        deleted: false,
        parent: null,
      });
      expect(created?.references[org.supplierId]).toEqual({
        type: 'supplier',
        id: org.supplierId,
        name: 'Leverandør x',
        deleted: false,
      });
      expect(created?.references[org.unitId]?.name).toBe('Digitalisering x');
      expect(created?.actor).toMatchObject({ type: 'user', personName: 'administrator x', name: 'admin-x@kommune.test' });
    });

    it('names what belongs to a contract or supplier with its parent, and people it refers to', async () => {
      const [priceElement] = await events(`entityId=${org.priceElementId}`);
      expect(priceElement?.subject).toMatchObject({
        type: 'price_element',
        name: 'Priselement x',
        parent: { type: 'contract', id: org.contractId, name: 'KTR-x Kontrakt x', deleted: false },
      });
      expect(priceElement?.references[org.unitId]?.name).toBe('Digitalisering x');
      const [activity] = await events(`entityId=${org.activityId}`);
      expect(activity?.subject).toMatchObject({ name: 'Statusmøde x', parent: { name: 'KTR-x Kontrakt x' } });
      const responsible = activity?.changes.responsibleUserId?.after as string;
      expect(activity?.references[responsible]).toMatchObject({ type: 'user', name: 'administrator x' });
      const [contact] = await events(`entityId=${org.contactId}`);
      expect(contact?.subject).toMatchObject({ name: 'Kontakt x', parent: { type: 'supplier', name: 'Leverandør x' } });
      const [membership] = await events(`entityType=membership&entityId=${org.readerMemberId}`);
      expect(membership?.subject).toMatchObject({ type: 'membership', name: 'læser x' });
    });

    it('names a deleted object from what was recorded, and says it is deleted', async () => {
      const contract = await org.admin.post(`${base}/contracts`, {
        number: 'K-12',
        name: 'Økonomisystem',
        supplierId: org.supplierId,
        parentId: org.contractId,
        inForceFrom: '2025-01-01',
        termKind: 'months',
        termMonths: 12,
      });
      expect(contract.statusCode).toBe(201);
      const id = contract.data.id as string;
      const element = await org.admin.post(`${base}/contracts/${id}/price-elements`, {
        number: '1',
        name: 'Licens',
        unitPrice: '10',
      });
      expect(element.statusCode).toBe(201);
      await org.admin.patch(`${base}/contracts/${id}`, { name: 'Økonomisystem 2' });
      expect((await org.admin.delete(`${base}/contracts/${id}`)).statusCode).toBe(204);

      const trail = await events(`subjectId=${id}`);
      const deleted = trail.find((e) => e.entityId === id && e.action === 'delete');
      const updated = trail.find((e) => e.entityId === id && e.action === 'update');
      const created = trail.find((e) => e.entityId === id && e.action === 'create');
      for (const e of [deleted, updated, created])
        expect(e?.subject).toMatchObject({ type: 'contract', name: 'K-12 Økonomisystem 2', deleted: true });
      expect(created?.references[org.contractId]).toMatchObject({ name: 'KTR-x Kontrakt x', deleted: false });
      expect(created?.references[org.supplierId]).toMatchObject({ name: 'Leverandør x' });
      const elementEvent = trail.find((e) => e.entityId === element.data.id && e.action === 'create');
      expect(elementEvent?.subject).toMatchObject({
        name: 'Licens',
        deleted: true,
        parent: { type: 'contract', name: 'K-12 Økonomisystem 2', deleted: true },
      });
    });

    it('names the token a change came through, and its person', async () => {
      const unit = await bearer(t.app, org.token.secret).post(`${base}/units`, { name: 'Via nøgle x' });
      const [event] = await events(`entityId=${unit.data.id}`);
      expect(event?.actor).toMatchObject({ type: 'token', tokenName: 'Integration x', personName: 'administrator x' });
      expect(event?.subject).toMatchObject({ type: 'unit', name: 'Via nøgle x' });
    });

    it('still names a former member where they acted, and in their removed membership', async () => {
      const person = await addPerson(t.app, sysadmin, org.organisationId, {
        email: 'tidligere-x@kommune.test',
        name: 'Tidligere Medlem',
        role: 'redaktør',
      });
      const supplier = await person.client.post(`${base}/suppliers`, {
        name: 'Leverandør af tidligere medlem',
        country: 'SE',
        foreignId: 'SE-tidligere',
      });
      expect(supplier.statusCode).toBe(201);
      expect((await org.admin.delete(`${base}/members/${person.memberId}`)).statusCode).toBe(204);
      const [created] = await events(`entityId=${supplier.data.id}`);
      expect(created?.actor).toMatchObject({ personName: 'Tidligere Medlem' });
      const [removed] = await events(`entityType=membership&entityId=${person.memberId}`);
      expect(removed).toMatchObject({ action: 'delete', subject: { name: 'Tidligere Medlem', deleted: true } });
      expect(removed?.references[person.userId]?.name).toBe('Tidligere Medlem');
    });

    it('filters by object: only that object’s events', async () => {
      const trail = await events(`entityType=supplier&entityId=${org.supplierId}`);
      expect(trail.length).toBeGreaterThan(0);
      expect(trail.every((e) => e.entityType === 'supplier' && e.entityId === org.supplierId)).toBe(true);
      expect(trail[0]?.subject).toMatchObject({ name: 'Leverandør x' });
    });

    it('never names another organisation’s object, nor finds its events', async () => {
      const foreign = await other.admin.get(`/api/v1/organisations/${other.organisationId}/audit?entityId=${org.contractId}`);
      expect(foreign.statusCode).toBe(200);
      expect(foreign.data.items).toEqual([]);
      const own = await other.admin.get(`/api/v1/organisations/${other.organisationId}/audit?limit=200`);
      expect(own.body).not.toContain('Kontrakt x');
      expect(own.body).not.toContain('Leverandør x');
      // Asked directly, as if an event of y's referred to x's contract, supplier and person: not named.
      const names = await nameAuditObjects(t.database.db, [
        { organisationId: other.organisationId, types: ['contract'], id: org.contractId },
        { organisationId: other.organisationId, types: ['supplier'], id: org.supplierId },
        { organisationId: other.organisationId, types: ['user'], id: org.readerUserId },
        { organisationId: other.organisationId, types: ['organisation'], id: org.organisationId },
      ]);
      for (const id of [org.contractId, org.supplierId, org.readerUserId, org.organisationId])
        expect(names.get(nameKey(other.organisationId, id))?.name ?? null).toBeNull();
      // The same questions in x's own organisation are answered.
      const own2 = await nameAuditObjects(t.database.db, [
        { organisationId: org.organisationId, types: ['contract'], id: org.contractId },
        { organisationId: org.organisationId, types: ['user'], id: org.readerUserId },
      ]);
      expect(own2.get(nameKey(org.organisationId, org.contractId))?.name).toBe('KTR-x Kontrakt x');
      expect(own2.get(nameKey(org.organisationId, org.readerUserId))?.name).toBe('læser x');
    });

    it('answers ids that are not ids, and unknown types, without an error', async () => {
      expect((await org.admin.get(`${base}/audit?entityType=nonsense&entityId=not-an-id`)).statusCode).toBe(200);
      const names = await nameAuditObjects(t.database.db, [
        { organisationId: org.organisationId, types: ['contract'], id: 'not-an-id' },
      ]);
      expect(names.size).toBe(0);
    });

    it('shows no id where a name is known (references of the fixture’s events all named)', async () => {
      const all = await events('limit=200');
      const unnamed = all.flatMap((e) => Object.values(e.references).filter((r) => r.name === null || UUID_PATTERN.test(r.name)));
      expect(unnamed).toEqual([]);
    });
  });
}
