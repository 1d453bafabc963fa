import { testDialects } from '@overblik/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrgFixture, startOrganisationApp, type TestApp } from './harness.js';

for (const dialect of testDialects()) {
  describe(`governance bodies, collaboration organisations and who does what on ${dialect}`, () => {
    let t: TestApp;
    let org: OrgFixture;
    let base: string;
    let adminUserId: string;

    beforeAll(async () => {
      ({ t, org, base } = await startOrganisationApp(dialect, '492', 'aeroe'));
      const members = await org.admin.get(`${base}/members`);
      adminUserId = members.data.items.find((m: { role: string }) => m.role === 'administrator').userId;
    });
    afterAll(() => t?.close());

    type Body = {
      id: string;
      key: string | null;
      name: string;
      escalatesToId: string | null;
      escalationFrom: { name: string }[];
    };
    const byKey = (items: Body[], key: string) => items.find((b) => b.key === key) as Body;

    it("creates the Drejebog's six bodies once, with their escalations, for administrators only", async () => {
      expect((await org.editor.post(`${base}/governance-bodies/drejebog`)).statusCode).toBe(403);
      const first = await org.admin.post(`${base}/governance-bodies/drejebog`);
      expect(first.statusCode).toBe(200);
      expect(first.data.created).toBe(6);
      const items = first.data.items as Body[];
      expect(items.map((b) => b.name)).toEqual([
        'Digitaliseringsudvalg',
        'Porteføljeudvalg',
        'Arkitekturudvalg',
        'Projektstyregrupper',
        'Leverandørstyringsudvalg',
        'It-sikkerhedsudvalg',
      ]);
      const portfolio = byKey(items, 'portefoeljeudvalg');
      expect(portfolio).toMatchObject({
        meetingsMin: 8,
        meetingsMax: 10,
        escalatesToId: byKey(items, 'digitaliseringsudvalg').id,
      });
      expect(portfolio.escalationFrom.map((b) => b.name)).toEqual(['Projektstyregrupper', 'Leverandørstyringsudvalg']);
      expect(byKey(items, 'digitaliseringsudvalg')).toMatchObject({ escalatesToId: null, escalatesToText: 'Kommunaldirektør' });

      const again = await org.admin.post(`${base}/governance-bodies/drejebog`);
      expect(again.data.created).toBe(0);
      expect(again.data.items).toHaveLength(6);
    });

    it('edits a body (PATCH), refuses an escalation that loops, and audits the changes', async () => {
      const items = (await org.reader.get(`${base}/governance-bodies`)).data.items as Body[];
      const digital = byKey(items, 'digitaliseringsudvalg');
      const portfolio = byKey(items, 'portefoeljeudvalg');
      const loop = await org.editor.patch(`${base}/governance-bodies/${digital.id}`, { escalatesToId: portfolio.id });
      expect(loop.statusCode).toBe(400);
      expect(loop.data.errors).toEqual([expect.objectContaining({ field: '/escalatesToId', code: 'escalation_loop' })]);
      const self = await org.editor.patch(`${base}/governance-bodies/${digital.id}`, { escalatesToId: digital.id });
      expect(self.data.errors[0].code).toBe('escalation_loop');
      const wrongRange = await org.editor.patch(`${base}/governance-bodies/${digital.id}`, { meetingsMin: 6, meetingsMax: 4 });
      expect(wrongRange.data.errors[0]).toMatchObject({ field: '/meetingsMax', code: 'out_of_range' });
      const unknownRole = await org.editor.patch(`${base}/governance-bodies/${digital.id}`, { participantRoles: ['bogholder'] });
      expect(unknownRole.data.errors[0]).toMatchObject({ field: '/participantRoles/0', code: 'unknown_option' });

      const edited = await org.editor.patch(`${base}/governance-bodies/${digital.id}`, {
        meetingsMin: 5,
        inputs: ['Vision', '  ', 'Budget'],
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.data).toMatchObject({
        meetingsMin: 5,
        meetingsMax: 6,
        inputs: ['Vision', 'Budget'],
        name: 'Digitaliseringsudvalg',
      });
      const audit = await org.admin.get(`${base}/audit?entityType=governance_body&entityId=${digital.id}`);
      expect(audit.data.items[0].changes.inputs.after).toEqual(['Vision', 'Budget']);
    });

    it('adds members of the organisation to a body, once each', async () => {
      const supplierBody = byKey((await org.reader.get(`${base}/governance-bodies`)).data.items, 'leverandoerstyringsudvalg');
      const added = await org.editor.post(`${base}/governance-bodies/${supplierBody.id}/members`, {
        userId: org.readerUserId,
        role: 'Formand',
      });
      expect(added.statusCode).toBe(201);
      expect(added.data).toMatchObject({ userId: org.readerUserId, role: 'Formand' });
      const twice = await org.editor.post(`${base}/governance-bodies/${supplierBody.id}/members`, { userId: org.readerUserId });
      expect(twice.data.errors[0]).toMatchObject({ field: '/userId', code: 'already_in_body' });
      const stranger = await org.editor.post(`${base}/governance-bodies/${supplierBody.id}/members`, {
        userId: crypto.randomUUID(),
      });
      expect(stranger.data.errors[0]).toMatchObject({ field: '/userId', code: 'not_a_member' });
      const renamed = await org.editor.patch(`${base}/governance-bodies/${supplierBody.id}/members/${added.data.id}`, {
        role: ' ',
      });
      expect(renamed.data.role).toBeNull();
      const body = await org.reader.get(`${base}/governance-bodies/${supplierBody.id}`);
      expect(body.data.members.map((m: { name: string }) => m.name)).toHaveLength(1);
    });

    it("keeps a supplier's collaboration organisation: default levels, both sides, escalation to a body", async () => {
      const collaboration = `${base}/suppliers/${org.supplierId}/collaboration`;
      expect((await org.reader.get(collaboration)).data.levels).toEqual([]);
      const created = await org.editor.post(`${collaboration}/defaults`, {});
      expect(created.data.levels.map((l: { name: string }) => l.name)).toEqual(['Strategisk', 'Taktisk', 'Operationelt']);
      expect((await org.editor.post(`${collaboration}/defaults`, {})).data.levels).toHaveLength(3);
      const [top, , bottom] = created.data.levels as { id: string }[];
      const supplierBody = byKey((await org.reader.get(`${base}/governance-bodies`)).data.items, 'leverandoerstyringsudvalg');
      const patched = await org.editor.patch(`${collaboration}/levels/${top?.id}`, {
        forum: 'Styregruppe',
        meetingsPerYear: 2,
        escalationDays: 14,
        escalationBodyId: supplierBody.id,
      });
      expect(patched.data).toMatchObject({ forum: 'Styregruppe', escalationBodyName: 'Leverandørstyringsudvalg' });

      const ours = await org.editor.post(`${collaboration}/levels/${bottom?.id}/participants`, {
        userId: org.readerUserId,
        role: 'Driftsansvarlig',
      });
      const theirs = await org.editor.post(`${collaboration}/levels/${bottom?.id}/participants`, {
        contactId: org.contactId,
        role: 'Driftsansvarlig',
      });
      expect([ours.data.side, theirs.data.side]).toEqual(['ours', 'theirs']);
      expect(theirs.data.name).toBe('Kontakt aeroe');
      const both = await org.editor.post(`${collaboration}/levels/${bottom?.id}/participants`, {
        userId: org.readerUserId,
        contactId: org.contactId,
      });
      expect(both.data.errors[0].code).toBe('one_participant');

      // A new level goes to the bottom; moving it to the top renumbers the others.
      const added = await org.editor.post(`${collaboration}/levels`, { name: 'Direktion' });
      expect(added.data.position).toBe(3);
      await org.editor.patch(`${collaboration}/levels/${added.data.id}`, { position: 0 });
      const reordered = await org.reader.get(collaboration);
      expect(reordered.data.levels.map((l: { name: string; position: number }) => `${l.position} ${l.name}`)).toEqual([
        '0 Direktion',
        '1 Strategisk',
        '2 Taktisk',
        '3 Operationelt',
      ]);
      expect((await org.editor.delete(`${collaboration}/levels/${added.data.id}`)).statusCode).toBe(204);
      expect((await org.reader.get(collaboration)).data.levels.map((l: { position: number }) => l.position)).toEqual([0, 1, 2]);

      // A contract of the supplier can have its own; one of another supplier cannot be named.
      const forContract = await org.editor.post(`${collaboration}/defaults`, { contractId: org.contractId });
      expect(forContract.data.contractId).toBe(org.contractId);
      expect((await org.reader.get(collaboration)).data.contractsWithOwn.map((c: { id: string }) => c.id)).toEqual([
        org.contractId,
      ]);
      const wrong = await org.editor.post(`${collaboration}/defaults`, { contractId: crypto.randomUUID() });
      expect(wrong.data.errors[0]).toMatchObject({ field: '/contractId', code: 'unknown_reference' });
    });

    it('holds grundmodel roles centrally and tells who does what, with exports', async () => {
      const role = await org.editor.post(`${base}/central-roles`, { role: 'kontraktstyringsansvarlig', userId: adminUserId });
      expect(role.statusCode).toBe(201);
      const forUnit = await org.editor.post(`${base}/central-roles`, {
        role: 'it_controller',
        userId: org.readerUserId,
        unitId: org.unitId,
      });
      expect(forUnit.data.unitName).toBeTruthy();
      expect(
        (await org.editor.post(`${base}/central-roles`, { role: 'bogholder', userId: adminUserId })).data.errors[0],
      ).toMatchObject({
        field: '/role',
        code: 'unknown_option',
      });

      const who = await org.reader.get(`${base}/who-does-what`);
      const reader = who.data.items.find((p: { userId: string }) => p.userId === org.readerUserId);
      expect(reader.centralRoles.map((r: { role: string }) => r.role)).toEqual(['it_controller']);
      expect(reader.contractRoles).toEqual([expect.objectContaining({ role: 'systemejer', contractNumber: 'KTR-aeroe' })]);
      expect(reader.suppliers).toEqual([{ id: org.supplierId, name: 'Leverandør aeroe', via: ['contract', 'collaboration'] }]);
      expect(reader.governanceBodies.map((b: { name: string }) => b.name)).toEqual(['Leverandørstyringsudvalg']);
      const admin = who.data.items.find((p: { userId: string }) => p.userId === adminUserId);
      expect(admin.openActivities.map((a: { title: string }) => a.title)).toEqual(['Statusmøde aeroe']);

      const filtered = await org.reader.get(`${base}/who-does-what?role=kontraktstyringsansvarlig`);
      expect(filtered.data.items.map((p: { userId: string }) => p.userId)).toEqual([adminUserId]);
      expect((await org.reader.get(`${base}/who-does-what?userId=${org.readerUserId}`)).data.items).toHaveLength(1);

      const csv = await org.reader.get(`${base}/exports/who-does-what?format=csv&userId=${org.readerUserId}`);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body).toContain('Person;E-mail;Art;Rolle;Hvad;Frist');
      expect(csv.body).toContain('Kontraktrolle;Systemejer;KTR-aeroe Kontrakt aeroe');
      const xlsx = await org.reader.request('GET', `${base}/exports/who-does-what`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(workbook.getWorksheet('Hvem gør hvad')?.rowCount).toBeGreaterThan(3);
    });

    it('removes what a deleted contact and body leave behind, audited', async () => {
      const supplierBody = byKey((await org.reader.get(`${base}/governance-bodies`)).data.items, 'leverandoerstyringsudvalg');
      expect((await org.editor.delete(`${base}/suppliers/${org.supplierId}/contacts/${org.contactId}`)).statusCode).toBe(204);
      const collaboration = await org.reader.get(`${base}/suppliers/${org.supplierId}/collaboration`);
      const sides = collaboration.data.levels.flatMap((l: { participants: { side: string }[] }) =>
        l.participants.map((p) => p.side),
      );
      expect(sides).toEqual(['ours']);
      expect((await org.editor.delete(`${base}/governance-bodies/${supplierBody.id}`)).statusCode).toBe(204);
      const after = await org.reader.get(`${base}/suppliers/${org.supplierId}/collaboration`);
      expect(after.data.levels[0]).toMatchObject({ escalationBodyId: null, escalationBodyName: null });
      const portfolio = byKey((await org.reader.get(`${base}/governance-bodies`)).data.items, 'portefoeljeudvalg');
      expect(portfolio.escalationFrom.map((b) => b.name)).toEqual(['Projektstyregrupper']);
      expect((await org.reader.get(`${base}/governance-bodies/${supplierBody.id}`)).statusCode).toBe(404);
    });
  });
}
