import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testDialects } from '@overblik/db/testing';
import { describe, expect, it } from 'vitest';
import { cliDatabase, overblik } from '../test/cli-harness.js';

for (const dialect of testDialects()) {
  describe(`overblik contracts and demo on ${dialect}`, () => {
    it('imports contracts (dry run first), exports the register as .xlsx and .csv, and refuses a bad file whole', async () => {
      const database = await cliDatabase(dialect);
      const { env } = database;
      const dir = mkdtempSync(path.join(tmpdir(), 'overblik-cli-contracts-'));
      try {
        const csv = path.join(dir, 'kontrakter.csv');
        writeFileSync(
          csv,
          'Kontraktnr.;Aftalenavn;Ikrafttræden;Løbetid (mdr.);Årlig pris;Farve\r\nK-1;Økonomi;01-01-2026;48;1.200.000,00;blå\r\nK-2;Løn;2026-02-01;løbende;;\r\n',
        );
        const plan = await overblik(env, 'import', 'contracts', csv, '--organisation', '147', '--dry-run');
        expect(plan).toMatch(/^Would create 2, update 0, unchanged 0/);
        expect(plan).toContain('column "Farve" is not known');
        expect(await overblik(env, 'import', 'contracts', csv, '--organisation', '147')).toMatch(
          /^Created 2, updated 0, unchanged 0 \(Frederiksberg Kommune\)/,
        );
        const xlsx = path.join(dir, 'register.xlsx');
        expect(await overblik(env, 'export', 'contracts', xlsx, '--organisation', '147')).toBe(xlsx);
        expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
        expect(await overblik(env, 'import', 'contracts', xlsx, '--organisation', '147')).toMatch(
          /^Created 0, updated 0, unchanged 2/,
        );
        const exportedCsv = path.join(dir, 'ud.csv');
        await overblik(env, 'export', 'contracts', exportedCsv, '--organisation', '147');
        expect(readFileSync(exportedCsv, 'utf8')).toContain('K-1;Økonomi');
        const bad = path.join(dir, 'fejl.csv');
        writeFileSync(bad, 'Kontraktnummer;Navn;I kraft fra\r\nK-3;Ny;30-02-2026\r\n');
        await expect(overblik(env, 'import', 'contracts', bad, '--organisation', '147')).rejects.toMatchObject({
          code: 'import_invalid',
          cellErrors: [{ sheet: 'Kontrakter', row: 2, column: 'I kraft fra', code: 'invalid_date' }],
        });
        await expect(overblik(env, 'import', 'invoices', csv, '--organisation', '147')).rejects.toThrow(
          /try: suppliers, contracts/,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await database.drop();
      }
    });

    it('demo creates the demo organisation and refreshes it without changes', async () => {
      const database = await cliDatabase(dialect);
      const { env } = database;
      try {
        const first = await overblik(env, 'demo');
        expect(first).toMatch(/^Created Demo Kommune \(eksempeldata\) \([0-9a-f-]{36}\)/);
        expect(first).toMatch(/contracts: \d{2} created, 0 updated, 0 unchanged/);
        const second = await overblik(env, 'demo');
        expect(second).toMatch(/^Refreshed Demo Kommune/);
        expect(second).toMatch(/contracts: 0 created, 0 updated, \d{2} unchanged/);
        expect(await overblik(env, 'org', 'list', '--kind', 'anden')).toContain('Demo Kommune (eksempeldata)');
      } finally {
        await database.drop();
      }
    }, 120_000);

    it("deadlines show gives a contract's deadlines on a chosen day, as text or the API's JSON, and stores nothing", async () => {
      const database = await cliDatabase(dialect);
      const { env } = database;
      const dir = mkdtempSync(path.join(tmpdir(), 'overblik-cli-deadlines-'));
      try {
        const csv = path.join(dir, 'kontrakter.csv');
        writeFileSync(
          csv,
          'Kontraktnummer;Navn;I kraft fra;Løbetid (mdr.);Opsigelsesvarsel (mdr.);Opsigelse til udgangen af;Opsigelsesmåned\r\n' +
            'S-1;Skoleadministration;2020-01-01;løbende;12;En bestemt måned;februar\r\n',
        );
        await overblik(env, 'import', 'contracts', csv, '--organisation', '147');
        const text = await overblik(
          env,
          'deadlines',
          'show',
          '--contract',
          'S-1',
          '--organisation',
          '147',
          '--as-of',
          '2027-03-01',
        );
        expect(text.split('\n').slice(0, 1)[0]).toMatch(
          /^S-1 Skoleadministration: frister pr\. 1\. marts 2027 \(forhåndsvisning; i dag er .+, og intet gemmes\)$/,
        );
        expect(text).toContain('Seneste opsigelse: 29. februar 2028 (for ophør 28. februar 2029)');
        expect(text).toContain('Opsigelsesfrist: 29. februar 2028');
        expect(text).toContain('12 måneders opsigelsesvarsel til udgangen af februar');
        const json = JSON.parse(
          await overblik(
            env,
            'deadlines',
            'show',
            '--contract',
            'S-1',
            '--organisation',
            '147',
            '--as-of',
            '2027-02-28',
            '--json',
          ),
        );
        expect(json).toMatchObject({
          asOf: '2027-02-28',
          preview: true,
          earliestEnd: '2028-02-29',
          latestNoticeDate: '2027-02-28',
        });
        await expect(
          overblik(env, 'deadlines', 'show', '--contract', 'S-1', '--organisation', '147', '--as-of', '2200-01-01'),
        ).rejects.toThrow(/outside the accepted range 1900-01-01 to 2199-12-31/);
        await expect(
          overblik(env, 'deadlines', 'show', '--contract', 'S-404', '--organisation', '147', '--as-of', '2027-01-01'),
        ).rejects.toMatchObject({ code: 'contract_not_found' });
        // A what-if writes nothing: the export is the same before and after.
        const first = path.join(dir, 'a.csv');
        const second = path.join(dir, 'b.csv');
        await overblik(env, 'export', 'contracts', first, '--organisation', '147');
        await overblik(env, 'deadlines', 'show', '--contract', 'S-1', '--organisation', '147', '--as-of', '2031-01-01');
        await overblik(env, 'export', 'contracts', second, '--organisation', '147');
        expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await database.drop();
      }
    }, 120_000);
  });
}
