import { isValidCvr } from '@overblik/core';
import { AUDITED_ENTITIES, type AuditedTable } from '@overblik/db';
import { testDialects } from '@overblik/db/testing';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorCaller } from '../src/operator.js';
import { cellInteger, headingKey } from '../src/spreadsheet/cells.js';
import { decodeWindows1252 } from '../src/spreadsheet/windows-1252.js';
import { CONTRACT_COLUMNS, PRICE_ELEMENT_COLUMNS } from '../src/usecases/contracts/contract-sheet.js';
import { exportContracts } from '../src/usecases/contracts/export-contracts.js';
import { importContracts } from '../src/usecases/contracts/import-contracts.js';
import { DEMO_ORGANISATION_NAME, seedDemo } from '../src/usecases/demo/demo.js';
import { demoCvr } from '../src/usecases/demo/demo-data.js';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  type Client,
  logIn,
  type OrganisationApp,
  startOrganisationApp,
  startTestApp,
} from './harness.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function loadSheet(bytes: Buffer, name: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(name);
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { sheet, rows, names: book.worksheets.map((w) => w.name) };
}

/** windows-1252 bytes of a text (what older Danish Excel saves as CSV). */
function windows1252(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '–': 0x96, '“': 0x93, '”': 0x94, '’': 0x92 };
  return Buffer.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('spreadsheet helpers', () => {
  it('decodes windows-1252 including the characters Node decodes as latin1 (€ – “ ”)', () => {
    expect(decodeWindows1252(windows1252('€ – “ ” Æøå'))).toBe('€ – “ ” Æøå');
  });

  it('names every column of the sheets once (headings and other names never collide)', () => {
    for (const columns of [CONTRACT_COLUMNS, PRICE_ELEMENT_COLUMNS]) {
      const owners = new Map<string, string>();
      for (const column of columns) {
        for (const name of [column.heading, ...column.aliases]) {
          const key = headingKey(name);
          expect(owners.get(key) ?? column.id, `"${name}" names two columns`).toBe(column.id);
          owners.set(key, column.id);
        }
      }
    }
  });

  it.each([
    [3, { ok: true, value: 3 }],
    [' 20 ', { ok: true, value: 20 }],
    ['', { ok: true, value: null }],
    [null, { ok: true, value: null }],
    [21, { ok: false, code: 'out_of_range' }],
    ['0', { ok: false, code: 'out_of_range' }],
    [1.5, { ok: false, code: 'invalid_number' }],
    ['1,5', { ok: false, code: 'invalid_number' }],
    ['to', { ok: false, code: 'invalid_number' }],
  ])('given a whole-number cell %j from 1 to 20, then it reads as %j', (cell, expected) => {
    expect(cellInteger(cell, 1, 20)).toEqual(expected);
  });

  it('makes CVR numbers that pass the modulus-11 check', () => {
    const numbers = new Set<string>();
    for (let seed = 0; seed < 500; seed++) numbers.add(demoCvr(seed));
    expect(numbers.size).toBe(500);
    for (const cvr of numbers) expect(isValidCvr(cvr)).toBe(true);
  });
});

