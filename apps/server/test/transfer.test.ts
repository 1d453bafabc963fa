import { testDialects } from '@overblik/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type OrgFixture, startOrganisationApp, type TestApp } from './harness.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function sheetRows(bytes: Buffer, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.getWorksheet(name)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

for (const dialect of testDialects()) {
  describe(`supplier import and export on ${dialect}`, () => {
    let t: TestApp;
    let org: OrgFixture;
    let base: string;
    let editor: Client;

    beforeAll(async () => {
      ({ t, org, base } = await startOrganisationApp(dialect, '665', 'lemvig'));
      editor = org.editor;
    });
    afterAll(() => t?.close());

    const upload = (bytes: Buffer, type: string, dryRun = false, client = editor) =>
      client.request('POST', `${base}/imports/suppliers${dryRun ? '?dryRun=true' : ''}`, bytes, {
        'content-type': type,
      });
    const supplierCount = async () => (await org.reader.get(`${base}/suppliers?limit=500`)).data.total as number;

    it('reports every bad row with sheet, row, column and reason, and writes nothing', async () => {
      const before = await supplierCount();
      const auditBefore = (await org.admin.get(`${base}/audit?limit=200`)).data.items.length;
      const file = await workbook({
        Leverandører: [
          ['Navn', 'CVR-nummer', 'Land', 'Klassifikation', 'Postnummer'],
          ['God Leverandør A/S', 26911745, 'DK', 'Strategisk', 7620],
          ['Forkert CVR ApS', '19435076', null, null, null],
          ['', '10150817', null, null, null],
          ['Dobbelt A/S', '26911745', null, null, null],
          ['Ukendt klasse', '19435075', 'DK', 'Superleverandør', null],
          ['Svensk AB', '19435075', 'SE', null, null],
          ['Fantasiland', null, 'Atlantis', null, null],
        ],
      });
      const response = await upload(file, XLSX);
      expect(response.statusCode).toBe(422);
      expect(response.data.code).toBe('import_invalid');
      const errors = response.data.importErrors.map(
        (e: { row: number; column: string; code: string }) => `${e.row} ${e.column} ${e.code}`,
      );
      expect(errors).toEqual([
        '3 CVR-nummer cvr_checksum',
        '4 Navn required',
        '5 CVR-nummer duplicate_in_file',
        '6 Klassifikation unknown_option',
        '7 CVR-nummer cvr_not_for_foreign',
        '8 Land invalid_format',
      ]);
      expect(response.data.importErrors[0]).toMatchObject({
        sheet: 'Leverandører',
        message: 'CVR-nummeret består ikke modulus 11-kontrollen.',
      });
      expect(await supplierCount()).toBe(before);
      expect((await org.admin.get(`${base}/audit?limit=200`)).data.items.length).toBe(auditBefore);
    });

    it('plans in a dry run, then imports all rows in one go; a re-import changes nothing', async () => {
      const file = await workbook({
        Leverandører: [
          ['Navn', 'CVR-nummer', 'Land', 'Udenlandsk id', 'Adresse', 'Postnummer', 'By', 'Klassifikation', 'Noter'],
          ['KOMBIT A/S', 'DK 19435075', 'Danmark', null, 'Halfdansgade 8', 2300, 'København S', 'strategisk', 'Fællesoffentlig'],
          ['KMD A/S', 26911745, null, null, null, null, 'Ballerup', 'Vigtig', null],
          ['Östgöta IT AB', null, 'se', 'SE556000016701', null, null, 'Linköping', null, null],
        ],
      });
      const before = await supplierCount();
      const plan = await upload(file, XLSX, true);
      expect(plan.statusCode).toBe(200);
      expect(plan.data).toMatchObject({ dryRun: true, applied: false, created: 3, updated: 0, unchanged: 0, errors: [] });
      expect(await supplierCount()).toBe(before);
      const done = await upload(file, XLSX);
      expect(done.data).toMatchObject({ applied: true, created: 3 });
      expect(done.data.rows.every((r: { id: string | null }) => r.id !== null)).toBe(true);
      const kombit = (await org.reader.get(`${base}/suppliers?q=19435075`)).data.items[0];
      expect(kombit).toMatchObject({ cvr: '19435075', country: 'DK', postalCode: '2300', classification: 'strategisk' });
      const again = await upload(file, XLSX);
      expect(again.data).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      expect(await supplierCount()).toBe(before + 3);
    });

    it('updates by CVR number, changing only what differs, audited', async () => {
      const csv = 'Navn;CVR-nummer;By\r\nKMD A/S;26911745;Aarhus\r\n';
      const report = await upload(Buffer.from(csv, 'utf8'), 'text/csv');
      expect(report.data).toMatchObject({ created: 0, updated: 1 });
      expect(report.data.rows[0].changedFields).toEqual(['city']);
      const kmd = (await org.reader.get(`${base}/suppliers?q=26911745`)).data.items[0];
      expect(kmd).toMatchObject({ city: 'Aarhus', classification: 'vigtig' });
      const [event] = (await org.reader.get(`${base}/audit?entityType=supplier&entityId=${kmd.id}`)).data.items;
      expect(event.changes).toEqual({ city: { before: 'Ballerup', after: 'Aarhus' } });
    });

    it('reads Danish CSV from older Excel: semicolons, windows-1252, Danish letters', async () => {
      const text = 'Navn;CVR-nummer;By\r\nÆrø Ø-data ApS;10150817;Ærøskøbing\r\n';
      const bytes = Buffer.from(new Uint8Array([...text].map((c) => c.charCodeAt(0))));
      const report = await upload(bytes, 'text/csv');
      expect(report.data.created).toBe(1);
      expect((await org.reader.get(`${base}/suppliers?q=10150817`)).data.items[0]).toMatchObject({
        name: 'Ærø Ø-data ApS',
        city: 'Ærøskøbing',
      });
    });

    it('refuses files it cannot read and sheets without a name column', async () => {
      const garbage = await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), XLSX);
      expect(garbage.data.code).toBe('import_unreadable');
      const textAsXlsx = await upload(Buffer.from('Navn;CVR\r\nX;26911745\r\n'), XLSX, true);
      expect(textAsXlsx.data.code).toBe('import_unreadable');
      const noName = await upload(Buffer.from('Firma;CVR\r\nX;26911745\r\n'), 'text/csv');
      expect(noName.data.importErrors).toEqual([
        { sheet: 'Leverandører', row: 1, column: 'Navn', code: 'missing_column', message: 'Kolonnen mangler i arket.' },
      ]);
      const json = await editor.request('POST', `${base}/imports/suppliers`, '{"name":"x"}', {
        'content-type': 'application/json',
      });
      expect(json.statusCode).toBe(400);
    });

    it('refuses a file over the upload limit', async () => {
      const small = await startOrganisationApp(dialect, '760', 'ringkoebing');
      try {
        const limited = Object.assign(small.t.config, {});
        expect(limited.maxImportBytes).toBe(10 * 1024 * 1024);
        const big = Buffer.alloc(limited.maxImportBytes + 1, 0x41);
        const response = await small.org.editor.request('POST', `${small.base}/imports/suppliers`, big, {
          'content-type': 'text/csv',
        });
        expect(response.statusCode).toBe(413);
      } finally {
        await small.t.close();
      }
    });

    it('lets a læser export but not import', async () => {
      expect((await upload(Buffer.from('Navn\r\nX\r\n'), 'text/csv', false, org.reader)).statusCode).toBe(403);
    });

    it('exports .xlsx with suppliers and contacts on Danish sheets, which re-imports without changes', async () => {
      const [kombit] = (await org.reader.get(`${base}/suppliers?q=19435075`)).data.items;
      await editor.post(`${base}/suppliers/${kombit.id}/contacts`, { name: 'Lise Larsen', email: 'lise@kombit.test' });
      const exported = await org.reader.request('GET', `${base}/exports/suppliers`);
      expect(exported.headers['content-type']).toContain(XLSX);
      expect(exported.headers['content-disposition']).toMatch(/attachment; filename="leverandoerer-\d{4}-\d{2}-\d{2}\.xlsx"/);
      const bytes = exported.rawPayload;
      const suppliers = await sheetRows(bytes, 'Leverandører');
      expect(suppliers[0]).toEqual([
        'Navn',
        'CVR-nummer',
        'Land',
        'Udenlandsk id',
        'Adresse',
        'Postnummer',
        'By',
        'Klassifikation',
        'Noter',
      ]);
      expect(suppliers.find((r) => r[0] === 'KOMBIT A/S')?.[7]).toBe('Strategisk');
      const contacts = await sheetRows(bytes, 'Kontaktpersoner');
      expect(contacts.find((r) => r[2] === 'Lise Larsen')).toEqual([
        'KOMBIT A/S',
        '19435075',
        'Lise Larsen',
        undefined,
        'lise@kombit.test',
      ]);
      const total = await supplierCount();
      const reimport = await upload(bytes, XLSX);
      expect(reimport.data).toMatchObject({ created: 0, updated: 0, unchanged: total });
    });

    it('exports CSV that Danish Excel opens (semicolons, UTF-8 with BOM), and offers a template', async () => {
      const csv = await org.reader.request('GET', `${base}/exports/suppliers?format=csv`);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(csv.body).toContain('Navn;CVR-nummer;Land');
      expect(csv.body).toContain('Ærø Ø-data ApS;10150817;DK');
      const english = await org.reader.request('GET', `${base}/exports/suppliers`, undefined, { 'accept-language': 'en' });
      expect((await sheetRows(english.rawPayload, 'Leverandører')).some((r) => r[7] === 'Strategic')).toBe(true);
      const englishAgain = await upload(english.rawPayload, XLSX, true);
      expect(englishAgain.data).toMatchObject({ created: 0, updated: 0, errors: [] });
      const template = await org.reader.request('GET', `${base}/imports/suppliers/template`);
      const guide = await sheetRows(template.rawPayload, 'Vejledning');
      expect(String(guide.find((r) => r[0] === 'Klassifikation')?.[1])).toContain('Strategisk');
      const plan = await upload(template.rawPayload, XLSX, true);
      expect(plan.data.errors).toEqual([]);
    });
  });
}
