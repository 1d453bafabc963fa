import { testDialects } from '@overblik/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrganisationApp, startOrganisationApp } from './harness.js';

/**
 * The contract's budget account (budgetkonto/omkostningssted), added as a plain text field with one declaration
 * (packages/core CONTRACT_FIELDS) and a migration: the API, the import and export, the search and the history
 * have it without code of their own (docs/architecture.md, "A field is declared once").
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Kontrakter').addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

for (const dialect of testDialects()) {
  describe(`a contract's budget account on ${dialect}`, () => {
    let o: OrganisationApp;
    beforeAll(async () => {
      o = await startOrganisationApp(dialect, '607', 'fredericia');
    });
    afterAll(async () => {
      await o?.t.close();
    });

    it('given a budget account, then it is kept trimmed, limited like the API says, audited and found by search', async () => {
      const created = await o.org.editor.post(`${o.base}/contracts`, {
        number: 'B-1',
        name: 'Lønsystem',
        budgetAccount: ' 6.45.51 478211 ',
      });
      expect(created.statusCode).toBe(201);
      expect(created.data.budgetAccount).toBe('6.45.51 478211');

      const tooLong = await o.org.editor.patch(`${o.base}/contracts/${created.data.id}`, { budgetAccount: 'x'.repeat(101) });
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.data.errors).toEqual([expect.objectContaining({ field: '/budgetAccount', code: 'too_long' })]);

      const history = await o.org.editor.get(`${o.base}/audit?entityId=${created.data.id}`);
      const create = history.data.items.find((e: { action: string }) => e.action === 'create');
      expect(create.changes.budgetAccount).toEqual({ before: null, after: '6.45.51 478211' });

      // A word of the account (PostgreSQL's parser reads "6.45.51-478211" as 6.45.51 and -478211, so the test's
      // account separates its parts with a space, as both databases split it alike).
      const hits = await o.org.reader.get(`${o.base}/search?q=478211`);
      expect(hits.data.items).toEqual([expect.objectContaining({ kind: 'contract', field: 'budgetAccount' })]);
    });

    it('given a spreadsheet with an Omkostningssted column, then the import reads it and refuses a cell that is too long', async () => {
      const bad = await o.org.editor.request(
        'POST',
        `${o.base}/imports/contracts`,
        await workbook([
          ['Kontraktnummer', 'Navn', 'Omkostningssted'],
          ['B-2', 'Sagssystem', 'y'.repeat(101)],
        ]),
        { 'content-type': XLSX },
      );
      expect(bad.statusCode).toBe(422);
      expect(bad.data.importErrors).toEqual([expect.objectContaining({ row: 2, column: 'Omkostningssted', code: 'too_long' })]);

      const good = await o.org.editor.request(
        'POST',
        `${o.base}/imports/contracts`,
        await workbook([
          ['Kontraktnummer', 'Navn', 'Omkostningssted'],
          ['B-2', 'Sagssystem', '5.20.01'],
        ]),
        { 'content-type': XLSX },
      );
      expect(good.statusCode).toBe(200);
      const list = await o.org.reader.get(`${o.base}/contracts?q=B-2`);
      const contract = await o.org.reader.get(`${o.base}/contracts/${list.data.items[0].id}`);
      expect(contract.data.budgetAccount).toBe('5.20.01');
    });

    it("given the export, then it has a Budgetkonto column with each contract's account", async () => {
      const csv = await o.org.reader.get(`${o.base}/exports/contracts?format=csv`);
      const [heading = '', ...rows] = csv.body.replace(/^\uFEFF/, '').split(/\r?\n/);
      const columns = heading.split(';');
      const at = columns.indexOf('Budgetkonto');
      expect(at).toBeGreaterThan(-1);
      const accounts = rows.filter((r) => r.startsWith('B-')).map((r) => r.split(';')[at]);
      expect(accounts.sort()).toEqual(['5.20.01', '6.45.51 478211']);
    });
  });
}
