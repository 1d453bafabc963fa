import { readMunicipalities } from '@overblik/db';
import { testDialects } from '@overblik/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, addPerson, type Client, logIn, startTestApp, type TestApp } from './harness.js';

/** Statistikbanken's FOLK1A export as its API gives it: a title line, `;`, areas by name, quarters, aggregates. */
const FOLK1A = [
  'Befolkningen den 1. i kvartalet efter område og tid',
  'OMRÅDE;TID;INDHOLD',
  'Hele landet;2026K1;5990000',
  'Region Hovedstaden;2026K1;1900000',
  'København;2026K1;140000',
  'Aarhus;2026K1;360000',
  'Frederiksberg;2026K1;105000',
  'Christiansø;2026K1;90',
  'København;2027K1;141000',
  'Aarhus;2027K1;362000',
  'Frederiksberg;2027K1;106000',
].join('\r\n');

const KINK = { kind: 'per_inhabitant', rate: '25', kink: { threshold: 150000, factor: '0.5' } };

const projectInput = (over: Record<string, unknown> = {}) => ({
  name: 'Fælles infrastruktur',
  period: { start: '2026-01-01', end: '2027-12-31' },
  model: KINK,
  comparison: { name: 'Uden knækrabat', model: { kind: 'per_inhabitant', rate: '25' } },
  businessCaseCosts: '10000000.00',
  members: [
    { municipalityCode: '101', availableFrom: '2026-01-01', wave: '1', pilot: true },
    { municipalityCode: '751', availableFrom: '2026-05-01', wave: '2' },
    { municipalityCode: '147', availableFrom: '2026-01-01', wave: '1', exitOn: '2027-07-01' },
  ],
  ...over,
});

/** Øre × days ÷ days in the year, rounded half away from zero, as kroner text: the rule, computed apart from the planner. */
const prorated = (yearlyOre: bigint, days: bigint, yearDays: bigint) => {
  const twice = (yearlyOre * days * 2n) / yearDays;
  const ore = (twice + 1n) / 2n;
  return `${ore / 100n}.${String(ore % 100n).padStart(2, '0')}`;
};