for (const dialect of testDialects()) {
  describe(`contract import and export on ${dialect}`, () => {
    let o: OrganisationApp;
    let editor: Client;
    let base: string;
    let supplierId: string;
    const tag = 'trf';

    beforeAll(async () => {
      o = await startOrganisationApp(dialect, '316', tag);
      editor = o.org.editor;
      base = o.base;
      const supplier = await editor.post(`${base}/suppliers`, { name: 'Kendt Leverandør A/S', cvr: '26911745' });
      supplierId = supplier.data.id;
    });
    afterAll(() => o?.t.close());

    const upload = (bytes: Buffer | string, type: string, dryRun = false, client = editor) =>
      client.request('POST', `${base}/imports/contracts${dryRun ? '?dryRun=true' : ''}`, bytes, { 'content-type': type });
    const contractByNumber = async (number: string) => {
      const list = await editor.get(`${base}/contracts?q=${encodeURIComponent(number)}&limit=500`);
      const item = list.data.items.find((c: { number: string }) => c.number === number);
      return item ? (await editor.get(`${base}/contracts/${item.id}`)).data : undefined;
    };

    /** The organisation's register rows and its audit trail, to prove that nothing was written. */
    async function snapshot() {
      const db = o.t.database.db as unknown as Kysely<Record<string, { organisationId: string; id: string }>>;
      const tables = ['contracts', 'priceElements', 'suppliers', 'contractResponsibilities', 'contractOptions', 'auditEvents'];
      const rows: Record<string, unknown> = {};
      for (const table of tables) {
        rows[table] = await db
          .selectFrom(table)
          .selectAll()
          .where('organisationId', '=', o.org.organisationId)
          .orderBy('id')
          .execute();
      }
      return JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
    }

    it('reports every bad row with sheet, row, column and reason, and writes nothing (also not in a dry run)', async () => {
      const file = await workbook({
        Kontrakter: [
          ['Kontraktnr.', 'Aftalenavn', 'Leverandør', 'CVR', 'Kontrakttype', 'Ikrafttræden', 'Udløb', 'Årlig pris'],
          ['B-1', 'God kontrakt', 'Kendt Leverandør A/S', null, 'Hovedkontrakt', '01-01-2026', null, '100.000,00'],
          ['B-2', 'Forkert CVR', 'Ny Leverandør ApS', '19435076', null, null, null, null],
          ['B-3', 'Umulig dato', null, null, null, '30-02-2026', null, null],
          ['B-4', 'Tekst i beløb', null, null, null, null, null, 'ca. en million'],
          ['B-1', 'Samme nummer igen', null, null, null, null, null, null],
          ['B-5', 'Ukendt type', null, null, 'Superkontrakt', null, null, null],
          ['B-6', 'Ukendt leverandør', 'Findes Ikke ApS', null, null, null, null, null],
          ['B-7', 'Slutter før start', null, null, null, '01-06-2025', '01-01-2025', null],
        ],
      });
      const before = await snapshot();
      const response = await upload(file, XLSX);
      expect(response.statusCode).toBe(422);
      expect(response.data.code).toBe('import_invalid');
      const errors = response.data.importErrors.map(
        (e: { sheet: string; row: number; column: string; code: string }) => `${e.sheet} ${e.row} ${e.column} ${e.code}`,
      );
      expect(errors).toEqual([
        'Kontrakter 3 CVR cvr_checksum',
        'Kontrakter 4 Ikrafttræden invalid_date',
        'Kontrakter 5 Årlig pris invalid_number',
        'Kontrakter 6 Kontraktnr. duplicate_number_in_file',
        'Kontrakter 7 Kontrakttype unknown_option',
        'Kontrakter 8 Leverandør unknown_reference',
        'Kontrakter 9 Udløb date_order',
      ]);
      expect(response.data.importErrors[1].message).toMatch(/dato/i);
      expect(await snapshot()).toBe(before);

      const plan = await upload(file, XLSX, true);
      expect(plan.statusCode).toBe(200);
      expect(plan.data).toMatchObject({ dryRun: true, applied: false });
      expect(plan.data.errors).toHaveLength(7);
      expect(plan.data.rows.find((r: { row: number }) => r.row === 2)).toMatchObject({ action: 'create', name: 'God kontrakt' });
      expect(await snapshot()).toBe(before);
    });

    it('plans in a dry run without a transaction what the real import then does: new suppliers, tillæg under new contracts, price elements', async () => {
      const file = await workbook({
        Leverandører: [
          ['Navn', 'CVR-nummer'],
          ['Arkleverandør ApS', '10000009'],
        ],
        Kontrakter: [
          ['Kontraktnummer', 'Navn', 'Leverandør', 'Leverandørens CVR-nummer', 'Hovedkontrakt', 'Ikrafttræden'],
          ['U-1', 'Hovedaftale', 'Arkleverandør ApS', null, null, '01-01-2026'],
          ['U-2', 'Tillæg til hovedaftalen', null, null, 'U-1', '01-03-2026'],
          ['U-3', 'Ny leverandør i kontraktarket', 'CVR-leverandøren A/S', '10000017', null, null],
          ['U-4', 'Tillæg til tillægget', null, null, 'U-2', null],
        ],
        Priselementer: [
          ['Kontraktnummer', 'Navn', 'Enhedspris'],
          ['U-1', 'Licens', '1.000,00'],
          ['U-2', 'Drift', '250,50'],
        ],
      });
      const before = await snapshot();
      const plan = await upload(file, XLSX, true);
      expect(plan.statusCode).toBe(200);
      expect(plan.data.errors).toEqual([]);
      expect(await snapshot()).toBe(before);
      const done = await upload(file, XLSX);
      expect(done.statusCode).toBe(200);
      const summary = (report: { rows: Array<{ sheet: string; row: number; action: string; name: string }> }) =>
        report.rows.map((r) => `${r.sheet} ${r.row} ${r.action} ${r.name}`).sort();
      expect(summary(plan.data)).toEqual(summary(done.data));
      expect(plan.data).toMatchObject({ created: done.data.created, updated: done.data.updated });
      expect((await contractByNumber('U-4'))?.parentId).toBe((await contractByNumber('U-2'))?.id);
      // Row 4 of the contract sheet makes a contract and the supplier it names: two lines, each saying what it is.
      const row4 = (done.data.rows as Array<{ sheet: string; row: number; kind: string }>)
        .filter((r) => r.sheet === 'Kontrakter' && r.row === 4)
        .map((r) => r.kind)
        .sort();
      expect(row4).toEqual(['contract', 'supplier']);
    });

    it('plans in a dry run without writing, then imports; a re-import updates by contract number', async () => {
      const csv = [
        'Kontraktnummer;Navn;Leverandør;Ikrafttræden;Løbetid (mdr.);Årlig pris;Aftaleelementer;Tags',
        'R-1;Økonomisystem;kendt leverandør a/s;01-01-2026;48;1.200.000,00;"Licens; Drift";"Økonomi; ERP"',
        'R-2;Lønsystem;;01-02-2026;løbende;;;',
      ].join('\r\n');
      const fixed = csv;
      const before = await snapshot();
      const plan = await upload(Buffer.from(fixed), 'text/csv', true);
      expect(plan.statusCode).toBe(200);
      expect(plan.data).toMatchObject({ dryRun: true, applied: false, created: 2, updated: 0, errors: [] });
      expect(plan.data.rows.every((r: { id: string | null }) => r.id === null)).toBe(true);
      expect(await snapshot()).toBe(before);

      const done = await upload(Buffer.from(fixed), 'text/csv');
      expect(done.data).toMatchObject({ applied: true, created: 2, errors: [] });
      expect(done.data.rows.every((r: { id: string | null }) => r.id !== null)).toBe(true);
      const r1 = await contractByNumber('R-1');
      expect(r1).toMatchObject({
        name: 'Økonomisystem',
        supplierId,
        inForceFrom: '2026-01-01',
        termKind: 'months',
        termMonths: 48,
        annualCost: '1200000.00',
        agreementElements: ['licens', 'drift'],
        tags: ['Økonomi', 'ERP'],
      });
      expect(await contractByNumber('R-2')).toMatchObject({ termKind: 'ongoing', supplierId: null });

      const count = (await editor.get(`${base}/contracts?limit=1`)).data.total;
      const again = await upload(Buffer.from(fixed.replace('1.200.000,00', '1.250.000,00')), 'text/csv');
      expect(again.data).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
      expect(again.data.rows[0].changedFields).toEqual(['annualCost']);
      expect((await editor.get(`${base}/contracts?limit=1`)).data.total).toBe(count);
      const [event] = (await editor.get(`${base}/audit?entityType=contract&entityId=${r1.id}`)).data.items;
      expect(Object.keys(event.changes)).toEqual(['annualCost']);
      expect(event.actor.type).toBe('user');
    });

    it('reads Danish numbers and dates: 1.234,50, 31-12-2026, 31.12.26, ISO, date cells and numbers stored as text', async () => {
      const csv = [
        'Kontrakt nr;Aftalenavn;Ikrafttræden;Udløbsdato;Kontraktsum;Årlig pris;Opsigelsesvarsel (mdr.);Loft (%);Reguleringsdato',
        'F-1;Dansk format;31-12-2025;31.12.26;1.234,50;1234,5;3 mdr.;2,5 %;1. juli',
        'F-2;ISO-format;2026-01-01;2026-12-31;1234.50;"1 234,50";6;3;01-07',
      ].join('\r\n');
      const report = await upload(Buffer.from(csv), 'text/csv');
      expect(report.data.errors).toEqual([]);
      for (const number of ['F-1', 'F-2']) {
        expect(await contractByNumber(number)).toMatchObject({
          termKind: 'end_date',
          termEndsOn: '2026-12-31',
          totalValue: '1234.50',
          annualCost: '1234.50',
          priceRegulationDate: '07-01',
        });
      }
      expect(await contractByNumber('F-1')).toMatchObject({
        inForceFrom: '2025-12-31',
        noticeMonths: 3,
        priceRegulationCapPercent: '2.5',
      });

      const xlsx = await workbook({
        'Ark 1': [
          ['Oversigt over it-kontrakter (eksporteret fra regneark)'],
          [],
          ['Kontraktnummer', 'Navn', 'I kraft fra', 'Løbetid', 'Samlet værdi', 'Årlig omkostning', 'Basismåned'],
          ['X-1', 'Datoceller', day('2026-01-01'), '4 år', '1.234,50', 987654.32, 'okt 2025'],
          ['X-2', 'Tal som tekst', '01.03.26', '36', '2.500', '12,3', day('2025-10-01')],
        ],
      });
      const fromXlsx = await upload(xlsx, XLSX);
      expect(fromXlsx.data.errors).toEqual([]);
      expect(fromXlsx.data.rows.map((r: { row: number }) => r.row)).toEqual([4, 5]);
      expect(await contractByNumber('X-1')).toMatchObject({
        inForceFrom: '2026-01-01',
        termMonths: 48,
        endsOn: '2029-12-31',
        totalValue: '1234.50',
        annualCost: '987654.32',
        priceIndexBaseMonth: '2025-10',
      });
      expect(await contractByNumber('X-2')).toMatchObject({
        inForceFrom: '2026-03-01',
        termMonths: 36,
        totalValue: '2500.00',
        annualCost: '12.30',
        priceIndexBaseMonth: '2025-10',
      });
    });

    it('reads the right to terminate during the term as Ja/Nej, and exports it the same way', async () => {
      const csv =
        'Kontraktnummer;Navn;I kraft fra;Løbetid (mdr.);Kan opsiges i løbetiden\nOPS-1;Opsigelig;01-01-2026;48;Ja\nOPS-2;Ikke opsigelig;01-01-2026;48;\nOPS-3;Forkert;01-01-2026;48;Måske\n';
      const bad = await upload(csv, 'text/csv', true);
      expect(bad.data.errors).toEqual([
        expect.objectContaining({ row: 4, column: 'Kan opsiges i løbetiden', code: 'invalid_value' }),
      ]);
      const good = await upload(csv.split('\n').slice(0, 3).join('\n'), 'text/csv');
      expect(good.statusCode).toBe(200);
      expect((await contractByNumber('OPS-1')).earlyTermination).toBe(true);
      expect((await contractByNumber('OPS-2')).earlyTermination).toBe(false);
      const exported = await editor.get(`${base}/exports/contracts?format=csv`);
      expect(exported.body).toMatch(/OPS-1;Opsigelig;[^\n]*;Ja;/);
    });

    it('reads windows-1252 CSV from older Excel, with € – “ ”', async () => {
      const text = 'Kontraktnummer;Navn;Noter\r\nW-1;Licens – “Særlig” aftale;Pris i € pr. år\r\n';
      const report = await upload(windows1252(text), 'text/csv');
      expect(report.data.errors).toEqual([]);
      expect(await contractByNumber('W-1')).toMatchObject({ name: 'Licens – “Særlig” aftale', notes: 'Pris i € pr. år' });
    });

    it('imports suppliers of the same file first, makes a supplier from a new CVR and name, and places tillæg under main contracts', async () => {
      const file = await workbook({
        Kontrakter: [
          ['Kontraktnummer', 'Navn', 'Leverandør', 'Leverandørens CVR-nummer', 'Hovedkontrakt', 'Kontrakttype'],
          ['S-1-T1', 'Tillæg før hovedkontrakten', 'Arkivleverandøren A/S', '10150817', 'S-1', 'Tillægskontrakt'],
          ['S-1', 'Hovedkontrakt', 'Arkivleverandøren A/S', '10150817', null, 'Main contract'],
          ['S-2', 'Ny leverandør fra CVR', 'Helt Ny Leverandør ApS', '14814833', null, null],
        ],
        Leverandører: [
          ['Navn', 'CVR-nummer', 'By'],
          ['Arkivleverandøren A/S', '10150817', 'Vejle'],
        ],
      });
      const report = await upload(file, XLSX);
      expect(report.data.errors).toEqual([]);
      expect(report.data.created).toBe(5);
      const main = await contractByNumber('S-1');
      const child = await contractByNumber('S-1-T1');
      expect(child).toMatchObject({ parentId: main.id, contractType: 'tillaegskontrakt', supplierName: 'Arkivleverandøren A/S' });
      expect(main).toMatchObject({ contractType: 'hovedkontrakt' });
      expect(main.children.map((c: { number: string }) => c.number)).toEqual(['S-1-T1']);
      expect((await contractByNumber('S-2')).supplierName).toBe('Helt Ny Leverandør ApS');
      const again = await upload(file, XLSX);
      expect(again.data).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    });

    it('creates and updates price elements from the Priselementer sheet, by number or else by name', async () => {
      const unit = `Digitalisering ${tag}`;
      const sheets = (price: string) => ({
        Kontrakter: [
          ['Kontraktnummer', 'Navn'],
          ['P-1', 'Med priselementer'],
        ],
        Priselementer: [
          ['Kontraktnummer', 'Nummer', 'Navn', 'Enhed', 'Enhedspris', 'Antal', 'Gentagelse', 'Gyldig fra', 'Betalende enheder'],
          ['P-1', '1', 'Licens', 'stk', price, 10, 'Årlig', day('2026-01-01'), unit],
          ['P-1', null, 'Konsulenttimer', 'HUR', 950, null, 'Engangsbeløb', null, null],
        ],
      });
      const first = await upload(await workbook(sheets('1.234,50')), XLSX);
      expect(first.data).toMatchObject({ created: 3, errors: [] });
      const contract = await contractByNumber('P-1');
      expect(contract.priceElements).toEqual([
        expect.objectContaining({
          number: '1',
          name: 'Licens',
          unitCode: 'EA',
          unitPrice: '1234.5',
          quantity: '10',
          recurrence: 'yearly',
          validFrom: '2026-01-01',
          payingUnitIds: [o.org.unitId],
        }),
        expect.objectContaining({ number: null, name: 'Konsulenttimer', unitCode: 'HUR', unitPrice: '950' }),
      ]);
      const second = await upload(await workbook(sheets('1.300')), XLSX);
      expect(second.data).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
      expect(second.data.rows.find((r: { changedFields: string[] }) => r.changedFields.length > 0)).toMatchObject({
        sheet: 'Priselementer',
        row: 2,
        changedFields: ['unitPrice'],
      });
      expect((await contractByNumber('P-1')).priceElements).toHaveLength(2);

      const bad = await upload(
        await workbook({
          Kontrakter: [['Kontraktnummer', 'Navn']],
          Priselementer: [
            ['Kontraktnummer', 'Navn', 'Enhedspris', 'Gyldig fra', 'Gyldig til', 'Betalende enheder'],
            ['FINDES-IKKE', 'X', 1, null, null, null],
            ['P-1', 'Forkert periode', 1, '01-02-2026', '01-01-2026', 'Ukendt enhed'],
            ['P-1', 'Uden pris', null, null, null, null],
          ],
        }),
        XLSX,
      );
      expect(bad.statusCode).toBe(422);
      expect(
        bad.data.importErrors.map((e: { row: number; column: string; code: string }) => `${e.row} ${e.column} ${e.code}`),
      ).toEqual(['2 Kontraktnummer unknown_reference', '3 Betalende enheder unknown_reference', '4 Enhedspris required']);
      const periodOnly = await upload(
        await workbook({
          Priselementer: [
            ['Kontraktnummer', 'Navn', 'Enhedspris', 'Gyldig fra', 'Gyldig til'],
            ['P-1', 'Forkert periode', 1, '01-02-2026', '01-01-2026'],
          ],
          Kontrakter: [['Kontraktnummer', 'Navn']],
        }),
        XLSX,
      );
      expect(periodOnly.data.importErrors).toEqual([
        expect.objectContaining({ sheet: 'Priselementer', row: 2, column: 'Gyldig til', code: 'date_order' }),
      ]);
    });

    it('maps the contract rules to the cells they concern', async () => {
      const csv = [
        'Kontraktnummer;Navn;Opsigelse til udgangen af;Opsigelsen har virkning fra;Prisregulering;Forlængelse;Forlænges med (mdr.)',
        'D-1;Regler;Kvartal;31-12-2026;Indeks;Ingen;12',
      ].join('\r\n');
      const response = await upload(Buffer.from(csv), 'text/csv', true);
      const errors = response.data.errors.map((e: { column: string; code: string }) => `${e.column} ${e.code}`);
      expect(errors).toEqual(
        expect.arrayContaining([
          'Opsigelsesvarsel (mdr.) required',
          'Opsigelsen har virkning fra not_allowed',
          'Indeks required',
          'Forlænges med (mdr.) not_allowed',
        ]),
      );
    });

    it('exports .xlsx with Danish sheets, real dates and numbers, which re-imports without changes, in either language', async () => {
      const link = { label: 'Kontrakt: hovedaftale', url: 'https://esdh.kommune.test/sag/1?a=b' };
      const main = await editor.post(`${base}/contracts`, {
        number: 'EX-1',
        name: 'Eksporteret hovedkontrakt',
        description: 'Beskrivelse\nover to linjer',
        supplierId,
        systemName: 'Økonomi',
        contractType: 'hovedkontrakt',
        template: 'k02',
        procurementForm: 'ski_aftale',
        skiAgreementNumber: '02.19',
        agreementElements: ['drift', 'licens'],
        criticality: 'hoej',
        tags: ['Økonomi', 'ERP'],
        responsibleUnitId: o.org.unitId,
        responsibilities: [{ role: 'systemejer', userId: o.org.readerUserId }],
        signedOn: '2024-12-01',
        inForceFrom: '2025-01-01',
        operationsStartOn: '2025-03-01',
        termKind: 'months',
        termMonths: 48,
        irrevocableUntil: '2026-12-31',
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
        priceIndexBaseMonth: '2024-10',
        priceRegulationDate: '07-01',
        priceRegulationCapPercent: '3.25',
        priceRegulationFloorPercent: '0.5',
        personalData: 'yes',
        dpaRequired: 'by_law',
        esdhReference: '2024-0001',
        links: [link],
        notes: 'Noter; med semikolon',
      });
      expect(main.statusCode).toBe(201);
      await editor.post(`${base}/contracts`, {
        number: 'EX-2',
        name: 'Tillæg',
        parentId: main.data.id,
        inForceFrom: '2025-06-01',
        termKind: 'ongoing',
        renewal: 'by_agreement',
        terminationGivenOn: '2026-01-15',
        terminationEffectiveOn: '2026-06-30',
        priceRegulation: 'fixed_percent',
        priceRegulationPercent: '2.125',
      });
      await editor.post(`${base}/contracts`, {
        number: 'EX-3',
        name: 'Slutdato',
        inForceFrom: '2025-01-01',
        termKind: 'end_date',
        termEndsOn: '2027-03-31',
        renewal: 'automatic',
        renewalMonths: 12,
        currency: 'EUR',
      });
      await editor.post(`${base}/contracts/${main.data.id}/price-elements`, {
        number: '1.1',
        name: 'Licens pr. bruger',
        unitCode: 'EA',
        unitPrice: '1271.5432',
        quantity: '250',
        recurrence: 'yearly',
        validFrom: '2025-01-01',
        validTo: '2028-12-31',
        payingUnitIds: [o.org.unitId],
        accountCoding: '6.45.51',
        notes: 'Reguleres årligt',
      });
      await editor.post(`${base}/contracts/${main.data.id}/options`, { kind: 'extension', periods: 2, periodMonths: 12 });

      const exported = await o.org.reader.request('GET', `${base}/exports/contracts`);
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-type']).toContain(XLSX);
      expect(exported.headers['content-disposition']).toMatch(/attachment; filename="kontrakter-\d{4}-\d{2}-\d{2}\.xlsx"/);
      const bytes = exported.rawPayload;
      const { sheet, rows, names } = await loadSheet(bytes, 'Kontrakter');
      expect(names).toEqual(['Kontrakter', 'Priselementer', 'Leverandører', 'Kontaktpersoner', 'Vejledning']);
      const headings = rows[0] as string[];
      expect(headings.slice(0, 5)).toEqual(['Kontraktnummer', 'Navn', 'Beskrivelse', 'Leverandør', 'Leverandørens CVR-nummer']);
      expect(headings.slice(-2)).toEqual(['Status (beregnet)', 'Slutdato (beregnet)']);
      const ex1 = rows.find((r) => r[0] === 'EX-1') as unknown[];
      const at = (heading: string) => ex1[headings.indexOf(heading)];
      expect(at('I kraft fra')).toEqual(day('2025-01-01'));
      expect(at('Årlig omkostning')).toBe(1200000.1);
      expect(at('Leverandørens CVR-nummer')).toBe('26911745');
      expect(at('Kontrakttype')).toBe('Hovedkontrakt');
      expect(at('Aftaleelementer')).toBe('Drift; Licens');
      expect(at('Ansvarlige')).toBe(`Systemejer: laeser-${tag}@kommune.test`);
      expect(at('Ansvarlig enhed')).toBe(`Digitalisering ${tag}`);
      expect(at('Status (beregnet)')).toMatch(/Aktiv|Udløbet/);
      const row = (rows.indexOf(ex1) + 1) as number;
      expect(sheet?.getRow(row).getCell(headings.indexOf('Årlig omkostning') + 1).numFmt).toBe('#,##0.00');
      expect((await loadSheet(bytes, 'Priselementer')).rows[1]).toEqual(
        expect.arrayContaining(['EX-1', '1.1', 'Licens pr. bruger', 'EA', 1271.5432, 250, 'Årlig']),
      );
      const guide = (await loadSheet(bytes, 'Vejledning')).rows;
      expect(guide.find((r) => r[1] === 'Status (beregnet)')?.[2]).toBe('Kun læsning');

      const before = await snapshot();
      const reimport = await upload(bytes, XLSX);
      expect(reimport.data.errors).toEqual([]);
      expect(reimport.data).toMatchObject({ created: 0, updated: 0 });
      expect(reimport.data.rows.every((r: { action: string }) => r.action === 'unchanged')).toBe(true);
      expect(await snapshot()).toBe(before);

      const english = await o.org.reader.request('GET', `${base}/exports/contracts`, undefined, { 'accept-language': 'en' });
      const englishRows = (await loadSheet(english.rawPayload, 'Kontrakter')).rows;
      expect(englishRows.find((r) => r[0] === 'EX-1')).toContain('Main contract');
      const englishAgain = await upload(english.rawPayload, XLSX);
      expect(englishAgain.data).toMatchObject({ created: 0, updated: 0, errors: [] });
      expect(await snapshot()).toBe(before);

      const csv = await o.org.reader.request('GET', `${base}/exports/contracts?format=csv`);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(csv.body).toContain('Kontraktnummer;Navn;Beskrivelse');
      expect(csv.body).toContain('1200000,1');
      const csvAgain = await upload(csv.rawPayload, 'text/csv');
      expect(csvAgain.data).toMatchObject({ created: 0, updated: 0, errors: [] });
      expect(await snapshot()).toBe(before);
    });

    it('offers a template whose example imports cleanly', async () => {
      const template = await o.org.reader.request('GET', `${base}/imports/contracts/template`);
      expect(template.statusCode).toBe(200);
      expect(template.headers['content-disposition']).toContain('kontrakter-skabelon.xlsx');
      const { names } = await loadSheet(template.rawPayload, 'Kontrakter');
      expect(names).toEqual(['Kontrakter', 'Priselementer', 'Vejledning']);
      const guide = (await loadSheet(template.rawPayload, 'Vejledning')).rows;
      expect(String(guide.find((r) => r[1] === 'Kontrakttype')?.[3])).toContain('Hovedkontrakt');
      expect(guide.find((r) => r[1] === 'Kontraktnummer')?.[2]).toBe('Ja');
      const plan = await upload(template.rawPayload, XLSX, true);
      expect(plan.data.errors).toEqual([]);
      const done = await upload(template.rawPayload, XLSX);
      expect(done.data).toMatchObject({ applied: true, errors: [] });
      expect((await contractByNumber('K-2026-001')).priceElements).toHaveLength(1);
    });

    it('lets a læser export but not import, and refuses what it cannot read', async () => {
      expect((await upload(Buffer.from('Kontraktnummer;Navn\r\nA;B\r\n'), 'text/csv', false, o.org.reader)).statusCode).toBe(403);
      expect((await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), XLSX)).data.code).toBe('import_unreadable');
      const noNumber = await upload(Buffer.from('Navn;Noter\r\nX;Y\r\n'), 'text/csv');
      expect(noNumber.data.importErrors).toEqual([
        expect.objectContaining({ sheet: 'Kontrakter', row: 1, column: 'Kontraktnummer', code: 'missing_column' }),
      ]);
      const unknownColumn = await upload(
        Buffer.from('Kontraktnummer;Navn;Farve\r\nU-1;Ukendt kolonne;blå\r\n'),
        'text/csv',
        true,
      );
      expect(unknownColumn.data.ignoredColumns).toEqual([{ sheet: 'Kontrakter', column: 'Farve' }]);
    });
  });
}

