import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeDeadlines } from '../src/usecases/contracts/recompute-deadlines.js';
import { type OrganisationApp, startOrganisationApp } from './harness.js';

for (const dialect of testDialects()) {
  describe(`contracts on ${dialect}`, () => {
    let o: OrganisationApp;
    let supplierId: string;
    beforeAll(async () => {
      o = await startOrganisationApp(dialect, '461', 'k');
      const supplier = await o.org.editor.post(`${o.base}/suppliers`, { name: 'Netcompany A/S', cvr: '14814833' });
      supplierId = supplier.data.id;
    });
    afterAll(async () => {
      await o?.t.close();
    });

    const post = (path: string, body: unknown) => o.org.editor.post(`${o.base}${path}`, body);
    const patch = (path: string, body: unknown) => o.org.editor.patch(`${o.base}${path}`, body);
    const get = (path: string) => o.org.editor.get(`${o.base}${path}`);

    it('creates a contract with defaults, derives its end and status, and keeps money exact', async () => {
      const created = await post('/contracts', {
        number: ' K-100 ',
        name: 'Økonomisystem',
        supplierId,
        contractType: 'hovedkontrakt',
        agreementElements: ['licens', 'drift'],
        tags: ['Økonomi', 'økonomi ', ' ERP'],
        inForceFrom: '2025-01-01',
        termKind: 'months',
        termMonths: 24,
        totalValue: '2469000.10',
        annualCost: '1234500.05',
        priceRegulation: 'index',
        priceIndex: 'nettoprisindeks',
        priceRegulationCapPercent: '3.50',
        links: [{ label: 'ESDH', url: 'https://esdh.kommune.test/sag/1' }],
      });
      expect(created.statusCode).toBe(201);
      expect(created.data).toMatchObject({
        number: 'K-100',
        supplierName: 'Netcompany A/S',
        agreementElements: ['licens', 'drift'],
        tags: ['Økonomi', 'ERP'],
        endsOn: '2026-12-31',
        currency: 'DKK',
        renewal: 'none',
        totalValue: '2469000.10',
        annualCost: '1234500.05',
        priceRegulationCapPercent: '3.5',
        responsibilities: [],
      });
      expect(['active', 'expired']).toContain(created.data.status);
      expect(created.data).not.toHaveProperty('nameSort');
      const history = await get(`/audit?entityId=${created.data.id}`);
      const create = history.data.items.find((e: { action: string }) => e.action === 'create');
      expect(create.changes).toMatchObject({
        agreementElements: { before: null, after: ['licens', 'drift'] },
        tags: { before: null, after: ['Økonomi', 'ERP'] },
        annualCost: { before: null, after: '1234500.05' },
        links: { before: null, after: [{ label: 'ESDH', url: 'https://esdh.kommune.test/sag/1' }] },
      });
      expect(create.changes).not.toHaveProperty('nameSort');
    });

    it('names every inconsistent term on its field, with Danish messages', async () => {
      const response = await post('/contracts', {
        number: 'K-BAD',
        name: 'Forkert',
        inForceFrom: '2025-06-01',
        termKind: 'end_date',
        termEndsOn: '2025-05-31',
        renewalMonths: 12,
        noticePeriodEnd: 'quarter',
        contractType: 'findes_ikke',
        supplierId: '00000000-0000-4000-8000-000000000000',
      });
      expect(response.statusCode).toBe(400);
      const fields = response.data.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
      expect(fields).toEqual(
        expect.arrayContaining([
          '/termEndsOn:date_order',
          '/renewalMonths:not_allowed',
          '/noticeMonths:required',
          '/supplierId:unknown_reference',
        ]),
      );
      expect(response.data.errors[0].message).toMatch(/[æøå]|Skal|Må|Findes|Datoen/);
    });

    it('refuses an unknown option value and a number already used', async () => {
      const unknown = await post('/contracts', { number: 'K-X', name: 'X', contractType: 'findes_ikke' });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.data.errors).toEqual([expect.objectContaining({ field: '/contractType', code: 'unknown_option' })]);
      const taken = await post('/contracts', { number: 'K-100', name: 'Igen' });
      expect(taken.statusCode).toBe(409);
      expect(taken.data.code).toBe('contract_number_taken');
      expect(taken.data.errors).toEqual([expect.objectContaining({ field: '/number', code: 'taken' })]);
    });

    it('patches only what is sent, replaces lists whole, and records the changes in the history of the contract', async () => {
      const created = await post('/contracts', { number: 'K-200', name: 'Lønsystem', supplierId, termKind: 'ongoing' });
      const id = created.data.id;
      const readerUserId = o.org.readerUserId;
      const changed = await patch(`/contracts/${id}`, {
        description: '  Løn og personale  ',
        responsibilities: [
          { role: 'systemejer', userId: readerUserId },
          { role: 'it_controller', userId: readerUserId },
        ],
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.data.name).toBe('Lønsystem');
      expect(changed.data.description).toBe('Løn og personale');
      expect(changed.data.responsibilities.map((r: { role: string }) => r.role).sort()).toEqual(['it_controller', 'systemejer']);

      const again = await patch(`/contracts/${id}`, {
        description: null,
        responsibilities: [{ role: 'systemejer', userId: readerUserId }],
      });
      expect(again.data.description).toBeNull();
      expect(again.data.responsibilities).toHaveLength(1);

      const notMember = await patch(`/contracts/${id}`, {
        responsibilities: [{ role: 'systemejer', userId: '00000000-0000-4000-8000-000000000001' }],
      });
      expect(notMember.statusCode).toBe(400);
      expect(notMember.data.errors[0]).toMatchObject({ field: '/responsibilities/0/userId', code: 'not_a_member' });

      const element = await post(`/contracts/${id}/price-elements`, { name: 'Licens', unitPrice: '10.50' });
      const history = await get(`/audit?subjectId=${id}`);
      const types = history.data.items.map((e: { entityType: string; action: string }) => `${e.entityType}:${e.action}`);
      expect(types).toEqual(
        expect.arrayContaining([
          'contract:create',
          'contract:update',
          'contract_responsibility:create',
          'contract_responsibility:delete',
          'price_element:create',
        ]),
      );
      const descriptionChanges = history.data.items
        .filter(
          (e: { entityType: string; changes: Record<string, unknown> }) => e.entityType === 'contract' && e.changes.description,
        )
        .map((e: { changes: Record<string, unknown> }) => e.changes.description);
      expect(descriptionChanges).toEqual([
        { before: 'Løn og personale', after: null },
        { before: null, after: 'Løn og personale' },
      ]);
      expect(element.statusCode).toBe(201);
    });

    it('keeps price elements exact, unique by number within the contract, and paid by units of the organisation', async () => {
      const contract = await post('/contracts', { number: 'K-300', name: 'Sagssystem', termKind: 'ongoing' });
      const base = `/contracts/${contract.data.id}/price-elements`;
      const first = await post(base, {
        number: '1.1',
        name: 'Licens pr. bruger',
        unitCode: 'EA',
        unitPrice: '0001234.5000',
        quantity: '250',
        recurrence: 'yearly',
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
        payingUnitIds: [o.org.unitId],
        accountCoding: '06.45.51',
      });
      expect(first.statusCode).toBe(201);
      expect(first.data).toMatchObject({ unitPrice: '1234.5', quantity: '250', payingUnitIds: [o.org.unitId] });
      const same = await post(base, { number: '1.1', name: 'Igen', unitPrice: '1' });
      expect(same.statusCode).toBe(409);
      expect(same.data.code).toBe('price_element_number_taken');
      const otherContract = await post('/contracts', { number: 'K-301', name: 'Andet', termKind: 'ongoing' });
      const sameNumberElsewhere = await post(`/contracts/${otherContract.data.id}/price-elements`, {
        number: '1.1',
        name: 'Licens',
        unitPrice: '1',
      });
      expect(sameNumberElsewhere.statusCode).toBe(201);
      const bad = await patch(`${base}/${first.data.id}`, {
        validTo: '2024-12-31',
        payingUnitIds: ['00000000-0000-4000-8000-000000000000'],
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.data.errors.map((e: { field: string }) => e.field).sort()).toEqual(['/payingUnitIds/0', '/validTo']);
      const float = await post(base, { name: 'Float', unitPrice: 12.5, quantity: '1.1234567' });
      expect(float.statusCode).toBe(400);
      expect(float.data.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
        '/unitPrice:wrong_type',
        '/quantity:invalid_format',
      ]);
      const list = await get(`/price-elements?contractId=${contract.data.id}`);
      expect(list.data.total).toBe(1);
      const unitInUse = await o.org.admin.delete(`${o.base}/units/${o.org.unitId}`);
      expect(unitInUse.statusCode).toBe(409);
      expect(unitInUse.data.code).toBe('unit_in_use');
    });

    it('moves the end when an extension option is exercised, and back when it is undone', async () => {
      const contract = await post('/contracts', {
        number: 'K-400',
        name: 'Drift',
        inForceFrom: '2024-03-01',
        termKind: 'months',
        termMonths: 36,
      });
      expect(contract.data.endsOn).toBe('2027-02-28');
      const option = await post(`/contracts/${contract.data.id}/options`, { kind: 'extension', periods: 2, periodMonths: 12 });
      expect(option.data).toMatchObject({ exercised: false, exercisedPeriods: 0 });
      const exercised = await patch(`/contracts/${contract.data.id}/options/${option.data.id}`, {
        exercisedPeriods: 1,
        exercisedOn: '2026-10-01',
      });
      expect(exercised.data.exercised).toBe(true);
      expect((await get(`/contracts/${contract.data.id}`)).data.endsOn).toBe('2028-02-29');
      const tooMany = await patch(`/contracts/${contract.data.id}/options/${option.data.id}`, { exercisedPeriods: 3 });
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.data.errors[0]).toMatchObject({ field: '/exercisedPeriods', code: 'out_of_range' });
      const purchase = await post(`/contracts/${contract.data.id}/options`, { kind: 'purchase', periods: 1 });
      expect(purchase.statusCode).toBe(400);
      await o.org.editor.delete(`${o.base}/contracts/${contract.data.id}/options/${option.data.id}`);
      expect((await get(`/contracts/${contract.data.id}`)).data.endsOn).toBe('2027-02-28');
    });

    it('derives the status from the dates: draft, active, expired, under termination, terminated', async () => {
      const make = async (number: string, body: Record<string, unknown>) =>
        (await post('/contracts', { number, name: number, ...body })).data;
      expect((await make('S-1', { termKind: 'ongoing' })).status).toBe('draft');
      expect((await make('S-2', { inForceFrom: '2099-01-01', termKind: 'ongoing' })).status).toBe('draft');
      expect((await make('S-3', { inForceFrom: '2020-01-01', termKind: 'ongoing' })).status).toBe('active');
      expect((await make('S-4', { inForceFrom: '2020-01-01', termKind: 'months', termMonths: 12 })).status).toBe('expired');
      expect(
        (await make('S-5', { inForceFrom: '2020-01-01', termKind: 'months', termMonths: 12, renewal: 'automatic' })).status,
      ).toBe('active');
      expect(
        (
          await make('S-6', {
            inForceFrom: '2020-01-01',
            termKind: 'ongoing',
            terminationGivenOn: '2026-01-01',
            terminationEffectiveOn: '2099-06-30',
          })
        ).status,
      ).toBe('under_termination');
      expect(
        (
          await make('S-7', {
            inForceFrom: '2020-01-01',
            termKind: 'ongoing',
            terminationGivenOn: '2023-01-01',
            terminationEffectiveOn: '2023-06-30',
          })
        ).status,
      ).toBe('terminated');
      const byStatus = async (status: string) =>
        (await get(`/contracts?status=${status}&q=S-&limit=100`)).data.items.map((c: { number: string }) => c.number).sort();
      expect(await byStatus('draft')).toEqual(['S-1', 'S-2']);
      expect(await byStatus('active')).toEqual(['S-3', 'S-5']);
      expect(await byStatus('expired')).toEqual(['S-4']);
      expect(await byStatus('under_termination')).toEqual(['S-6']);
      expect(await byStatus('terminated')).toEqual(['S-7']);
    });

    it('filters and sorts the list on every documented column', async () => {
      const other = await post('/suppliers', { name: 'Åben Software ApS', country: 'SE', foreignId: 'SE-99' });
      const mk = (body: Record<string, unknown>) => post('/contracts', { termKind: 'ongoing', ...body });
      await mk({ number: 'L-1', name: 'Æblesystem', supplierId, tags: ['Borgervendt'], agreementElements: ['hosting'] });
      await mk({ number: 'L-2', name: 'Zebra', supplierId: other.data.id, tags: ['intern'], agreementElements: ['support'] });
      await mk({ number: 'L-3', name: 'Aarhus-løsning', supplierId, responsibleUnitId: o.org.unitId });
      await mk({
        number: 'L-4',
        name: 'Ørnesystem',
        inForceFrom: '2020-01-01',
        termKind: 'end_date',
        termEndsOn: addDays(30),
        annualCost: '100.00',
        responsibilities: [{ role: 'systemejer', userId: o.org.readerUserId }],
      });
      const numbers = async (query: string) =>
        (await get(`/contracts?q=L-&limit=100&${query}`)).data.items.map((c: { number: string }) => c.number);
      expect(await numbers('sort=name')).toEqual(['L-2', 'L-1', 'L-4', 'L-3']);
      expect(await numbers('sort=-name')).toEqual(['L-3', 'L-4', 'L-1', 'L-2']);
      expect(await numbers(`supplierId=${supplierId}&sort=number`)).toEqual(['L-1', 'L-3']);
      expect(await numbers('tag=borgervendt')).toEqual(['L-1']);
      expect(await numbers('agreementElement=support')).toEqual(['L-2']);
      expect(await numbers(`unitId=${o.org.unitId}`)).toEqual(['L-3']);
      expect(await numbers(`responsibleUserId=${o.org.readerUserId}`)).toEqual(['L-4']);
      expect(await numbers('endsWithinDays=31')).toEqual(['L-4']);
      expect(await numbers('endsWithinDays=29')).toEqual([]);
      expect((await numbers('sort=supplierName')).slice(0, 3)).toEqual(['L-1', 'L-3', 'L-2']);
      expect((await numbers('sort=-annualCost'))[0]).toBe('L-4');
      expect((await numbers('sort=annualCost'))[0]).toBe('L-4');
      const page = await get('/contracts?q=L-&sort=number&limit=2&offset=2');
      expect(page.data.total).toBe(4);
      expect(page.data.items.map((c: { number: string }) => c.number)).toEqual(['L-3', 'L-4']);
      for (const sort of ['contractType', 'status', 'inForceFrom', 'endsOn', 'totalValue', 'criticality', 'updatedAt']) {
        for (const s of [sort, `-${sort}`]) expect((await get(`/contracts?sort=${s}`)).statusCode).toBe(200);
      }
      const since = await get(`/contracts?changedSince=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
      expect(since.data.total).toBe(0);
    });

    it('places tillæg under a main contract, refuses cycles, and refuses to delete a main contract with tillæg', async () => {
      const main = await post('/contracts', { number: 'H-1', name: 'Hovedkontrakt', termKind: 'ongoing' });
      const addendum = await post('/contracts', {
        number: 'H-1.1',
        name: 'Tillæg 1',
        termKind: 'ongoing',
        contractType: 'tillaegskontrakt',
        parentId: main.data.id,
      });
      expect(addendum.data.parentId).toBe(main.data.id);
      const details = await get(`/contracts/${main.data.id}`);
      expect(details.data.children).toEqual([expect.objectContaining({ number: 'H-1.1', name: 'Tillæg 1' })]);
      const cycle = await patch(`/contracts/${main.data.id}`, { parentId: addendum.data.id });
      expect(cycle.statusCode).toBe(409);
      expect(cycle.data.code).toBe('contract_parent_invalid');
      const self = await patch(`/contracts/${main.data.id}`, { parentId: main.data.id });
      expect(self.data.code).toBe('contract_parent_invalid');
      const refused = await o.org.editor.delete(`${o.base}/contracts/${main.data.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.data.code).toBe('contract_has_children');
      expect((await o.org.editor.delete(`${o.base}/contracts/${addendum.data.id}`)).statusCode).toBe(204);
      expect((await o.org.editor.delete(`${o.base}/contracts/${main.data.id}`)).statusCode).toBe(204);
      expect((await get(`/contracts/${main.data.id}`)).statusCode).toBe(404);
    });

    it('warns of double purchases on the contract page and in the report, but not between a contract and its tillæg', async () => {
      const a = await post('/contracts', {
        number: 'D-1',
        name: 'Hosting A',
        supplierId,
        systemName: 'Borgerportal',
        agreementElements: ['hosting'],
        inForceFrom: '2025-01-01',
        termKind: 'ongoing',
      });
      await post('/contracts', {
        number: 'D-2',
        name: 'Hosting B',
        supplierId,
        agreementElements: ['hosting', 'drift'],
        inForceFrom: '2026-01-01',
        termKind: 'ongoing',
      });
      await post('/contracts', {
        number: 'D-1.1',
        name: 'Tillæg',
        supplierId,
        parentId: a.data.id,
        agreementElements: ['hosting'],
        inForceFrom: '2026-01-01',
        termKind: 'ongoing',
      });
      const page = await get(`/contracts/${a.data.id}`);
      const warning = page.data.doublePurchaseWarnings.find((w: { other: { number: string } }) => w.other.number === 'D-2');
      expect(warning).toMatchObject({
        contract: { number: 'D-1' },
        reason: 'same_supplier_and_element',
        agreementElements: ['hosting'],
        overlapFrom: '2026-01-01',
        overlapTo: null,
      });
      expect(page.data.doublePurchaseWarnings.some((w: { other: { number: string } }) => w.other.number === 'D-1.1')).toBe(false);
      const report = await get('/reports/double-purchases');
      expect(report.statusCode).toBe(200);
      expect(
        report.data.items.some(
          (w: { contract: { number: string }; other: { number: string } }) =>
            [w.contract.number, w.other.number].sort().join() === 'D-1,D-2',
        ),
      ).toBe(true);
    });

    it("shows the supplier's commitment and refuses to delete a supplier with contracts", async () => {
      const supplier = await post('/suppliers', { name: 'Forpligtet A/S', country: 'NO', foreignId: 'NO-1' });
      const end = addDays(364);
      await post('/contracts', {
        number: 'F-1',
        name: 'Et år tilbage',
        supplierId: supplier.data.id,
        inForceFrom: '2020-01-01',
        termKind: 'end_date',
        termEndsOn: end,
        annualCost: '365000.00',
      });
      await post('/contracts', {
        number: 'F-2',
        name: 'Løbende',
        supplierId: supplier.data.id,
        inForceFrom: '2020-01-01',
        termKind: 'ongoing',
        annualCost: '1000.00',
      });
      await post('/contracts', {
        number: 'F-3',
        name: 'Kladde',
        supplierId: supplier.data.id,
        termKind: 'ongoing',
        annualCost: '5',
      });
      const page = await get(`/suppliers/${supplier.data.id}`);
      expect(page.data.commitment).toEqual({
        contractCount: 3,
        activeContractCount: 2,
        annual: '366000.00',
        remaining: '365000.00',
        remainingOpenEnded: 1,
      });
      const refused = await o.org.editor.delete(`${o.base}/suppliers/${supplier.data.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.data.code).toBe('supplier_has_contracts');
    });

    it('lets a læser read contracts but not change them', async () => {
      const list = await o.org.reader.get(`${o.base}/contracts`);
      expect(list.statusCode).toBe(200);
      const refused = await o.org.reader.post(`${o.base}/contracts`, { number: 'R-1', name: 'Nej' });
      expect(refused.statusCode).toBe(403);
    });

    it("remembers a person's own preferences, and only theirs", async () => {
      const unset = await o.org.reader.get('/api/v1/me/preferences/contracts.columns');
      expect(unset.data).toEqual({ key: 'contracts.columns', value: null });
      const put = await o.org.reader.put('/api/v1/me/preferences/contracts.columns', { value: ['number', 'name'] });
      expect(put.statusCode).toBe(200);
      expect((await o.org.reader.get('/api/v1/me/preferences/contracts.columns')).data.value).toEqual(['number', 'name']);
      expect((await o.org.editor.get('/api/v1/me/preferences/contracts.columns')).data.value).toBeNull();
      const tooBig = await o.org.reader.put('/api/v1/me/preferences/contracts.columns', { value: 'x'.repeat(20_000) });
      expect(tooBig.statusCode).toBe(400);
    });
  });
}

/** Today in Denmark plus some days, as the server computes it. */
function addDays(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

for (const dialect of testDialects()) {
  describe(`contract deadlines on ${dialect}`, () => {
    let o: OrganisationApp;
    beforeAll(async () => {
      o = await startOrganisationApp(dialect, '330', 'f');
    });
    afterAll(async () => {
      await o?.t.close();
    });

    it('stores the deadlines computed from the terms, lists sort and filter on them, and explains them', async () => {
      const year = Number(todayInDenmark().slice(0, 4));
      const created = await o.org.editor.post(`${o.base}/contracts`, {
        number: 'FR-1',
        name: 'Løbende drift',
        inForceFrom: `${year - 3}-01-01`,
        termKind: 'ongoing',
        noticeMonths: 6,
        noticePeriodEnd: 'year',
        priceRegulationDate: '01-01',
        priceRegulation: 'index',
        priceIndex: 'nettoprisindeks',
      });
      expect(created.statusCode).toBe(201);
      const reachable = todayInDenmark() <= `${year}-06-30`;
      const end = `${reachable ? year : year + 1}-12-31`;
      expect(created.data.deadlines).toEqual({
        currentTermEnd: null,
        latestNoticeDate: `${end.slice(0, 4)}-06-30`,
        earliestEnd: end,
        nextOptionDeadline: null,
        nextPriceRegulation: todayInDenmark().endsWith('-01-01') ? todayInDenmark() : `${year + 1}-01-01`,
        computedFor: todayInDenmark(),
      });
      expect(created.data.earlyTermination).toBe(false);
      await o.org.editor.post(`${o.base}/contracts`, {
        number: 'FR-2',
        name: 'Kort varsel',
        inForceFrom: `${year - 1}-01-01`,
        termKind: 'ongoing',
        noticeMonths: 1,
        noticePeriodEnd: 'month',
      });
      const sorted = await o.org.reader.get(`${o.base}/contracts?q=FR-&sort=latestNoticeDate`);
      expect(sorted.data.items.map((c: { number: string }) => c.number)).toEqual(['FR-2', 'FR-1']);
      const soon = await o.org.reader.get(`${o.base}/contracts?q=FR-&noticeWithinDays=40`);
      expect(soon.data.items.map((c: { number: string }) => c.number)).toEqual(['FR-2']);
      const details = await o.org.reader.get(`${o.base}/contracts/${created.data.id}`);
      expect(details.data.deadlineExplanation.join(' ')).toContain('6 måneders opsigelsesvarsel til udgangen af et år');
      const history = await o.org.reader.get(`${o.base}/audit?entityId=${created.data.id}`);
      expect(Object.keys(history.data.items[0].changes)).not.toContain('latestNoticeDate');
    });

    it('an option with a lead time gets its deadline, and the daily recompute brings stale deadlines up to date', async () => {
      const contract = await o.org.editor.post(`${o.base}/contracts`, {
        number: 'FR-3',
        name: 'Med option',
        inForceFrom: '2025-01-01',
        termKind: 'months',
        termMonths: 48,
        earlyTermination: true,
        noticeMonths: 3,
        noticePeriodEnd: 'quarter',
      });
      expect(contract.data.earlyTermination).toBe(true);
      await o.org.editor.post(`${o.base}/contracts/${contract.data.id}/options`, {
        kind: 'extension',
        periods: 2,
        periodMonths: 12,
        leadTimeMonths: 6,
      });
      const details = await o.org.reader.get(`${o.base}/contracts/${contract.data.id}`);
      expect(details.data.optionDeadlines[0]).toMatchObject({ period: 1, deadline: '2028-06-30', extendsTo: '2029-12-31' });
      expect(details.data.deadlines.nextOptionDeadline).toBe('2028-06-30');

      await o.t.database.db.updateTable('contracts').set({ deadlinesOn: '2000-01-01', latestNoticeDate: null }).execute();
      const n = await recomputeDeadlines(o.t.database.db, o.t.clock);
      expect(n).toBeGreaterThanOrEqual(3);
      const after = await o.org.reader.get(`${o.base}/contracts/${contract.data.id}`);
      expect(after.data.deadlines.computedFor).toBe(todayInDenmark());
      expect(after.data.deadlines.latestNoticeDate).not.toBeNull();
      expect(await recomputeDeadlines(o.t.database.db, o.t.clock)).toBe(0);
    });
  });
}

function todayInDenmark(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}