for (const dialect of testDialects()) {
  describe(`cost sharing on ${dialect}`, () => {
    let t: TestApp;
    let sysadmin: Client;
    let jointId: string;
    let joint: Client;
    let aarhus: Client;
    let aarhusId: string;
    let copenhagenId: string;
    let outsider: Client;
    let outsiderId: string;
    let projectId: string;

    async function organisationOf(code: string): Promise<string> {
      return (await sysadmin.get(`/api/v1/organisations?q=${code}`)).data.items[0].id;
    }

    async function person(
      organisationId: string,
      email: string,
      role: 'administrator' | 'redaktør' | 'læser' = 'redaktør',
    ): Promise<Client> {
      return (await addPerson(t.app, sysadmin, organisationId, { email, name: email, role })).client;
    }

    const upload = (client: Client, organisationId: string, text: string, query = '') =>
      client.request('POST', `/api/v1/organisations/${organisationId}/populations${query}`, Buffer.from(text, 'utf8'), {
        'content-type': 'text/csv',
      });

    beforeAll(async () => {
      t = await startTestApp(dialect);
      sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      const created = await sysadmin.post('/api/v1/organisations', { kind: 'fællesskab', name: 'Fælles IT Øst', cvr: null });
      jointId = created.data.id;
      joint = await person(jointId, 'okonomi@faelles.test');
      aarhusId = await organisationOf('751');
      copenhagenId = await organisationOf('101');
      outsiderId = await organisationOf('461');
      aarhus = await person(aarhusId, 'budget@aarhus.test', 'læser');
      outsider = await person(outsiderId, 'budget@odense.test');
    });
    afterAll(() => t?.close());

    it('imports Statistikbanken populations: a dry run writes nothing, aggregates are skipped, the real import is audited', async () => {
      const dry = await upload(joint, jointId, FOLK1A, '?dryRun=true');
      expect(dry.statusCode).toBe(200);
      expect(dry.data).toMatchObject({ dryRun: true, applied: false, layout: 'statistikbanken_long', figures: 6, created: 6 });
      expect(dry.data.skipped.map((s: { area: string }) => s.area)).toEqual(['Hele landet', 'Region Hovedstaden', 'Christiansø']);
      expect((await joint.get(`/api/v1/organisations/${jointId}/populations`)).data.figures).toEqual([]);

      const real = await upload(joint, jointId, FOLK1A, '?fileName=folk1a.csv');
      expect(real.data).toMatchObject({ applied: true, figures: 6, created: 6, changed: 0 });
      const list = (await joint.get(`/api/v1/organisations/${jointId}/populations?date=2026-01-01`)).data;
      expect(list.dates).toEqual(['2027-01-01', '2026-01-01']);
      expect(list.figures).toContainEqual(
        expect.objectContaining({
          municipalityCode: '751',
          name: 'Aarhus',
          date: '2026-01-01',
          population: 360000,
          previous: null,
        }),
      );
      expect(list.imports).toEqual([expect.objectContaining({ fileName: 'folk1a.csv', figureCount: 6, changedCount: 0 })]);
    });

    it('a corrected figure becomes a new version: the old one is kept, the change is shown and audited', async () => {
      const corrected = 'Kommunekode;Indbyggere;Dato\r\n147;105500;01-01-2026\r\n';
      const report = await upload(joint, jointId, corrected);
      expect(report.data).toMatchObject({ layout: 'columns', figures: 1, created: 0, changed: 1 });
      const figure = (await joint.get(`/api/v1/organisations/${jointId}/populations?municipalityCode=147&date=2026-01-01`)).data
        .figures[0];
      expect(figure).toMatchObject({ population: 105500, previous: 105000 });
      const trail = await joint.get(`/api/v1/organisations/${jointId}/audit?entityType=population_import`);
      expect(trail.data.items[0].changes.changes.after).toEqual([
        { code: '147', date: '2026-01-01', before: 105000, after: 105500 },
      ]);
      // Back to the published figure, so the amounts below use Statistikbanken's.
      await upload(joint, jointId, 'Kommunekode;Indbyggere;Dato\r\n147;105000;2026-01-01\r\n');
    });

    it('refuses a file with errors as a whole, naming each row and column', async () => {
      const before = (await joint.get(`/api/v1/organisations/${jointId}/populations`)).data.imports.length;
      const bad =
        'OMRÅDE;TID;INDHOLD\r\nAarhus;2026K1;360000\r\nAtlantis;2026K1;100\r\nOdense;2026K5;200000\r\nVejle;2026K1;12,5\r\n';
      const response = await upload(joint, jointId, bad);
      expect(response.statusCode).toBe(422);
      expect(response.data.code).toBe('import_invalid');
      expect(
        response.data.importErrors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]),
      ).toEqual([
        [3, 'OMRÅDE', 'unknown_municipality'],
        [4, 'TID', 'invalid_date'],
        [5, 'INDHOLD', 'invalid_number'],
      ]);
      expect((await joint.get(`/api/v1/organisations/${jointId}/populations`)).data.imports.length).toBe(before);
    });

    it('only a joint organisation runs projects and imports populations', async () => {
      const project = await outsider.post(`/api/v1/organisations/${outsiderId}/cost-projects`, projectInput());
      expect(project.statusCode).toBe(409);
      expect(project.data.code).toBe('cost_projects_joint_only');
      expect((await upload(outsider, outsiderId, FOLK1A)).data.code).toBe('cost_projects_joint_only');
    });

    it('answers every problem of a project description with its place', async () => {
      const invalid = await joint.post(
        `/api/v1/organisations/${jointId}/cost-projects`,
        projectInput({
          model: { kind: 'per_inhabitant', rate: 'femogtyve', kink: { threshold: 150000, factor: '1.5' } },
          period: { start: '2027-01-01', end: '2026-12-31' },
        }),
      );
      expect(invalid.statusCode).toBe(422);
      expect(invalid.data.code).toBe('cost_project_invalid');
      expect(invalid.data.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['/period', '/model/rate', '/model/kink/factor']),
      );
      expect(invalid.data.errors.find((e: { field: string }) => e.field === '/model/rate').message).toContain('decimaltal');
      const unknown = await joint.post(
        `/api/v1/organisations/${jointId}/cost-projects`,
        projectInput({ members: [{ municipalityCode: '999', availableFrom: '2026-01-01' }] }),
      );
      expect(unknown.statusCode).toBe(400);
      expect(unknown.data.errors).toEqual([
        expect.objectContaining({ field: '/members/0/municipalityCode', code: 'unknown_reference' }),
      ]);
    });

    it('computes the plan by the KOMBIT terms from the imported populations', async () => {
      const created = await joint.post(`/api/v1/organisations/${jointId}/cost-projects`, projectInput());
      expect(created.statusCode).toBe(201);
      projectId = created.data.id;
      expect(created.data).toMatchObject({ modelKind: 'per_inhabitant', invoicing: 'kombit', proration: 'days', problems: [] });
      expect(created.data.members.map((m: { municipalityCode: string; name: string }) => m.municipalityCode)).toEqual([
        '101',
        '147',
        '751',
      ]);

      const plan = (await joint.get(`/api/v1/organisations/${jointId}/cost-projects/${projectId}/plan`)).data;
      const aarhusPlan = plan.members.find((m: { code: string }) => m.code === '751');
      // Made available in May: one invoice on 1 September for 1 May – 31 December (245 of 365 days).
      // Yearly price: 150,000 × 25 kr. + 210,000 × 12.50 kr. = 6,375,000 kr.
      const first = aarhusPlan.invoices[0];
      expect(first).toMatchObject({ kind: 'regular', date: '2026-09-01', start: '2026-05-01', end: '2026-12-31' });
      expect(first.amount).toBe(prorated(637_500_000n, 245n, 365n));
      expect(first.parts[0].basis).toMatchObject({
        kind: 'per_inhabitant',
        yearlyPrice: '6375000',
        population: { population: 360000 },
      });
      expect(first.text).toContain('245');
      // The pilot pays nothing for its first two months; the member leaving 1 July 2027 pays the rest at once.
      const pilot = plan.members.find((m: { code: string }) => m.code === '101');
      expect(pilot.paysFrom).toBe('2026-03-01');
      const leaving = plan.members.find((m: { code: string }) => m.code === '147');
      expect(leaving.invoices.at(-1)).toMatchObject({ kind: 'exit', date: '2027-07-01', start: '2027-07-01', end: '2027-12-31' });
      expect(plan.rule).toContain('dage');
      expect(plan.businessCase.costs).toBe('10000000.00');
    });

    it('compares the model with the comparison model per municipality', async () => {
      const comparison = (await joint.get(`/api/v1/organisations/${jointId}/cost-projects/${projectId}/comparison`)).data;
      expect(comparison.names).toEqual(['Fælles infrastruktur', 'Uden knækrabat']);
      const byCode = Object.fromEntries(comparison.members.map((m: { code: string }) => [m.code, m]));
      expect(byCode['101'].difference).toBe('0.00');
      expect(Number(byCode['751'].difference)).toBeGreaterThan(0);
    });

    it('exports the plan as .xlsx and as CSV', async () => {
      const xlsx = await joint.get(`/api/v1/organisations/${jointId}/cost-projects/${projectId}/plan/export`);
      expect(xlsx.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Fakturaer', 'Pr. år', 'Regler', 'Sammenligning']);
      const plan = (await joint.get(`/api/v1/organisations/${jointId}/cost-projects/${projectId}/plan`)).data;
      const years = workbook.getWorksheet('Pr. år');
      const total = years?.getRow(years?.rowCount ?? 0).getCell(5).value;
      expect(total).toBe(Number(plan.total));
      const csv = await joint.get(`/api/v1/organisations/${jointId}/cost-projects/${projectId}/plan/export?format=csv`);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
        'Projekt;Kommunekode;Kommune;Bølge;Pilot;Type;Fakturadato;Fra;Til;Beløb (kr.);Forklaring',
      );
    });

    it("shows a member municipality its own bills, read-only, and nothing of the other members'", async () => {
      const plan = (await joint.get(`/api/v1/organisations/${jointId}/cost-projects/${projectId}/plan`)).data;
      const expected = plan.members.find((m: { code: string }) => m.code === '751');
      const forecast = await aarhus.get(`/api/v1/organisations/${aarhusId}/cost-sharing`);
      expect(forecast.statusCode).toBe(200);
      expect(forecast.data.projects).toEqual([
        expect.objectContaining({ projectId, jointOrganisationName: 'Fælles IT Øst', total: expected.total, problems: [] }),
      ]);
      expect(forecast.data.byYear).toEqual(expected.totalsByYear);
      const statement = await aarhus.get(`/api/v1/organisations/${aarhusId}/cost-sharing/${projectId}`);
      expect(statement.data.member).toEqual(expected);
      expect(statement.body).not.toContain(copenhagenId);
      expect(statement.body).not.toContain('Frederiksberg');
      // Reading is all it may do with the joint organisation's project.
      expect((await aarhus.get(`/api/v1/organisations/${jointId}/cost-projects/${projectId}`)).statusCode).toBe(404);
      expect((await aarhus.put(`/api/v1/organisations/${jointId}/cost-projects/${projectId}`, projectInput())).statusCode).toBe(
        404,
      );
      const xlsx = await aarhus.get(`/api/v1/organisations/${aarhusId}/cost-sharing/export`);
      expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const csv = await aarhus.get(`/api/v1/organisations/${aarhusId}/cost-sharing/export?format=csv`);
      expect(csv.body).toContain('Fælles IT Øst;Fælles infrastruktur;');
    });

    it('a municipality that is not a member sees no project and cannot open one', async () => {
      expect((await outsider.get(`/api/v1/organisations/${outsiderId}/cost-sharing`)).data.projects).toEqual([]);
      expect((await outsider.get(`/api/v1/organisations/${outsiderId}/cost-sharing/${projectId}`)).statusCode).toBe(404);
      expect((await outsider.get(`/api/v1/organisations/${jointId}/cost-projects`)).statusCode).toBe(404);
    });

    it('audits changes to the member list and shows a project that cannot be computed yet', async () => {
      const updated = await joint.put(
        `/api/v1/organisations/${jointId}/cost-projects/${projectId}`,
        projectInput({
          members: [
            { municipalityCode: '751', availableFrom: '2026-05-01', wave: '2', exitOn: '2027-01-01' },
            { municipalityCode: '461', availableFrom: '2026-01-01' },
          ],
        }),
      );
      expect(updated.statusCode).toBe(200);
      // Odense has no population figure: the project is saved, and says what is missing.
      expect(updated.data.problems).toEqual([expect.objectContaining({ message: expect.stringContaining('Odense') })]);
      const plan = await joint.get(`/api/v1/organisations/${jointId}/cost-projects/${projectId}/plan`);
      expect(plan.statusCode).toBe(422);
      expect(plan.data.code).toBe('cost_plan_unavailable');
      const events = (await joint.get(`/api/v1/organisations/${jointId}/audit?entityType=cost_project_member`)).data.items;
      const actions = events.map((e: { action: string }) => e.action);
      expect(actions.filter((a: string) => a === 'delete')).toHaveLength(2);
      expect(actions.filter((a: string) => a === 'update')).toHaveLength(1);
      const odense = await outsider.get(`/api/v1/organisations/${outsiderId}/cost-sharing`);
      expect(odense.data.projects).toEqual([expect.objectContaining({ projectId, total: '0.00', problems: expect.any(Array) })]);
      expect(odense.data.projects[0].problems.length).toBeGreaterThan(0);
    });

    it('imports consumption outside the buffet and bills it per unit to the member that used it', async () => {
      const buffet = await joint.post(`/api/v1/organisations/${jointId}/cost-projects`, {
        name: 'Fælles data (buffet)',
        period: { start: '2026-01-01', end: '2027-12-31' },
        model: {
          kind: 'buffet',
          years: [
            { year: 2026, expectedCosts: '1000000' },
            { year: 2027, expectedCosts: '1000000' },
          ],
          outside: [{ name: 'CPR-opslag', unitPrice: '0.35', usage: {} }],
        },
        members: [
          { municipalityCode: '101', availableFrom: '2026-01-01' },
          { municipalityCode: '751', availableFrom: '2026-01-01' },
        ],
      });
      expect(buffet.statusCode).toBe(201);
      const usageUrl = `/api/v1/organisations/${jointId}/cost-projects/${buffet.data.id}/usage`;
      const send = (query: string, text: string) =>
        joint.request('POST', `${usageUrl}${query}`, Buffer.from(text, 'utf8'), { 'content-type': 'text/csv' });
      const bad = await send('?item=CPR-opslag', 'Kommunekode;År;Antal\r\n101;2026;120000\r\nOdense;2026;5\r\n');
      expect(bad.statusCode).toBe(422);
      expect(bad.data.importErrors).toEqual([
        expect.objectContaining({ row: 3, column: 'Kommunekode', code: 'not_a_project_member' }),
      ]);
      expect((await send('?item=Ukendt', 'Kommunekode;År;Antal\r\n101;2026;1\r\n')).data.code).toBe('cost_usage_item_unknown');

      const report = await send('?item=CPR-opslag', 'Kommunekode;År;Antal\r\n101;2026;120.000\r\nAarhus;2026;80000\r\n');
      expect(report.data).toMatchObject({ applied: true, years: [2026], municipalities: 2, units: 200000, errors: [] });
      const plan = (await joint.get(`/api/v1/organisations/${jointId}/cost-projects/${buffet.data.id}/plan`)).data;
      const usage = plan.members
        .find((m: { code: string }) => m.code === '101')
        .invoices.find((i: { kind: string }) => i.kind === 'usage');
      expect(usage).toMatchObject({ date: '2027-02-01', amount: '42000.00' });
      const trail = await joint.get(`/api/v1/organisations/${jointId}/audit?entityType=cost_project&entityId=${buffet.data.id}`);
      expect(trail.data.items[0].changes.model.after.outside[0].usage).toEqual({
        '101': { '2026': 120000 },
        '751': { '2026': 80000 },
      });
      await joint.delete(`/api/v1/organisations/${jointId}/cost-projects/${buffet.data.id}`);
    });

    it('plans a large project off the request thread: another request is answered before the plan is done', async () => {
      // All 98 municipalities over 30 years, invoiced twice a year (KOMBIT): 5,880 invoices, each with its Danish text.
      const large = await joint.post(`/api/v1/organisations/${jointId}/cost-projects`, {
        name: 'Stort fælles projekt',
        period: { start: '2026-01-01', end: '2055-12-31' },
        model: {
          kind: 'shares',
          years: Array.from({ length: 30 }, (_, i) => ({ year: 2026 + i, costs: '98000000' })),
          split: { kind: 'equal' },
        },
        members: readMunicipalities().map((m) => ({ municipalityCode: m.code, availableFrom: '2026-01-01' })),
      });
      expect(large.statusCode).toBe(201);
      expect(large.data.problems).toEqual([]);
      let planned = false;
      const planning = joint.get(`/api/v1/organisations/${jointId}/cost-projects/${large.data.id}/plan`).finally(() => {
        planned = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
      const other = await outsider.get(`/api/v1/organisations/${outsiderId}/contracts?limit=5`);
      const answeredWhilePlanning = !planned;
      const plan = await planning;
      expect(other.statusCode).toBe(200);
      expect(plan.statusCode).toBe(200);
      expect(plan.data.members).toHaveLength(98);
      expect(plan.data.members[0].invoices).toHaveLength(60); // KOMBIT terms: two a year
      expect(plan.data.members[0].invoices[0].text).toMatch(/\d/);
      expect(answeredWhilePlanning).toBe(true);
      await joint.delete(`/api/v1/organisations/${jointId}/cost-projects/${large.data.id}`);
    }, 60_000);

    it("stores a project's problems and computes them again when a population import supplies what was missing", async () => {
      const created = await joint.post(
        `/api/v1/organisations/${jointId}/cost-projects`,
        projectInput({ name: 'Mangler Aalborg', members: [{ municipalityCode: '851', availableFrom: '2026-01-01' }] }),
      );
      expect(created.statusCode).toBe(201);
      expect(created.data.problems).toEqual([expect.objectContaining({ message: expect.stringContaining('Aalborg') })]);
      const path = `/api/v1/organisations/${jointId}/cost-projects/${created.data.id}`;
      expect((await joint.get(path)).data.problems).toEqual(created.data.problems);
      // A project stored before problems were (migration 0013) has them computed and stored when first read.
      await t.database.db.updateTable('costProjects').set({ problems: null }).where('id', '=', created.data.id).execute();
      expect((await joint.get(path)).data.problems).toEqual(created.data.problems);
      const stored = await t.database.db
        .selectFrom('costProjects')
        .select('problems')
        .where('id', '=', created.data.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(stored.problems ?? 'null')).toEqual(created.data.problems);
      await upload(joint, jointId, 'Kommunekode;Indbyggere;Dato\r\n851;222000;2026-01-01\r\n');
      expect((await joint.get(path)).data.problems).toEqual([]);
      expect((await joint.get(`${path}/plan`)).statusCode).toBe(200);
      await joint.delete(path);
    });

    it('deletes a project with its members', async () => {
      expect((await joint.delete(`/api/v1/organisations/${jointId}/cost-projects/${projectId}`)).statusCode).toBe(204);
      expect((await aarhus.get(`/api/v1/organisations/${aarhusId}/cost-sharing`)).data.projects).toEqual([]);
      expect((await joint.get(`/api/v1/organisations/${jointId}/cost-projects`)).data.items).toEqual([]);
    });
  });
}
