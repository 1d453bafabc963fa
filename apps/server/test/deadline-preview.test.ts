import { type CalendarDate, contractDeadlines, type DeadlineTerms, fixedClock } from '@overblik/core';
import { testDialects } from '@overblik/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrganisationApp, startOrganisationApp } from './harness.js';

/**
 * Issue 16: a contract's deadlines on a chosen day (`GET …/contracts/{id}/deadlines?asOf=`), computed by core's rules
 * and stored nowhere, and notice to the end of a named month through the API, the import, the export and the history.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TODAY = '2026-12-07';

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Kontrakter').addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The terms of the issue's example: ongoing since 2020, 12 months' notice to the end of February. */
const february: DeadlineTerms = {
  inForceFrom: '2020-01-01',
  termKind: 'ongoing',
  termMonths: null,
  termEndsOn: null,
  renewal: 'none',
  renewalMonths: null,
  irrevocableUntil: null,
  noticeMonths: 12,
  noticePeriodEnd: 'named_month',
  noticeEndMonth: 2,
  earlyTermination: false,
  terminationGivenOn: null,
  terminationEffectiveOn: null,
  priceRegulationDate: '01-01',
};

for (const dialect of testDialects()) {
  describe(`deadlines on a chosen day, and notice to the end of a named month, on ${dialect}`, () => {
    let o: OrganisationApp;
    let contractId: string;
    beforeAll(async () => {
      // 10:00 in Copenhagen on 7 December 2026.
      o = await startOrganisationApp(dialect, '751', 'aarhus', fixedClock('2026-12-07T09:00:00Z'));
      const created = await o.org.editor.post(`${o.base}/contracts`, {
        number: 'F-1',
        name: 'Skoleadministration',
        inForceFrom: february.inForceFrom,
        termKind: 'ongoing',
        noticeMonths: 12,
        noticePeriodEnd: 'named_month',
        noticeEndMonth: 2,
        priceRegulationDate: '01-01',
      });
      expect(created.statusCode).toBe(201);
      contractId = created.data.id;
    });
    afterAll(async () => {
      await o?.t.close();
    });

    /** The contracts sheet with the notice columns, and `rows` under them. */
    const importRows = async (rows: unknown[][]) =>
      o.org.editor.request(
        'POST',
        `${o.base}/imports/contracts`,
        await workbook([
          ['Kontraktnummer', 'Navn', 'Løbetid (mdr.)', 'Opsigelsesvarsel (mdr.)', 'Opsigelse til udgangen af', 'Opsigelsesmåned'],
          ...rows,
        ]),
        { 'content-type': XLSX },
      );
    const preview = (asOf?: string) =>
      o.org.reader.get(`${o.base}/contracts/${contractId}/deadlines${asOf ? `?asOf=${asOf}` : ''}`);

    it('given notice to the end of February, then the contract keeps the month and today its deadlines follow it', async () => {
      const contract = await o.org.reader.get(`${o.base}/contracts/${contractId}`);
      expect(contract.data).toMatchObject({ noticePeriodEnd: 'named_month', noticeEndMonth: 2 });
      expect(contract.data.deadlines).toMatchObject({
        computedFor: TODAY,
        earliestEnd: '2028-02-29',
        latestNoticeDate: '2027-02-28',
      });
      expect(contract.data.deadlineExplanation.join(' ')).toContain('12 måneders opsigelsesvarsel til udgangen af februar');
      // Missing the day costs a year, so the notice deadline is an activity with reminders.
      const activities = await o.org.reader.get(`${o.base}/activities?contractId=${contractId}`);
      expect(activities.data.items.map((a: { type: string; dueOn: string }) => `${a.type} ${a.dueOn}`)).toContain(
        'notice_deadline 2027-02-28',
      );
    });

    it.each<[CalendarDate, CalendarDate, CalendarDate]>([
      ['2027-02-28', '2028-02-29', '2027-02-28'],
      ['2027-03-01', '2029-02-28', '2028-02-29'],
      ['2031-06-15', '2033-02-28', '2032-02-29'],
    ])('given asOf %s, then the answer is the core rule on that day (ends %s, notice by %s)', async (asOf, end, notice) => {
      const answer = await preview(asOf);
      expect(answer.statusCode).toBe(200);
      const rule = contractDeadlines(february, [], asOf);
      expect(answer.data).toMatchObject({
        contractId,
        asOf,
        today: TODAY,
        preview: true,
        status: 'active',
        endsOn: null,
        earliestEnd: end,
        latestNoticeDate: notice,
        noticeIsDeadline: true,
        currentTermEnd: rule.currentTermEnd,
        nextPriceRegulation: rule.nextPriceRegulation,
        optionDeadlines: rule.optionDeadlines,
        explanation: rule.explanation,
      });
      expect(answer.data.activities).toEqual([
        { key: 'notice_deadline', type: 'notice_deadline', dueOn: notice, optionId: null },
        { key: 'price_regulation', type: 'price_regulation', dueOn: rule.nextPriceRegulation, optionId: null },
      ]);
    });

    it('given no asOf, then it is today and not a preview', async () => {
      const answer = await preview();
      expect(answer.data).toMatchObject({ asOf: TODAY, today: TODAY, preview: false, latestNoticeDate: '2027-02-28' });
    });

    it('given a what-if with options, then option deadlines, the status on that day and its activities follow the day', async () => {
      const fixed = await o.org.editor.post(`${o.base}/contracts`, {
        number: 'F-2',
        name: 'Lønsystem',
        inForceFrom: '2025-01-01',
        termKind: 'months',
        termMonths: 24,
      });
      const option = await o.org.editor.post(`${o.base}/contracts/${fixed.data.id}/options`, {
        kind: 'extension',
        periods: 2,
        periodMonths: 12,
        leadTimeMonths: 3,
      });
      expect(option.statusCode).toBe(201);
      const url = (asOf: string) => `${o.base}/contracts/${fixed.data.id}/deadlines?asOf=${asOf}`;
      const before = await o.org.reader.get(url('2026-06-01'));
      expect(before.data).toMatchObject({ status: 'active', endsOn: '2026-12-31' });
      expect(before.data.optionDeadlines[0]).toMatchObject({ optionId: option.data.id, period: 1, deadline: '2026-09-30' });
      expect(before.data.activities).toContainEqual({
        key: `option:${option.data.id}`,
        type: 'option_exercise',
        dueOn: '2026-09-30',
        optionId: option.data.id,
      });
      const after = await o.org.reader.get(url('2027-01-01'));
      expect(after.data).toMatchObject({ status: 'expired', endsOn: '2026-12-31', activities: [] });
      const draft = await o.org.reader.get(url('2024-06-01'));
      expect(draft.data.status).toBe('draft');
    });

    it('given any number of what-ifs, then nothing is stored and nothing is audited', async () => {
      const snapshot = async () => {
        const contract = await o.org.reader.get(`${o.base}/contracts/${contractId}`);
        const activities = await o.org.reader.get(`${o.base}/activities?contractId=${contractId}`);
        const audit = await o.org.admin.get(`${o.base}/audit?limit=500`);
        return JSON.stringify([contract.data, activities.data, audit.data.total]);
      };
      const before = await snapshot();
      for (const day of ['2027-03-01', '2040-01-01', '1990-05-05', '2199-12-31'])
        expect((await preview(day)).statusCode).toBe(200);
      expect(await snapshot()).toBe(before);
    });

    it.each([
      ['2200-01-01', 'date_out_of_range'],
      ['1899-12-31', 'date_out_of_range'],
      ['2027-02-30', 'invalid_format'],
      ['1. marts 2027', 'invalid_format'],
    ])('given asOf %s, then a named 400 (%s)', async (asOf, code) => {
      const answer = await preview(encodeURIComponent(asOf));
      expect(answer.statusCode).toBe(400);
      expect(answer.data.errors).toEqual([expect.objectContaining({ field: '/querystring/asOf', code })]);
      expect(answer.data.errors[0].message).not.toMatch(/asOf|\//);
    });

    it('given notice to a named month without the month, or a month with another period end, then named field errors', async () => {
      const noMonth = await o.org.editor.patch(`${o.base}/contracts/${contractId}`, { noticeEndMonth: null });
      expect(noMonth.statusCode).toBe(400);
      expect(noMonth.data.errors).toEqual([expect.objectContaining({ field: '/noticeEndMonth', code: 'required' })]);
      const other = await o.org.editor.patch(`${o.base}/contracts/${contractId}`, { noticePeriodEnd: 'quarter' });
      expect(other.data.errors).toEqual([expect.objectContaining({ field: '/noticeEndMonth', code: 'not_allowed' })]);
      const thirteen = await o.org.editor.patch(`${o.base}/contracts/${contractId}`, { noticeEndMonth: 13 });
      expect(thirteen.data.errors).toEqual([expect.objectContaining({ field: '/noticeEndMonth', code: 'out_of_range' })]);
    });

    it('given a move to the end of June, then the history says so in words and the deadlines follow', async () => {
      const moved = await o.org.editor.patch(`${o.base}/contracts/${contractId}`, { noticeMonths: 3, noticeEndMonth: 6 });
      expect(moved.statusCode).toBe(200);
      expect(moved.data.deadlines).toMatchObject({ earliestEnd: '2027-06-30', latestNoticeDate: '2027-03-31' });
      const history = await o.org.editor.get(`${o.base}/audit?entityId=${contractId}`);
      const update = history.data.items.find((e: { action: string }) => e.action === 'update');
      expect(update.changes.noticeEndMonth).toEqual({ before: 2, after: 6 });
    });

    it('given a spreadsheet naming the month, then the import reads it, the export writes its name, and a bad month is refused whole', async () => {
      const bad = await importRows([
        ['F-3', 'Elevplan', 'løbende', 6, 'En bestemt måned', 'juni 2027'],
        ['F-4', 'Budget', 'løbende', 3, 'En bestemt måned', 'marts'],
      ]);
      expect(bad.statusCode).toBe(422);
      expect(bad.data.importErrors).toEqual([
        expect.objectContaining({ row: 2, column: 'Opsigelsesmåned', code: 'invalid_value' }),
      ]);
      expect((await o.org.reader.get(`${o.base}/contracts?q=F-4`)).data.total).toBe(0);

      const good = await importRows([
        ['F-3', 'Elevplan', 'løbende', 6, 'En bestemt måned', 'Juni'],
        ['F-4', 'Budget', 'løbende', 3, 'bestemt måned', 3],
        ['F-5', 'Mangler måned', 'løbende', 3, 'En bestemt måned', ''],
      ]);
      expect(good.statusCode).toBe(422);
      expect(good.data.importErrors).toEqual([expect.objectContaining({ row: 4, column: 'Opsigelsesmåned', code: 'required' })]);

      const fixedUp = await importRows([
        ['F-3', 'Elevplan', 'løbende', 6, 'En bestemt måned', 'Juni'],
        ['F-4', 'Budget', 'løbende', 3, 'bestemt måned', 3],
      ]);
      expect(fixedUp.statusCode).toBe(200);
      const f3 = (await o.org.reader.get(`${o.base}/contracts?q=F-3`)).data.items[0];
      expect(f3).toMatchObject({ noticePeriodEnd: 'named_month', noticeEndMonth: 6 });

      const csv = await o.org.reader.get(`${o.base}/exports/contracts?format=csv`);
      const [heading = '', ...rows] = csv.body.replace(/^\uFEFF/, '').split(/\r?\n/);
      const columns = heading.split(';');
      const at = columns.indexOf('Opsigelsesmåned');
      const periodAt = columns.indexOf('Opsigelse til udgangen af');
      const row = (n: string) => rows.find((r) => r.startsWith(`${n};`))?.split(';') ?? [];
      expect([row('F-3')[periodAt], row('F-3')[at]]).toEqual(['En bestemt måned', 'juni']);
      expect(row('F-4')[at]).toBe('marts');

      // The export reads back unchanged.
      const xlsx = await o.org.reader.request('GET', `${o.base}/exports/contracts?format=xlsx`);
      const again = await o.org.editor.request('POST', `${o.base}/imports/contracts`, xlsx.rawPayload, {
        'content-type': XLSX,
      });
      expect(again.statusCode).toBe(200);
      expect(again.data).toMatchObject({ created: 0, updated: 0 });
    });
  });
}
