import { fixedClock } from '@overblik/core';
import { testDialects } from '@overblik/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type OrganisationApp, startOrganisationApp } from './harness.js';

type FollowUp = { activityId: string; kind: string; recurrence: string; dueOn: string };

for (const dialect of testDialects()) {
  describe(`supplier segmentation on ${dialect}`, () => {
    let o: OrganisationApp;
    let editor: Client;
    let admin: Client;
    let bigId: string;
    let smallId: string;
    beforeAll(async () => {
      o = await startOrganisationApp(dialect, '661', 'seg', fixedClock('2026-12-08T10:00:00Z'));
      editor = o.org.editor;
      admin = o.org.admin;
      const supplier = async (name: string, cvr: string) => {
        const r = await editor.post(`${o.base}/suppliers`, { name, cvr });
        expect(r.statusCode, r.body).toBe(201);
        return r.data.id as string;
      };
      bigId = await supplier('Stor Drift A/S', '30000005');
      smallId = await supplier('Lille Kursus ApS', '30000013');
      const contract = async (body: Record<string, unknown>) => {
        const r = await editor.post(`${o.base}/contracts`, {
          inForceFrom: '2025-01-01',
          termKind: 'ongoing',
          noticeMonths: 3,
          noticePeriodEnd: 'month',
          ...body,
        });
        expect(r.statusCode, r.body).toBe(201);
        return r.data.id as string;
      };
      await contract({
        number: 'S-1',
        name: 'ESDH-drift',
        supplierId: bigId,
        contractType: 'driftsaftale',
        annualCost: '1800000.00',
        criticality: 'kritisk',
        personalData: 'yes',
        transferability: 'difficult',
      });
      await contract({
        number: 'S-2',
        name: 'Kursus i regneark',
        supplierId: smallId,
        contractType: 'konsulentaftale',
        annualCost: '20000.00',
        criticality: 'lav',
        personalData: 'no',
        exitClause: 'Ingen binding',
        dataReturn: 'Ingen data',
        transferability: 'easy',
      });
    });
    afterAll(async () => {
      await o?.t.close();
    });

    it('proposes a segment for every supplier with the reasons of each factor', async () => {
      const r = await editor.get(`${o.base}/supplier-segments`);
      expect(r.statusCode).toBe(200);
      const big = r.data.items.find((i: { supplierId: string }) => i.supplierId === bigId);
      const small = r.data.items.find((i: { supplierId: string }) => i.supplierId === smallId);
      expect(big.proposal.segment).toBe('strategic');
      expect(small.proposal.segment).toBe('routine');
      expect(big.placement).toBeNull();
      expect(r.data.unplaced).toBeGreaterThanOrEqual(2);
      const detail = await editor.get(`${o.base}/suppliers/${bigId}/segment`);
      const lockIn = detail.data.proposal.factors.find((f: { factor: string }) => f.factor === 'lockIn');
      expect(lockIn).toMatchObject({
        contract: 'S-1 ESDH-drift',
        signs: ['noExitClause', 'noDataReturn', 'poorTransferability'],
        score: 100,
      });
      const spend = detail.data.proposal.factors.find((f: { factor: string }) => f.factor === 'annualSpend');
      expect(spend).toMatchObject({ contractSpend: '1800000.00', invoiceSpend: null, score: 100 });
    });

    it('sorts contracts by criticality in the order of the scale', async () => {
      const numbers = async (sort: string) =>
        (await editor.get(`${o.base}/contracts?sort=${sort}`)).data.items.map((c: { number: string }) => c.number);
      // The fixture's own contract has no criticality: it comes last both ways.
      expect(await numbers('criticality')).toEqual(['S-2', 'S-1', 'KTR-seg']);
      expect(await numbers('-criticality')).toEqual(['S-1', 'S-2', 'KTR-seg']);
    });

    it('confirms the proposal, keeps it with the placement and creates the quarterly follow-ups', async () => {
      const r = await editor.put(`${o.base}/suppliers/${bigId}/segment`, { segment: 'strategic' });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.data.placement).toMatchObject({
        segment: 'strategic',
        proposedSegment: 'strategic',
        overridden: false,
        confirmedOn: '2026-12-08',
      });
      const followUps = (r.data.followUps as FollowUp[]).map((f) => [f.kind, f.recurrence, f.dueOn]).sort();
      expect(followUps).toEqual([
        ['status_meeting', 'quarterly', '2027-03-31'],
        ['strategic_meeting', 'yearly', '2027-12-31'],
        ['supplier_evaluation', 'quarterly', '2027-03-31'],
      ]);
      const activities = await editor.get(`${o.base}/activities?supplierId=${bigId}&status=all`);
      expect(activities.data.items.filter((a: { type: string }) => a.type === 'supplier_evaluation')).toHaveLength(1);
    });

    it('counts a held status meeting with the supplier as this quarter’s follow-up', async () => {
      const meeting = await editor.post(`${o.base}/meetings`, { title: 'Kvartalsmøde', heldOn: '2027-01-15', supplierId: bigId });
      expect(meeting.statusCode, meeting.body).toBe(201);
      const held = await editor.patch(`${o.base}/meetings/${meeting.data.id}`, { status: 'held' });
      expect(held.statusCode, held.body).toBe(200);
      const r = await editor.get(`${o.base}/suppliers/${bigId}/segment`);
      const status = (r.data.followUps as FollowUp[]).find((f) => f.kind === 'status_meeting');
      expect(status?.dueOn).toBe('2027-06-30');
      const activity = await editor.get(`${o.base}/activities/${status?.activityId}`);
      expect(activity.data.done).toMatchObject({ on: '2027-03-31', note: 'Kvartalsmøde 15. januar 2027' });
    });

    it('refuses another segment without a reason, names the field, and keeps the override with its reason', async () => {
      const refused = await editor.put(`${o.base}/suppliers/${bigId}/segment`, { segment: 'routine' });
      expect(refused.statusCode).toBe(400);
      expect(refused.data.errors).toEqual([expect.objectContaining({ field: '/reason', code: 'segment_reason_required' })]);
      const r = await editor.put(`${o.base}/suppliers/${bigId}/segment`, { segment: 'routine', reason: 'Udfases i 2027.' });
      expect(r.statusCode).toBe(200);
      expect(r.data.placement).toMatchObject({ segment: 'routine', overridden: true, reason: 'Udfases i 2027.' });
      // Routine: only the yearly evaluation is left, re-anchored on the earlier of its due date and the new first date.
      expect((r.data.followUps as FollowUp[]).map((f) => [f.kind, f.recurrence, f.dueOn])).toEqual([
        ['supplier_evaluation', 'yearly', '2027-03-31'],
      ]);
      const matrix = await editor.get(`${o.base}/supplier-segments?differs=true`);
      expect(matrix.data.items.map((i: { supplierId: string }) => i.supplierId)).toEqual([]);
    });

    it('marks a placement whose proposal now differs', async () => {
      await editor.put(`${o.base}/suppliers/${smallId}/segment`, { segment: 'routine' });
      await editor.post(`${o.base}/contracts`, {
        number: 'S-3',
        name: 'Lønsystem',
        supplierId: smallId,
        contractType: 'driftsaftale',
        inForceFrom: '2025-01-01',
        termKind: 'ongoing',
        annualCost: '2500000.00',
        criticality: 'kritisk',
        personalData: 'yes',
      });
      const matrix = await editor.get(`${o.base}/supplier-segments?differs=true`);
      expect(matrix.data.items).toEqual([
        expect.objectContaining({
          supplierId: smallId,
          differs: true,
          placement: expect.objectContaining({ segment: 'routine' }),
        }),
      ]);
      expect(matrix.data.differing).toBe(1);
    });

    it('lets only administrators change the settings, and applies a changed regime to placed suppliers', async () => {
      const denied = await editor.patch(`${o.base}/segment-settings`, { highFrom: 40 });
      expect(denied.statusCode).toBe(403);
      const r = await admin.patch(`${o.base}/segment-settings`, {
        segmentLabels: { routine: 'Basis' },
        regime: {
          routine: [
            { kind: 'supplier_evaluation', recurrence: 'yearly' },
            { kind: 'status_meeting', recurrence: 'yearly' },
          ],
        },
      });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.data.segmentLabels.routine).toBe('Basis');
      expect(r.data.isDefault).toBe(false);
      const small = await editor.get(`${o.base}/suppliers/${smallId}/segment`);
      expect((small.data.followUps as FollowUp[]).map((f) => f.kind).sort()).toEqual(['status_meeting', 'supplier_evaluation']);
      const twice = await admin.patch(`${o.base}/segment-settings`, {
        regime: {
          routine: [
            { kind: 'status_meeting', recurrence: 'yearly' },
            { kind: 'status_meeting', recurrence: 'monthly' },
          ],
        },
      });
      expect(twice.statusCode).toBe(400);
    });

    it('keeps regime activities from being edited as if they were the organisation’s own', async () => {
      const small = await editor.get(`${o.base}/suppliers/${smallId}/segment`);
      const id = (small.data.followUps as FollowUp[])[0]?.activityId;
      const r = await editor.patch(`${o.base}/activities/${id}`, { anchorOn: '2027-05-01' });
      expect(r.statusCode).toBe(409);
      expect(r.data.code).toBe('activity_from_segment');
      const ok = await editor.patch(`${o.base}/activities/${id}`, { description: 'Brug skabelonen.' });
      expect(ok.statusCode).toBe(200);
    });

    it('audits the placement with who and what', async () => {
      const log = await admin.get(`${o.base}/audit?entityType=supplier_segment`);
      expect(log.statusCode, log.body).toBe(200);
      expect(log.data.items.length).toBeGreaterThanOrEqual(3);
    });

    it('exports the matrix as xlsx and csv', async () => {
      const xlsx = await editor.get(`${o.base}/exports/supplier-segments?format=xlsx`);
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('Segmentering');
      expect(sheet?.getRow(1).getCell(1).value).toBe('Leverandør');
      const csv = await editor.get(`${o.base}/exports/supplier-segments?format=csv`);
      expect(csv.body).toContain('Stor Drift A/S');
      expect(csv.body).toContain('Basis');
    });

    it('removes the placements with the supplier', async () => {
      const s = await editor.post(`${o.base}/suppliers`, { name: 'Kortvarig A/S', cvr: '30000021' });
      await editor.put(`${o.base}/suppliers/${s.data.id}/segment`, { segment: 'routine' });
      const deleted = await editor.delete(`${o.base}/suppliers/${s.data.id}`);
      expect(deleted.statusCode).toBe(204);
    });
  });
}
