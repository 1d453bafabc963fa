import { addDays, addMonths, type CalendarDate, contractDeadlines, type DeadlineTerms, systemClock } from '@overblik/core';
import { testDialects } from '@overblik/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeDeadlines } from '../src/usecases/contracts/recompute-deadlines.js';
import { type Client, type OrganisationApp, startOrganisationApp } from './harness.js';

type Activity = {
  id: string;
  type: string;
  derivedKey: string | null;
  dueOn: string;
  status: 'open' | 'done';
  overdue: boolean;
  done: { on: string; byName: string; note: string | null } | null;
  effectiveLeadDays: number[];
};

const TERMS: DeadlineTerms = {
  inForceFrom: '2020-01-01',
  termKind: 'months',
  termMonths: 12,
  termEndsOn: null,
  renewal: 'automatic',
  renewalMonths: 12,
  irrevocableUntil: null,
  noticeMonths: 6,
  noticePeriodEnd: 'year',
  noticeEndMonth: null,
  earlyTermination: false,
  terminationGivenOn: null,
  terminationEffectiveOn: null,
  priceRegulationDate: '01-01',
};

for (const dialect of testDialects()) {
  describe(`activities and deadlines on ${dialect}`, () => {
    let o: OrganisationApp;
    let editor: Client;
    let contractId: string;
    const day = systemClock.today();
    beforeAll(async () => {
      o = await startOrganisationApp(dialect, '657', 'f');
      editor = o.org.editor;
      const created = await editor.post(`${o.base}/contracts`, {
        number: 'F-1',
        name: 'Fagsystem',
        supplierId: o.org.supplierId,
        inForceFrom: TERMS.inForceFrom,
        termKind: 'months',
        termMonths: 12,
        renewal: 'automatic',
        renewalMonths: 12,
        noticeMonths: 6,
        noticePeriodEnd: 'year',
        priceRegulation: 'fixed_percent',
        priceRegulationPercent: '2',
        priceRegulationDate: '01-01',
        responsibleUnitId: o.org.unitId,
        responsibilities: [{ role: 'kontraktstyringsansvarlig', userId: o.org.readerUserId }],
      });
      expect(created.statusCode).toBe(201);
      contractId = created.data.id;
    });
    afterAll(async () => {
      await o?.t.close();
    });

    const derivedOf = async (id: string): Promise<Activity[]> =>
      (await editor.get(`${o.base}/activities?contractId=${id}&derived=true&status=all`)).data.items;

    it('creates the derived activities from the terms, with the dates the rules give', async () => {
      const expected = contractDeadlines(TERMS, [], day);
      const derived = await derivedOf(contractId);
      const byKey = Object.fromEntries(derived.map((a) => [a.derivedKey, a]));
      expect(Object.keys(byKey).sort()).toEqual(['notice_deadline', 'price_regulation']);
      expect(byKey.notice_deadline?.dueOn).toBe(expected.latestNoticeDate);
      expect(byKey.price_regulation?.dueOn).toBe(expected.nextPriceRegulation);
      expect(byKey.notice_deadline?.effectiveLeadDays).toEqual([180, 90, 30, 7]);
    });

    it('keeps them in step when the terms change: moved, never duplicated, a done one stays done', async () => {
      const notice = (await derivedOf(contractId)).find((a) => a.derivedKey === 'notice_deadline') as Activity;
      // 3 months' notice instead of 6: the same activity moves to the new date.
      await editor.patch(`${o.base}/contracts/${contractId}`, { noticeMonths: 3 });
      const moved = (await derivedOf(contractId)).filter((a) => a.derivedKey === 'notice_deadline');
      const expected = contractDeadlines({ ...TERMS, noticeMonths: 3 }, [], day).latestNoticeDate;
      expect(moved).toHaveLength(1);
      expect(moved[0]?.id).toBe(notice.id);
      expect(moved[0]?.dueOn).toBe(expected);

      // Done, then the terms are saved again and the daily recompute runs: still one, still done.
      const done = await editor.post(`${o.base}/activities/${notice.id}/complete`, {
        note: 'Fortsætter; besluttet i styregruppen.',
      });
      expect(done.statusCode).toBe(200);
      expect(done.data.status).toBe('done');
      expect(done.data.done.note).toBe('Fortsætter; besluttet i styregruppen.');
      expect(done.data.done.byName).toBe('redaktør f');
      await editor.patch(`${o.base}/contracts/${contractId}`, { noticeMonths: 3, description: 'Gemt igen' });
      await recomputeDeadlines(o.t.database.db, o.t.clock, { all: true });
      await recomputeDeadlines(o.t.database.db, o.t.clock, { all: true });
      const after = (await derivedOf(contractId)).filter((a) => a.derivedKey === 'notice_deadline');
      expect(after).toHaveLength(1);
      expect(after[0]?.status).toBe('done');

      // Back to 6 months: a new date, so a new open activity; the done one is kept as history.
      await editor.patch(`${o.base}/contracts/${contractId}`, { noticeMonths: 6 });
      const both = (await derivedOf(contractId)).filter((a) => a.derivedKey === 'notice_deadline');
      expect(both.map((a) => a.status).sort()).toEqual(['done', 'open']);
    });

    it('removes future derived activities when termination is given, and deletes them with the contract', async () => {
      const c = await editor.post(`${o.base}/contracts`, {
        number: 'F-2',
        name: 'Opsagt system',
        inForceFrom: '2024-01-01',
        termKind: 'ongoing',
        noticeMonths: 3,
        noticePeriodEnd: 'year',
      });
      expect((await derivedOf(c.data.id)).map((a) => a.derivedKey)).toEqual(['notice_deadline']);
      const effective = addMonths(day, 4);
      await editor.patch(`${o.base}/contracts/${c.data.id}`, { terminationGivenOn: day, terminationEffectiveOn: effective });
      expect((await derivedOf(c.data.id)).map((a) => [a.derivedKey, a.dueOn])).toEqual([['expiry', effective]]);
      expect((await editor.delete(`${o.base}/contracts/${c.data.id}`)).statusCode).toBe(204);
      expect((await editor.get(`${o.base}/activities?contractId=${c.data.id}&status=all`)).data.total).toBe(0);
    });

    it('makes no notice activity where the notice date only moves with the calendar (løbende, to a month end)', async () => {
      const c = await editor.post(`${o.base}/contracts`, {
        number: 'F-4',
        name: 'Løbende aftale',
        inForceFrom: '2024-01-01',
        termKind: 'ongoing',
        noticeMonths: 1,
        noticePeriodEnd: 'month',
      });
      expect(c.data.deadlines.latestNoticeDate).not.toBeNull();
      expect(await derivedOf(c.data.id)).toEqual([]);
    });

    it('refuses to delete or re-date a derived activity, but lets its description and responsible change', async () => {
      const [derived] = (await derivedOf(contractId)).filter((a) => a.status === 'open');
      const id = (derived as Activity).id;
      expect((await editor.delete(`${o.base}/activities/${id}`)).data.code).toBe('activity_derived');
      expect((await editor.patch(`${o.base}/activities/${id}`, { anchorOn: '2030-01-01' })).data.code).toBe('activity_derived');
      const ok = await editor.patch(`${o.base}/activities/${id}`, {
        description: 'Kontrollér pkt. 7.2',
        responsibleUserId: o.org.readerUserId,
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.data.responsibleName).toBe('læser f');
    });

    it('creates manual activities, checks them, and moves a recurring one on when done', async () => {
      const bad = await editor.post(`${o.base}/activities`, { type: 'notice_deadline', anchorOn: day });
      expect(bad.statusCode).toBe(400);
      expect(bad.data.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
        '/contractId:one_subject',
        '/type:invalid_value',
      ]);
      const monthly = await editor.post(`${o.base}/activities`, {
        contractId,
        type: 'sla_kpi',
        title: 'SLA-rapport',
        recurrence: 'monthly',
        anchorOn: '2026-01-31',
        leadDays: [3, 10, 3],
      });
      expect(monthly.statusCode).toBe(201);
      expect(monthly.data.leadDays).toEqual([10, 3]);
      const first = monthly.data.dueOn as string;
      expect(first >= day).toBe(true);
      const done = await editor.post(`${o.base}/activities/${monthly.data.id}/complete`, { occurrenceOn: first, note: 'OK' });
      expect(done.data.status).toBe('open');
      expect(done.data.done.on).toBe(first);
      expect(done.data.dueOn > first).toBe(true);
      const stale = await editor.post(`${o.base}/activities/${monthly.data.id}/complete`, { occurrenceOn: first });
      expect(stale.data.code).toBe('occurrence_mismatch');

      const dates = await editor.post(`${o.base}/activities`, {
        supplierId: o.org.supplierId,
        type: 'control_report',
        title: 'ISAE 3402-erklæring',
        recurrence: 'dates',
        recurrenceDates: [addDays(day, 40), addDays(day, 10)],
      });
      expect(dates.data.dueOn).toBe(addDays(day, 10));
      expect(dates.data.supplierName).toBe('Leverandør f');
      await editor.post(`${o.base}/activities/${dates.data.id}/complete`, {});
      const last = await editor.post(`${o.base}/activities/${dates.data.id}/complete`, {});
      expect(last.data.status).toBe('done');
      const reopened = await editor.post(`${o.base}/activities/${dates.data.id}/reopen`, undefined);
      expect(reopened.data.status).toBe('open');
      expect(reopened.data.dueOn).toBe(addDays(day, 40));
    });

    it('deletes a supplier with its activities', async () => {
      const supplier = await editor.post(`${o.base}/suppliers`, {
        name: 'Kortvarig leverandør',
        country: 'NO',
        foreignId: 'NO-1',
      });
      const activity = await editor.post(`${o.base}/activities`, {
        supplierId: supplier.data.id,
        type: 'renegotiation',
        anchorOn: day,
      });
      expect(activity.statusCode).toBe(201);
      expect((await editor.delete(`${o.base}/suppliers/${supplier.data.id}`)).statusCode).toBe(204);
      expect((await editor.get(`${o.base}/activities/${activity.data.id}`)).statusCode).toBe(404);
    });

    it('lists overdue and upcoming activities with filters, and removes a completed one from the overdue list', async () => {
      const late = await editor.post(`${o.base}/activities`, {
        contractId,
        type: 'milestone',
        title: 'Leverance 2',
        anchorOn: addDays(day, -5),
      });
      expect(late.data.overdue).toBe(true);
      const overdue = async () => (await editor.get(`${o.base}/activities?overdue=true`)).data.items.map((a: Activity) => a.id);
      expect(await overdue()).toContain(late.data.id);
      expect(
        (await editor.get(`${o.base}/activities?overdue=true&unitId=${o.org.unitId}`)).data.items.map((a: Activity) => a.id),
      ).toContain(late.data.id);
      expect(
        (await editor.get(`${o.base}/activities?overdue=true&type=sla_kpi`)).data.items.map((a: Activity) => a.id),
      ).not.toContain(late.data.id);
      // The contract manager (a responsibility on the contract) sees it among their activities.
      const mine = await editor.get(`${o.base}/activities?overdue=true&responsibleUserId=${o.org.readerUserId}`);
      expect(mine.data.items.map((a: Activity) => a.id)).toContain(late.data.id);
      const summary = await editor.get(`${o.base}/deadline-summary`);
      expect(summary.data.overdueActivities).toBeGreaterThanOrEqual(1);
      expect(summary.data.emailConfigured).toBe(false);

      await editor.post(`${o.base}/activities/${late.data.id}/complete`, { note: 'Modtaget' });
      expect(await overdue()).not.toContain(late.data.id);
      const audit = await o.org.admin.get(
        `/api/v1/organisations/${o.org.organisationId}/audit?subjectId=${contractId}&limit=200`,
      );
      const completion = audit.data.items.find(
        (e: { entityId: string; action: string; changes: Record<string, unknown> }) =>
          e.entityId === late.data.id && e.action === 'update' && 'doneNote' in e.changes,
      );
      expect(completion.changes.doneNote).toEqual({ before: null, after: 'Modtaget' });
      expect(completion.changes.status).toEqual({ before: 'open', after: 'done' });
    });

    it('expands recurring activities in the month calendar', async () => {
      // The first day of this month.
      const from = `${day.slice(0, 8)}01` as CalendarDate;
      const to = addDays(addMonths(from, 3), -1);
      const list = await editor.get(`${o.base}/activity-occurrences?from=${from}&to=${to}`);
      expect(list.statusCode).toBe(200);
      const sla = list.data.items.filter((i: { activity: { title: string } }) => i.activity.title === 'SLA-rapport');
      expect(sla.length).toBeGreaterThanOrEqual(2);
      expect((await editor.get(`${o.base}/activity-occurrences?from=${from}&to=${addDays(from, 500)}`)).statusCode).toBe(400);
    });

    it('lets administrators (only) change reminder settings, and resets them', async () => {
      const body = { leadDays: [60, 14], roles: ['systemejer'], extraEmails: ['Kontrakter@Kommune.dk'] };
      expect((await o.org.reader.put(`${o.base}/reminder-settings/notice_deadline`, body)).statusCode).toBe(403);
      const put = await o.org.admin.put(`${o.base}/reminder-settings/notice_deadline`, body);
      expect(put.data).toEqual({
        activityType: 'notice_deadline',
        leadDays: [60, 14],
        roles: ['systemejer'],
        extraEmails: ['kontrakter@kommune.dk'],
        isDefault: false,
      });
      const notice = (await derivedOf(contractId)).find((a) => a.derivedKey === 'notice_deadline' && a.status === 'open');
      expect(notice?.effectiveLeadDays).toEqual([60, 14]);
      expect(
        (await o.org.admin.put(`${o.base}/reminder-settings/notice_deadline`, { ...body, roles: ['ukendt'] })).statusCode,
      ).toBe(400);
      expect((await o.org.admin.delete(`${o.base}/reminder-settings/notice_deadline`)).statusCode).toBe(204);
      const list = await editor.get(`${o.base}/reminder-settings`);
      expect(list.data.items.find((s: { activityType: string }) => s.activityType === 'notice_deadline').isDefault).toBe(true);
    });

    it('serves a person calendar feed with stable UIDs, and stops when it is revoked', async () => {
      const created = await o.org.reader.post(`${o.base}/calendar-feeds`, { kind: 'person' });
      expect(created.statusCode).toBe(201);
      const path = new URL(created.data.url).pathname;
      const feed = await o.t.app.inject({ method: 'GET', url: path });
      expect(feed.statusCode).toBe(200);
      expect(feed.headers['content-type']).toContain('text/calendar');
      const notice = (await derivedOf(contractId)).find(
        (a) => a.derivedKey === 'notice_deadline' && a.status === 'open',
      ) as Activity;
      expect(feed.body).toContain(`UID:${notice.id}@overblik`);
      expect(feed.body).toContain(`DTSTART;VALUE=DATE:${notice.dueOn.replaceAll('-', '')}`);
      expect(feed.body).toContain('Fagsystem (F-1)');
      expect(feed.body).toContain(`http://overblik.test/kontrakter/${contractId}`);
      const again = await o.t.app.inject({ method: 'GET', url: path });
      expect(again.body.match(/UID:[^\r\n]+/g)).toEqual(feed.body.match(/UID:[^\r\n]+/g));
      // A new address replaces the old one.
      const second = await o.org.reader.post(`${o.base}/calendar-feeds`, { kind: 'person' });
      expect((await o.t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
      expect((await o.org.reader.delete(`${o.base}/calendar-feeds/${second.data.id}`)).statusCode).toBe(204);
      expect((await o.t.app.inject({ method: 'GET', url: new URL(second.data.url).pathname })).statusCode).toBe(404);
      // The organisation's feed is for administrators.
      expect((await o.org.reader.post(`${o.base}/calendar-feeds`, { kind: 'organisation' })).statusCode).toBe(403);
      expect((await o.org.admin.post(`${o.base}/calendar-feeds`, { kind: 'organisation' })).statusCode).toBe(201);
    });

    it('builds the procurement plan from final ends and unused options, exports it and publishes it read-only', async () => {
      const end = addDays(addMonths(day, 20), 0);
      const c = await editor.post(`${o.base}/contracts`, {
        number: 'F-3',
        name: 'Driftsaftale',
        procurementForm: 'eu_udbud',
        inForceFrom: addDays(end, 1).replace(/^(\d{4})/, (y) => String(Number(y) - 3)),
        termKind: 'end_date',
        termEndsOn: end,
      });
      expect(c.statusCode).toBe(201);
      await editor.post(`${o.base}/contracts/${c.data.id}/options`, { kind: 'extension', periods: 2, periodMonths: 6 });
      const plan = await editor.get(`${o.base}/procurement-plan?horizonMonths=60`);
      const row = plan.data.items.find((i: { contractId: string }) => i.contractId === c.data.id);
      const latestEnd = addDays(addMonths(addDays(end, 1), 12), -1);
      expect(row).toMatchObject({ finalEnd: end, latestEnd, remainingOptionMonths: 12, leadMonths: 12, leadFromForm: true });
      expect(row.tenderStartBy).toBe(addMonths(addDays(latestEnd, 1), -12));

      expect((await o.org.admin.put(`${o.base}/procurement-lead-times/eu_udbud`, { months: 18 })).statusCode).toBe(200);
      const changed = (await editor.get(`${o.base}/procurement-plan?horizonMonths=60`)).data.items.find(
        (i: { contractId: string }) => i.contractId === c.data.id,
      );
      expect(changed.tenderStartBy).toBe(addMonths(addDays(latestEnd, 1), -18));
      expect((await editor.put(`${o.base}/procurement-lead-times/eu_udbud`, { months: 3 })).statusCode).toBe(403);

      const file = await editor.request('GET', `${o.base}/exports/procurement-plan?format=xlsx&horizonMonths=60`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Udbudsplan');
      const numbers = sheet?.getColumn(3).values.slice(2);
      expect(numbers).toContain('F-3');

      const link = await o.org.admin.post(`${o.base}/procurement-plan/public-link`, undefined);
      expect(link.statusCode).toBe(201);
      const token = new URL(link.data.url).pathname.split('/').pop() as string;
      const open = await o.t.app.inject({ method: 'GET', url: `/api/v1/public/procurement-plans/${token}` });
      expect(open.statusCode).toBe(200);
      expect(open.json().items.map((i: { contractName: string }) => i.contractName)).toContain('Driftsaftale');
      expect(open.body).not.toContain('F-3');
      expect((await o.org.admin.delete(`${o.base}/procurement-plan/public-link`)).statusCode).toBe(204);
      expect((await o.t.app.inject({ method: 'GET', url: `/api/v1/public/procurement-plans/${token}` })).statusCode).toBe(404);
    });
  });
}