for (const dialect of testDialects()) {
  describe(`demo organisation on ${dialect}`, () => {
    it('creates ~50 invented contracts in its own organisation, is idempotent, and touches no other organisation', async () => {
      const t = await startTestApp(dialect);
      try {
        const sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
        const other = (await sysadmin.get('/api/v1/organisations?q=101')).data.items[0].id as string;
        await sysadmin.post(`/api/v1/organisations/${other}/suppliers`, { name: 'Anden kommunes leverandør', cvr: '26911745' });
        const db = t.database.db;
        const deps = { db, config: t.config, clock: t.clock };
        const caller = operatorCaller('cli:test@host', t.clock);

        /** Every tenant row and audit event outside the demo organisation, and every organisation but it. */
        const outside = async (demoId: string | null) => {
          const loose = db as unknown as Kysely<Record<string, { organisationId: string | null; id: string }>>;
          const tables = (Object.keys(AUDITED_ENTITIES) as AuditedTable[]).filter((x) => x !== 'organisations' && x !== 'users');
          const rows: Record<string, unknown> = {};
          for (const table of [...tables, 'auditEvents']) {
            const all = await loose.selectFrom(table).selectAll().orderBy('id').execute();
            rows[table] = all.filter((r) => demoId === null || r.organisationId !== demoId);
          }
          const organisations = await db.selectFrom('organisations').selectAll().orderBy('id').execute();
          rows.organisations = organisations.filter((r) => demoId === null || r.id !== demoId);
          return Object.fromEntries(Object.entries(rows).map(([table, r]) => [table, JSON.stringify(r)]));
        };
        const before = await outside(null);

        const first = await seedDemo(deps, caller);
        expect(first.organisationCreated).toBe(true);
        expect(first.contracts.created).toBeGreaterThanOrEqual(45);
        expect(first.suppliers.created).toBeGreaterThanOrEqual(18);
        expect(await outside(first.organisationId)).toEqual(before);

        const base = `/api/v1/organisations/${first.organisationId}`;
        const organisation = (await sysadmin.get(base)).data;
        expect(organisation).toMatchObject({ kind: 'anden', name: DEMO_ORGANISATION_NAME });
        const contracts = (await sysadmin.get(`${base}/contracts?limit=500`)).data;
        expect(contracts.total).toBe(first.contracts.created);
        const statuses = new Set(contracts.items.map((c: { status: string }) => c.status));
        expect([...statuses].sort()).toEqual(['active', 'draft', 'expired', 'terminated', 'under_termination']);
        expect((await sysadmin.get(`${base}/contracts?endsWithinDays=90`)).data.total).toBeGreaterThan(0);
        expect(contracts.items.some((c: { parentId: string | null }) => c.parentId !== null)).toBe(true);
        const suppliers = (await sysadmin.get(`${base}/suppliers?limit=500`)).data.items;
        for (const s of suppliers) if (s.country === 'DK') expect(isValidCvr(s.cvr)).toBe(true);
        const doubles = (await sysadmin.get(`${base}/reports/double-purchases`)).data.items;
        const reasons = new Set(doubles.map((d: { reason: string }) => d.reason));
        expect(reasons).toContain('same_supplier_and_element');
        expect(reasons).toContain('same_system_and_element');
        const [event] = (await sysadmin.get(`${base}/audit?limit=1`)).data.items;
        expect(event.actor).toMatchObject({ type: 'system', name: 'cli:test@host' });

        const auditCount = async () =>
          (
            await db
              .selectFrom('auditEvents')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('organisationId', '=', first.organisationId)
              .executeTakeFirstOrThrow()
          ).n;
        const audited = Number(await auditCount());
        const second = await seedDemo(deps, caller);
        expect(second).toMatchObject({ organisationId: first.organisationId, organisationCreated: false });
        for (const part of ['units', 'suppliers', 'contracts', 'priceElements', 'options'] as const) {
          expect(second[part], part).toMatchObject({ created: 0, updated: 0 });
        }
        expect(Number(await auditCount())).toBe(audited);
        expect(await outside(first.organisationId)).toEqual(before);

        // A refresh puts a changed demo contract back.
        const demo001 = contracts.items.find((c: { number: string }) => c.number === 'DEMO-001');
        await sysadmin.patch(`${base}/contracts/${demo001.id}`, { name: 'Ændret i hånden' });
        const third = await seedDemo(deps, caller);
        expect(third.contracts).toMatchObject({ created: 0, updated: 1 });
        expect((await sysadmin.get(`${base}/contracts/${demo001.id}`)).data.name).toBe('Økonomisystem (ERP)');

        // The demo register survives its own export and import unchanged.
        const exported = await exportContracts(deps, caller, first.organisationId, 'xlsx', 'da');
        const report = await importContracts(deps, caller, first.organisationId, exported.bytes, true, 'da', XLSX);
        expect(report.errors).toEqual([]);
        expect(report.rows.filter((r) => r.action !== 'unchanged')).toEqual([]);
      } finally {
        await t.close();
      }
    }, 180_000);
  });
}
