import { testDialects } from '@overblik/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type OrganisationApp, startOrganisationApp } from './harness.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Kontrakter').addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const HEADINGS = ['Kontraktnummer', 'Navn', 'Ansvarlig enhed'];

for (const dialect of testDialects()) {
  describe(`a contract import naming units the organisation lacks, on ${dialect}`, () => {
    let o: OrganisationApp;
    let base: string;
    const tag = 'units';

    beforeAll(async () => {
      o = await startOrganisationApp(dialect, '751', tag);
      base = o.base;
    });
    afterAll(() => o?.t.close());

    const upload = (client: Client, bytes: Buffer, query: string) =>
      client.request('POST', `${base}/imports/contracts${query}`, bytes, { 'content-type': XLSX });
    const units = async () =>
      (await o.org.admin.get(`${base}/units`)).data.items as Array<{ id: string; name: string; parentId: string | null }>;
    const contractCount = async () => (await o.org.admin.get(`${base}/contracts?limit=1`)).data.total as number;

    const file = () =>
      workbook([
        HEADINGS,
        ['U-1', 'Skolernes IT', 'Skoleforvaltningen'],
        ['U-2', 'Vejenes drift', `Digitalisering ${tag}`],
        ['U-3', 'Skolernes trådløse net', 'skoleforvaltningen'],
        ['U-4', 'Børnehavernes app', 'Dagtilbud'],
      ]);

    it('given a dry run, then it lists each missing unit with the rows that name it, and each row is an error naming the unit', async () => {
      const before = await units();
      const report = await upload(o.org.admin, await file(), '?dryRun=true');
      expect(report.statusCode).toBe(200);
      expect(report.data.missingUnits).toEqual([
        { name: 'Skoleforvaltningen', sheet: 'Kontrakter', rows: [2, 4], created: false, id: null },
        { name: 'Dagtilbud', sheet: 'Kontrakter', rows: [5], created: false, id: null },
      ]);
      expect(report.data.errors).toEqual([
        {
          sheet: 'Kontrakter',
          row: 2,
          column: 'Ansvarlig enhed',
          code: 'unknown_unit',
          value: 'Skoleforvaltningen',
          message: expect.stringContaining('Enheden «Skoleforvaltningen» findes ikke i organisationen'),
        },
        expect.objectContaining({ row: 4, column: 'Ansvarlig enhed', value: 'skoleforvaltningen' }),
        expect.objectContaining({ row: 5, column: 'Ansvarlig enhed', code: 'unknown_unit', value: 'Dagtilbud' }),
      ]);
      expect(await units()).toEqual(before);
    });

    it('given no option, then a real import is refused with the same errors and writes nothing', async () => {
      const [beforeUnits, beforeContracts] = [await units(), await contractCount()];
      const refused = await o.org.admin.request('POST', `${base}/imports/contracts`, await file(), {
        'content-type': XLSX,
        'accept-language': 'en',
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.data.code).toBe('import_invalid');
      expect(refused.data.importErrors[0]).toMatchObject({
        row: 2,
        column: 'Ansvarlig enhed',
        code: 'unknown_unit',
        message: expect.stringContaining('The unit "Skoleforvaltningen" does not exist'),
      });
      expect(await units()).toEqual(beforeUnits);
      expect(await contractCount()).toBe(beforeContracts);
    });

    it('given the option in a dry run, then the units are planned, not rows, and nothing is written', async () => {
      const before = await units();
      const report = await upload(o.org.admin, await file(), '?dryRun=true&createMissingUnits=true');
      expect(report.statusCode).toBe(200);
      expect(report.data.errors).toEqual([]);
      expect(report.data.created).toBe(4);
      expect(report.data.rows.every((r: { kind: string }) => r.kind === 'contract')).toBe(true);
      expect(report.data.missingUnits).toEqual([
        { name: 'Skoleforvaltningen', sheet: 'Kontrakter', rows: [2, 4], created: true, id: null },
        { name: 'Dagtilbud', sheet: 'Kontrakter', rows: [5], created: true, id: null },
      ]);
      expect(await units()).toEqual(before);
    });

    it('given the option and another error in the file, then nothing is created: no unit, no contract', async () => {
      const [beforeUnits, beforeContracts] = [await units(), await contractCount()];
      const bad = await workbook([HEADINGS, ['U-9', 'Fejl', 'Ny enhed'], ['U-10', '', 'Endnu en enhed']]);
      const refused = await upload(o.org.admin, bad, '?createMissingUnits=true');
      expect(refused.statusCode).toBe(422);
      expect(refused.data.importErrors).toEqual([expect.objectContaining({ row: 3, column: 'Navn', code: 'required' })]);
      expect(await units()).toEqual(beforeUnits);
      expect(await contractCount()).toBe(beforeContracts);
    });

    it('given an editor, then the option is refused (creating units is an administrator task)', async () => {
      const refused = await upload(o.org.editor, await file(), '?dryRun=true&createMissingUnits=true');
      expect(refused.statusCode).toBe(403);
    });

    it('given the option, then the units are created at the top of the tree, audited, and the contracts reference them', async () => {
      const report = await upload(o.org.admin, await file(), '?createMissingUnits=true');
      expect(report.statusCode).toBe(200);
      expect(report.data.applied).toBe(true);
      const created = report.data.missingUnits as Array<{ name: string; id: string; created: boolean }>;
      expect(created.map((u) => u.name)).toEqual(['Skoleforvaltningen', 'Dagtilbud']);
      const all = await units();
      for (const unit of created) {
        expect(all.find((u) => u.id === unit.id)).toMatchObject({ name: unit.name, parentId: null });
        const trail = await o.org.admin.get(`${base}/audit?entityType=unit&entityId=${unit.id}`);
        expect(trail.data.items).toEqual([
          expect.objectContaining({
            action: 'create',
            changes: expect.objectContaining({ name: { before: null, after: unit.name } }),
          }),
        ]);
      }
      const [school, daycare] = created;
      const byNumber = new Map(
        report.data.rows.map((r: { name: string; id: string }, i: number) => [`U-${i + 1}`, r.id] as const),
      );
      const unitOf = async (number: string) =>
        (await o.org.admin.get(`${base}/contracts/${byNumber.get(number)}`)).data.responsibleUnitId;
      expect(await unitOf('U-1')).toBe(school?.id);
      expect(await unitOf('U-2')).toBe(o.org.unitId);
      expect(await unitOf('U-3')).toBe(school?.id);
      expect(await unitOf('U-4')).toBe(daycare?.id);

      // Imported again, the units exist: nothing is missing, nothing changes.
      const again = await upload(o.org.admin, await file(), '?dryRun=true');
      expect(again.data.missingUnits).toBeUndefined();
      expect(again.data.unchanged).toBe(4);
    });
  });
}
