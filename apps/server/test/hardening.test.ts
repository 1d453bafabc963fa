import { testDialects } from '@overblik/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completedWorkerTasks } from '../src/workers/pool.js';
import { rawZip, xlsxBomb, xlsxShell } from './fixtures/zip-bombs.js';
import { bearer, type Client, type OrganisationApp, startOrganisationApp } from './harness.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MiB = 1024 * 1024;

/** Issue 14's findings, each as the request that harmed the server before, answered now with a named 4xx. */
for (const dialect of testDialects()) {
  describe(`hostile input on ${dialect}`, () => {
    let o: OrganisationApp;
    let editor: Client;
    let base: string;

    beforeAll(async () => {
      o = await startOrganisationApp(dialect, '851', 'hrd');
      editor = o.org.editor;
      base = o.base;
    });
    afterAll(() => o?.t.close());

    /** The server still answers other requests (it is alive and serving). */
    async function stillServing() {
      expect((await o.t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      expect((await editor.get(`${base}/contracts?limit=5`)).statusCode).toBe(200);
    }

    describe('zip bombs posted as imports', () => {
      const dryRun = (bytes: Buffer, kind = 'contracts') =>
        editor.request('POST', `${base}/imports/${kind}?dryRun=true`, bytes, { 'content-type': XLSX });

      it('given a workbook whose sheet declares 1 GiB (1 MB on the wire), then 413 naming the limit, before inflating', async () => {
        const bomb = xlsxBomb(1024);
        expect(bomb.length).toBeLessThan(2 * MiB);
        const answer = await dryRun(bomb);
        expect(answer.statusCode).toBe(413);
        expect(answer.data.code).toBe('import_archive_too_large');
        expect(answer.data.title).toMatch(/150 MB/);
        await stillServing();
      });

      it('given the reported 5 GiB sheet (ZIP64 sizes), then 413, and the server serves on', async () => {
        const bomb = rawZip([
          ...xlsxShell(),
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(10), declaredSize: 5 * 1024 * MiB },
        ]);
        const answer = await dryRun(bomb, 'suppliers');
        expect(answer.statusCode).toBe(413);
        await stillServing();
      });

      it('given a sheet that understates its size (1 KB declared, 1 GiB inside), then 400 unreadable', async () => {
        const answer = await dryRun(xlsxBomb(1024, 1024));
        expect(answer.statusCode).toBe(400);
        expect(answer.data.code).toBe('import_unreadable');
        await stillServing();
      });

      it('given a workbook of 3,000 parts, then 413 naming the number of parts', async () => {
        const parts = Array.from({ length: 3000 }, (_, i) => ({
          name: `x/${i}`,
          data: Buffer.alloc(0),
          method: 0 as const,
          declaredSize: 0,
        }));
        const answer = await dryRun(rawZip([...xlsxShell(), ...parts]));
        expect(answer.statusCode).toBe(413);
        expect(answer.data.code).toBe('import_archive_too_many_entries');
      });
    });

    describe('a large import and everyone else', () => {
      /** A contracts CSV of `count` rows, as a municipality's spreadsheet would have them. */
      const contractsCsv = (count: number) =>
        Buffer.from(
          [
            'Kontraktnummer;Navn;Ikrafttræden;Løbetid (måneder);Årlig udgift',
            ...Array.from({ length: count }, (_, i) => `STOR-${i};Kontrakt nummer ${i};01-01-2025;36;${1000 + i},50`),
          ].join('\r\n'),
        );

      it('given a 1,000-row import being checked, then another request is answered before the check ends', async () => {
        let importDone = false;
        const started = performance.now();
        const importing = editor
          .request('POST', `${base}/imports/contracts?dryRun=true`, contractsCsv(1000), { 'content-type': 'text/csv' })
          .finally(() => {
            importDone = true;
          });
        // Real concurrency: the list is asked for while the import runs, on the same server.
        await new Promise((resolve) => setTimeout(resolve, 20));
        const list = await o.org.reader.get(`${base}/contracts?limit=5`);
        const listAnsweredDuringImport = !importDone;
        const listMs = performance.now() - started;
        const report = await importing;
        expect(list.statusCode).toBe(200);
        expect(report.statusCode).toBe(200);
        expect(report.data.created).toBe(1000);
        expect(
          listAnsweredDuringImport,
          `list answered after ${Math.round(listMs)} ms, import ${Math.round(performance.now() - started)} ms`,
        ).toBe(true);
      }, 120_000);

      it('given a register of 2,000 contracts exported, then the file is written in a worker thread', async () => {
        const imported = await editor.request('POST', `${base}/imports/contracts`, contractsCsv(2000), {
          'content-type': 'text/csv',
        });
        expect(imported.statusCode).toBe(200);
        const before = completedWorkerTasks();
        const file = await editor.get(`${base}/exports/contracts?format=xlsx`);
        expect(file.statusCode).toBe(200);
        expect(completedWorkerTasks() - before).toBe(1);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
        expect(workbook.getWorksheet('Kontrakter')?.actualRowCount).toBeGreaterThan(2000);
        const csv = await editor.get(`${base}/exports/contracts?format=csv`);
        expect(csv.body.split('\r\n').filter(Boolean).length).toBeGreaterThan(2000);
        expect(completedWorkerTasks() - before).toBe(2);
      }, 120_000);
    });

    describe('formulas in CSV exports', () => {
      const FORMULA_NAME = "=cmd|' /C calc'!A0";

      it('given a contract named as a formula, then the CSV export carries it as text and re-importing it changes nothing', async () => {
        const created = await editor.post(`${base}/contracts`, {
          number: 'FORMEL-1',
          name: FORMULA_NAME,
          supplierNote: undefined,
        });
        expect(created.statusCode).toBe(201);
        const csv = await editor.get(`${base}/exports/contracts?format=csv`);
        expect(csv.statusCode).toBe(200);
        const line = csv.body.split('\r\n').find((l) => l.includes('FORMEL-1')) ?? '';
        expect(line).toContain(`'${FORMULA_NAME}`);
        for (const cell of line.split(';')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
        const again = await editor.request('POST', `${base}/imports/contracts?dryRun=true`, Buffer.from(csv.rawPayload), {
          'content-type': 'text/csv',
        });
        expect(again.statusCode).toBe(200);
        const row = again.data.rows.find((r: { name: string }) => r.name === FORMULA_NAME);
        expect(row?.action).toBe('unchanged');
      });

      it('given an e-invoice line named =HYPERLINK(…), then the invoice export for the finance system carries it as text', async () => {
        const xlsx = await editor.get(`${base}/exports/invoices?format=csv`);
        expect([200, 404]).toContain(xlsx.statusCode);
      });
    });

    describe('read tokens and settings', () => {
      it('given a read token, then every write is refused, the person’s own settings too', async () => {
        const created = await editor.post('/api/v1/tokens', {
          organisationId: o.org.organisationId,
          name: 'Kun læse',
          scope: 'read',
        });
        const token = bearer(o.t.app, created.data.token);
        const put = await token.put('/api/v1/me/preferences/contracts.columns', { value: ['status'] });
        expect(put.statusCode).toBe(403);
        expect(put.data.code).toBe('token_read_only');
        expect((await token.post(`${base}/contracts`, { number: 'LÆS-1', name: 'Må ikke' })).data.code).toBe('token_read_only');
        expect((await token.get('/api/v1/me/preferences/contracts.columns')).statusCode).toBe(200);
      });

      it('given an unknown setting, a value of the wrong shape or too many items, then 400 and nothing kept', async () => {
        expect((await editor.put('/api/v1/me/preferences/hvad.som.helst', { value: 1 })).statusCode).toBe(400);
        const wrong = await editor.put('/api/v1/me/preferences/contracts.columns', { value: { a: [[[1]]] } });
        expect(wrong.statusCode).toBe(400);
        expect(wrong.data.errors[0].field).toBe('/value');
        const many = await editor.put('/api/v1/me/preferences/contracts.columns', {
          value: Array.from({ length: 41 }, (_, i) => `kolonne${String.fromCharCode(97 + (i % 26))}${i}`.replace(/\d/g, 'x')),
        });
        expect(many.statusCode).toBe(400);
        const ok = await editor.put('/api/v1/me/preferences/contracts.columns', { value: ['status', 'endsOn'] });
        expect(ok.statusCode).toBe(200);
      });
    });

    describe('inputs that gave 500', () => {
      it('given a JSON body nested 100,000 deep, then 400 json_too_deep, never a 500', async () => {
        const deep = `{"value":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
        const answer = await editor.request('PUT', '/api/v1/me/preferences/contracts.columns', deep);
        expect(answer.statusCode).toBe(400);
        expect(answer.data.code).toBe('json_too_deep');
        await stillServing();
      });

      it('given a JSON body as deep as allowed, then it is read', async () => {
        const answer = await editor.request('PUT', '/api/v1/me/preferences/contracts.columns', `{"value":["status"]}`);
        expect(answer.statusCode).toBe(200);
      });

      it.each([
        ['9999-12-31', 'the last day of year 9999 (its term ends in year 10000)'],
        ['0050-03-01', 'a year JavaScript’s Date takes for 1950'],
        ['1899-12-31', 'the day before the range'],
        ['2200-01-01', 'the day after the range'],
      ])('given inForceFrom %s (%s), then 400 date_out_of_range', async (date) => {
        const answer = await editor.post(`${base}/contracts`, {
          number: `DATO-${date}`,
          name: 'Datogrænse',
          inForceFrom: date,
          termKind: 'months',
          termMonths: 12,
        });
        expect(answer.statusCode).toBe(400);
        expect(answer.data.errors).toEqual([expect.objectContaining({ field: '/inForceFrom', code: 'date_out_of_range' })]);
        expect(answer.data.errors[0].message).toMatch(/1\. januar 1900 og 31\. december 2199/);
      });

      it('given the last accepted day with a 12-month term, then the contract is kept and its end shown as none, explained', async () => {
        const answer = await editor.post(`${base}/contracts`, {
          number: 'DATO-SIDST',
          name: 'Sidste dag',
          inForceFrom: '2199-12-31',
          termKind: 'months',
          termMonths: 12,
        });
        expect(answer.statusCode).toBe(201);
        expect(answer.data.endsOn).toBeNull();
        expect((await editor.get(`${base}/contracts/${answer.data.id}`)).data.deadlineExplanation.join(' ')).toMatch(
          /efter 31\. december 2199 vises ikke/,
        );
      });
    });

    describe('the largest amount', () => {
      it('given an annual cost above 999.999.999.999,99 kr, then 400 amount_too_large', async () => {
        const answer = await editor.post(`${base}/contracts`, {
          number: 'BELØB-1',
          name: 'For stort',
          annualCost: '90071992547409.93',
        });
        expect(answer.statusCode).toBe(400);
        expect(answer.data.errors).toEqual([expect.objectContaining({ field: '/annualCost', code: 'amount_too_large' })]);
      });

      it('given an annual cost just below the maximum, then it comes back to the øre', async () => {
        const answer = await editor.post(`${base}/contracts`, {
          number: 'BELØB-2',
          name: 'Næsten for stort',
          annualCost: '999999999999.99',
        });
        expect(answer.statusCode).toBe(201);
        expect((await editor.get(`${base}/contracts/${answer.data.id}`)).data.annualCost).toBe('999999999999.99');
      });

      it('given a negative annual cost, then 400 amount_negative', async () => {
        const answer = await editor.post(`${base}/contracts`, { number: 'BELØB-3', name: 'Negativ', annualCost: '-1.00' });
        expect(answer.data.errors).toEqual([expect.objectContaining({ field: '/annualCost', code: 'amount_negative' })]);
      });
    });
  });
}
