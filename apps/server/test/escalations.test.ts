import { fixedClock } from '@overblik/core';
import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type OrganisationApp, startOrganisationApp } from './harness.js';

type Level = { id: string; name: string; position: number };
type Body = { id: string; name: string; key: string | null };

for (const dialect of testDialects()) {
  describe(`escalations on ${dialect}`, () => {
    let o: OrganisationApp;
    let editor: Client;
    let levels: Level[];
    let board: Body;
    beforeAll(async () => {
      o = await startOrganisationApp(dialect, '665', 'esc', fixedClock('2027-01-25T09:00:00Z'));
      editor = o.org.editor;
      const bodies = await o.org.admin.post(`${o.base}/governance-bodies/drejebog`, {});
      expect(bodies.statusCode, bodies.body).toBeLessThan(300);
      const all = (await editor.get(`${o.base}/governance-bodies`)).data.items as Body[];
      board = all.find((b) => b.name === 'Leverandørstyringsudvalg') as Body;
      const collaboration = await editor.post(`${o.base}/suppliers/${o.org.supplierId}/collaboration/defaults`, {});
      expect(collaboration.statusCode, collaboration.body).toBe(200);
      levels = collaboration.data.levels;
      const [top, tactical] = [levels[0] as Level, levels[1] as Level];
      await editor.patch(`${o.base}/suppliers/${o.org.supplierId}/collaboration/levels/${top.id}`, {
        escalationBodyId: board.id,
      });
      await editor.patch(`${o.base}/suppliers/${o.org.supplierId}/collaboration/levels/${tactical.id}`, { escalationDays: 10 });
    });
    afterAll(async () => {
      await o?.t.close();
    });

    it('sends an issue one step up, due by the receiving level’s limit, with an activity that reminds it', async () => {
      const operational = levels[2] as Level;
      const r = await editor.post(`${o.base}/escalations`, {
        supplierId: o.org.supplierId,
        fromLevelId: operational.id,
        title: 'Svartider over SLA',
      });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.data).toMatchObject({
        to: { kind: 'level', name: 'Taktisk' },
        raisedAt: 'Operationelt',
        dueOn: '2027-02-04',
        status: 'open',
      });
      const activity = await editor.get(`${o.base}/activities/${r.data.activityId}`);
      expect(activity.data).toMatchObject({
        type: 'escalation',
        dueOn: '2027-02-04',
        title: 'Eskaleret til Taktisk: Svartider over SLA',
      });
    });

    it('sends an issue from the top level to the governance body it names', async () => {
      const r = await editor.post(`${o.base}/escalations`, {
        supplierId: o.org.supplierId,
        fromLevelId: (levels[0] as Level).id,
        title: 'Uenighed om bod',
      });
      expect(r.data.to).toEqual({ kind: 'body', bodyId: board.id, name: 'Leverandørstyringsudvalg' });
      expect(r.data.dueOn).toBeNull();
    });

    it('refuses a top level without a body to go to, naming the field', async () => {
      const other = await editor.post(`${o.base}/suppliers`, { name: 'Uden organ A/S', cvr: '31000017' });
      const defaults = await editor.post(`${o.base}/suppliers/${other.data.id}/collaboration/defaults`, {});
      const r = await editor.post(`${o.base}/escalations`, {
        supplierId: other.data.id,
        fromLevelId: defaults.data.levels[0].id,
        title: 'Ingen at gå til',
      });
      expect(r.statusCode).toBe(400);
      expect(r.data.errors).toEqual([expect.objectContaining({ field: '/toBodyId', code: 'no_escalation_target' })]);
    });

    it('puts an item escalated from a status meeting on the body’s next agenda, and resolves it by the body’s decision', async () => {
      const meeting = await editor.post(`${o.base}/meetings`, {
        title: 'Statusmøde',
        heldOn: '2027-01-20',
        supplierId: o.org.supplierId,
        collaborationLevel: 'Strategisk',
      });
      expect(meeting.statusCode, meeting.body).toBe(201);
      const item = await editor.put(`${o.base}/meetings/${meeting.data.id}/agenda`, {
        items: [{ title: 'Leverandøren afviser kravet om bod' }],
      });
      expect(item.statusCode, item.body).toBe(200);
      const escalated = await editor.post(`${o.base}/escalations`, {
        fromMeetingId: meeting.data.id,
        fromAgendaItemId: item.data.agenda[0].id,
        title: 'Leverandøren afviser kravet om bod',
      });
      expect(escalated.statusCode, escalated.body).toBe(201);
      expect(escalated.data).toMatchObject({
        raisedAt: 'Statusmøde 20. januar 2027',
        to: { kind: 'body', name: 'Leverandørstyringsudvalg' },
      });

      const boardMeeting = await editor.post(`${o.base}/meetings`, {
        title: 'Leverandørstyringsudvalget',
        heldOn: '2027-02-15',
        governanceBodyId: board.id,
      });
      expect(boardMeeting.statusCode, boardMeeting.body).toBe(201);
      const agenda = await editor.post(`${o.base}/meetings/${boardMeeting.data.id}/agenda/collect`, {});
      const titles = (agenda.data.agenda as Array<{ title: string; source: string | null }>)
        .filter((i) => i.source === 'escalations')
        .map((i) => i.title);
      expect(titles).toContain('Eskaleret fra Statusmøde 20. januar 2027 (Leverandør esc): Leverandøren afviser kravet om bod');
      const escalatedItem = (agenda.data.agenda as Array<{ id: string; reference: string | null }>).find(
        (i) => i.reference === escalated.data.id,
      );
      const onBoard = await editor.get(`${o.base}/escalations?governanceBodyId=${board.id}&status=open`);
      expect(onBoard.data.items.find((e: { id: string }) => e.id === escalated.data.id).onAgendaOf).toEqual([
        { meetingId: boardMeeting.data.id, title: 'Leverandørstyringsudvalget', heldOn: '2027-02-15' },
      ]);

      await editor.post(`${o.base}/meetings/${boardMeeting.data.id}/decisions`, {
        agendaItemId: escalatedItem?.id,
        text: 'Boden fastholdes.',
      });
      await editor.patch(`${o.base}/meetings/${boardMeeting.data.id}`, { status: 'held' });
      const approved = await editor.post(`${o.base}/meetings/${boardMeeting.data.id}/approve`, {});
      expect(approved.statusCode, approved.body).toBe(200);
      const after = (await editor.get(`${o.base}/escalations?governanceBodyId=${board.id}`)).data.items.find(
        (e: { id: string }) => e.id === escalated.data.id,
      );
      expect(after).toMatchObject({ status: 'resolved', resolvedOn: '2027-01-25' });
      expect(after.resolution).toContain('Boden fastholdes.');
    });

    it('keeps a governance body with open escalations or meetings from being deleted', async () => {
      const r = await o.org.admin.delete(`${o.base}/governance-bodies/${board.id}`);
      expect(r.statusCode).toBe(409);
      expect(r.data.code).toBe('governance_body_in_use');
    });

    it('resolves by hand and marks the activity done', async () => {
      const list = await editor.get(`${o.base}/escalations?supplierId=${o.org.supplierId}&status=open`);
      const withActivity = list.data.items.find((e: { activityId: string | null }) => e.activityId);
      const r = await editor.patch(`${o.base}/escalations/${withActivity.id}`, {
        status: 'resolved',
        resolution: 'Løst på taktisk niveau.',
      });
      expect(r.data).toMatchObject({ status: 'resolved', resolution: 'Løst på taktisk niveau.' });
      const activity = await editor.get(`${o.base}/activities/${withActivity.activityId}`);
      expect(activity.data.status).toBe('done');
    });
  });
}
