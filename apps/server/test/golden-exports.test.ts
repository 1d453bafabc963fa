import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { testDialects } from '@overblik/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, addPerson, type Client, logIn, startTestApp, type TestApp } from './harness.js';

/**
 * The contracts export and the cost-plan export of a fixed register and project, held to files in test/golden:
 * a refactoring must leave them as they are. CSV is compared byte for byte; a workbook by the values and number
 * formats of every cell of every sheet (its zip carries the time it was written). Every date in the data is far
 * enough from today that the derived status and end do not change with the day the test runs.
 * `UPDATE_GOLDEN=1 npx vitest run apps/server/test/golden-exports.test.ts` writes the files again.
 */
const GOLDEN = new URL('./golden/', import.meta.url);

function matchesGolden(name: string, actual: string) {
  const file = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** Every sheet's cells as text: value (dates as ISO days) and number format, row by row. */
async function workbookText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const lines: string[] = [];
  for (const sheet of workbook.worksheets) {
    lines.push(`# ${sheet.name}`);
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        const value = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : JSON.stringify(cell.value ?? null);
        cells.push(cell.numFmt ? `${value} [${cell.numFmt}]` : value);
      });
      lines.push(`${number}: ${cells.join(' | ')}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

const FOLK1A = ['OMRÅDE;TID;INDHOLD', 'København;2026K1;640000', 'Aarhus;2026K1;360000', 'Læsø;2026K1;1800'].join('\r\n');

for (const dialect of testDialects()) {
  describe(`exports held to golden files on ${dialect}`, () => {
    let t: TestApp;
    let sysadmin: Client;
    let editor: Client;
    let base: string;
    let joint: Client;
    let jointBase: string;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      const organisationId = (await sysadmin.get('/api/v1/organisations?q=751')).data.items[0].id;
      base = `/api/v1/organisations/${organisationId}`;
      editor = (
        await addPerson(t.app, sysadmin, organisationId, { email: 'golden@aarhus.test', name: 'Guld Redaktør', role: 'redaktør' })
      ).client;
      const joint0 = await sysadmin.post('/api/v1/organisations', { kind: 'fællesskab', name: 'Fælles IT Guld', cvr: null });
      jointBase = `/api/v1/organisations/${joint0.data.id}`;
      joint = (
        await addPerson(t.app, sysadmin, joint0.data.id, { email: 'golden@faelles.test', name: 'Guld Økonomi', role: 'redaktør' })
      ).client;
    });
    afterAll(() => t?.close());

    it('exports the contract register as it did: CSV byte for byte, the workbook cell for cell', async () => {
      const supplier = await editor.post(`${base}/suppliers`, { name: 'Guld Leverandør A/S', cvr: '26911745', country: 'DK' });
      expect(supplier.statusCode).toBe(201);
      const main = await editor.post(`${base}/contracts`, {
        number: 'G-1',
        name: 'Hovedkontrakt om økonomisystem',
        description: 'Beskrivelse\nover to linjer; med semikolon',
        supplierId: supplier.data.id,
        systemName: 'Økonomi',
        contractType: 'hovedkontrakt',
        template: 'k02',
        procurementForm: 'ski_aftale',
        skiAgreementNumber: '02.19',
        agreementElements: ['drift', 'licens'],
        criticality: 'hoej',
        tags: ['Økonomi', 'ERP'],
        signedOn: '2019-12-01',
        inForceFrom: '2020-01-01',
        operationsStartOn: '2020-03-01',
        termKind: 'ongoing',
        noticeMonths: 6,
        noticePeriodEnd: 'quarter',
        transferability: 'difficult',
        currency: 'DKK',
        totalValue: '4800000.55',
        annualCost: '1200000.10',
        paymentModel: 'pr_bruger',
        paymentFrequency: 'kvartalsvis',
        priceRegulation: 'index',
        priceIndex: 'Nettoprisindeks',
        priceIndexBaseMonth: '2019-10',
        priceRegulationDate: '07-01',
        priceRegulationCapPercent: '3.25',
        priceRegulationFloorPercent: '0.5',
        personalData: 'yes',
        dpaRequired: 'by_law',
        esdhReference: '2019-0001',
        links: [{ label: 'Kontrakt', url: 'https://esdh.kommune.test/sag/1?a=b' }],
        notes: '=HYPERLINK("http://angriber.test","Se")',
      });
      expect(main.statusCode).toBe(201);
      const tillaeg = await editor.post(`${base}/contracts`, {
        number: 'G-2',
        name: 'Tillæg, opsagt',
        parentId: main.data.id,
        inForceFrom: '2012-06-01',
        termKind: 'ongoing',
        renewal: 'by_agreement',
        terminationGivenOn: '2015-01-15',
        terminationEffectiveOn: '2015-06-30',
        priceRegulation: 'fixed_percent',
        priceRegulationPercent: '2.125',
      });
      expect(tillaeg.statusCode).toBe(201);
      for (const contract of [
        {
          number: 'G-3',
          name: 'Udløbet',
          inForceFrom: '2008-01-01',
          termKind: 'end_date',
          termEndsOn: '2010-03-31',
          currency: 'EUR',
        },
        {
          number: 'G-4',
          name: 'Lang løbetid',
          inForceFrom: '2020-01-01',
          termKind: 'months',
          termMonths: 1200,
          annualCost: '-0.00',
        },
        { number: 'G-5', name: 'Kladde uden datoer' },
      ]) {
        const created = await editor.post(`${base}/contracts`, contract);
        expect(created.statusCode, created.body).toBe(201);
      }
      await editor.post(`${base}/contracts/${main.data.id}/price-elements`, {
        number: '1.1',
        name: 'Licens pr. bruger',
        unitCode: 'EA',
        unitPrice: '1271.5432',
        quantity: '250',
        recurrence: 'yearly',
        validFrom: '2020-01-01',
        validTo: '2190-12-31',
        accountCoding: '6.45.51',
        notes: 'Reguleres årligt',
      });

      const csv = await editor.get(`${base}/exports/contracts?format=csv`);
      expect(csv.statusCode).toBe(200);
      matchesGolden('contracts-export.csv', csv.body);
      const xlsx = await editor.get(`${base}/exports/contracts?format=xlsx`);
      expect(xlsx.statusCode).toBe(200);
      matchesGolden('contracts-export.xlsx.txt', await workbookText(xlsx.rawPayload));
    });

    it('exports a cost plan as it did: CSV byte for byte, the workbook cell for cell', async () => {
      const populations = await joint.request('POST', `${jointBase}/populations`, Buffer.from(FOLK1A, 'utf8'), {
        'content-type': 'text/csv',
      });
      expect(populations.statusCode, populations.body).toBe(200);
      const project = await joint.post(`${jointBase}/cost-projects`, {
        name: 'Guld infrastruktur',
        period: { start: '2026-01-01', end: '2028-12-31' },
        model: { kind: 'per_inhabitant', rate: '25', kink: { threshold: 150000, factor: '0.5' } },
        comparison: { name: 'Uden knækrabat', model: { kind: 'per_inhabitant', rate: '25' } },
        businessCaseCosts: '40000000.00',
        members: [
          { municipalityCode: '101', availableFrom: '2026-01-01', wave: '1', pilot: true },
          { municipalityCode: '751', availableFrom: '2026-05-01', wave: '2' },
          { municipalityCode: '825', availableFrom: '2026-01-01', wave: '1', exitOn: '2027-07-01' },
        ],
      });
      expect(project.statusCode, project.body).toBe(201);
      expect(project.data.problems).toEqual([]);
      const url = `${jointBase}/cost-projects/${project.data.id}/plan/export`;
      const csv = await joint.get(`${url}?format=csv`);
      expect(csv.statusCode).toBe(200);
      matchesGolden('cost-plan-export.csv', csv.body);
      const xlsx = await joint.get(url);
      expect(xlsx.statusCode).toBe(200);
      matchesGolden('cost-plan-export.xlsx.txt', await workbookText(xlsx.rawPayload));
    });
  });
}
