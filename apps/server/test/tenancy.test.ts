import { fixedClock } from '@overblik/core';
import { AUDITED_ENTITIES, type AuditedTable } from '@overblik/db';
import { testDialects } from '@overblik/db/testing';
import { runReminders } from '@overblik/server';
import type { RouteOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoiceXml } from './fixtures/invoice-xml.js';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  bearer,
  type Client,
  logIn,
  MEMBER_PASSWORD,
  type OrgFixture,
  organisationFixture,
  startTestApp,
  type TestApp,
} from './harness.js';

/**
 * Walks every registered route as callers from organisation B against organisation A's objects and
 * proves that nothing of A is read or changed. A route added later is covered automatically; a new
 * path parameter must get a fixture below, and a new body route must document a valid example.
 */
for (const dialect of testDialects()) {
  describe(`tenancy on ${dialect}`, () => {
    let t: TestApp;
    let a: OrgFixture;
    let b: OrgFixture;
    let sysadmin: Client;
    let aNotificationId: string;
    let aMailId: string;
    let aProjectId: string;
    let aInvitationId: string;
    let aGovernance: { bodyId: string; bodyMemberId: string; levelId: string; participantId: string; centralRoleId: string };
    let aMeeting: { meetingId: string; itemId: string; decisionId: string; actionId: string };
    let aEscalationId: string;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      a = await organisationFixture(t.app, sysadmin, '101', 'a');
      b = await organisationFixture(t.app, sysadmin, '751', 'b');
      // A's reminders: a notification for its administrator, and a queued mail (there is no SMTP here).
      await runReminders(t.database.db, { config: t.config, mailer: null, clock: fixedClock('2027-03-10T09:00:00Z') });
      const notification = await t.database.db
        .selectFrom('notifications')
        .select('id')
        .where('organisationId', '=', a.organisationId)
        .executeTakeFirstOrThrow();
      aNotificationId = notification.id;
      // A joint organisation's project with A as a member: A's statement of it is A's to read, and no one else's.
      const joint = await sysadmin.post('/api/v1/organisations', { kind: 'fællesskab', name: 'Fællesskab a', cvr: null });
      const project = await sysadmin.post(`/api/v1/organisations/${joint.data.id}/cost-projects`, {
        name: 'Fællesprojekt a',
        period: { start: '2026-01-01', end: '2027-12-31' },
        model: { kind: 'shares', years: [{ year: 2026, costs: '1000' }], split: { kind: 'equal' } },
        members: [{ municipalityCode: '101', availableFrom: '2026-01-01' }],
      });
      if (project.statusCode !== 201) throw new Error(`create cost project: ${project.body}`);
      aProjectId = project.data.id;
      // An open invitation of A's, of an address no one in B has.
      const invited = await a.admin.post(`/api/v1/organisations/${a.organisationId}/members`, {
        email: 'gaest-a@kommune.test',
        role: 'læser',
      });
      if (invited.statusCode !== 201) throw new Error(`invite: ${invited.body}`);
      aInvitationId = invited.data.invitation.id;
      // A's governance body with a member, a collaboration level with a participant, and a central role.
      const aBase = `/api/v1/organisations/${a.organisationId}`;
      const body = await a.admin.post(`${aBase}/governance-bodies`, { name: 'Styringsorgan a' });
      const bodyMember = await a.admin.post(`${aBase}/governance-bodies/${body.data.id}/members`, { userId: a.readerUserId });
      const level = await a.admin.post(`${aBase}/suppliers/${a.supplierId}/collaboration/levels`, { name: 'Niveau a' });
      const participant = await a.admin.post(
        `${aBase}/suppliers/${a.supplierId}/collaboration/levels/${level.data.id}/participants`,
        {
          contactId: a.contactId,
          role: 'Kundeansvarlig',
        },
      );
      const centralRole = await a.admin.post(`${aBase}/central-roles`, { role: 'systemejer', userId: a.readerUserId });
      for (const r of [body, bodyMember, level, participant, centralRole])
        if (r.statusCode !== 201) throw new Error(`governance fixture: ${r.body}`);
      aGovernance = {
        bodyId: body.data.id,
        bodyMemberId: bodyMember.data.id,
        levelId: level.data.id,
        participantId: participant.data.id,
        centralRoleId: centralRole.data.id,
      };
      aMailId = crypto.randomUUID();
      const now = new Date().toISOString();
      await t.database.db
        .insertInto('mailOutbox')
        .values({
          id: aMailId,
          organisationId: a.organisationId,
          dedupeKey: `test:${aMailId}`,
          recipient: 'admin-a@kommune.test',
          subject: 'Påmindelse a',
          body: 'Kontrakt a',
          status: 'failed',
          attempts: 8,
          nextAttemptAt: now,
          claimedUntil: null,
          lastError: 'test',
          sentAt: null,
          late: 0,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      // A's status meeting with its agenda, a decision and an action (issue 18).
      const meeting = await a.admin.post(`${aBase}/meetings`, {
        title: 'Statusmøde a',
        heldOn: '2027-03-10',
        supplierId: a.supplierId,
        participants: [{ kind: 'contact', contactId: a.contactId }],
      });
      if (meeting.statusCode !== 201) throw new Error(`create meeting: ${meeting.body}`);
      const agenda = await a.admin.post(`${aBase}/meetings/${meeting.data.id}/agenda/collect`, {});
      const decided = await a.admin.post(`${aBase}/meetings/${meeting.data.id}/decisions`, { text: 'Beslutning a' });
      const acted = await a.admin.post(`${aBase}/meetings/${meeting.data.id}/actions`, {
        title: 'Aktion a',
        dueOn: '2027-04-01',
      });
      aMeeting = {
        meetingId: meeting.data.id,
        itemId: agenda.data.agenda[0].id,
        decisionId: decided.data.decisions[0].id,
        actionId: acted.data.actions[0].id,
      };
      // An escalation of A's from its meeting to its governance body.
      const escalated = await a.admin.post(`${aBase}/escalations`, {
        fromMeetingId: meeting.data.id,
        title: 'Eskalering a',
        toBodyId: body.data.id,
      });
      if (escalated.statusCode !== 201) throw new Error(`escalate: ${escalated.body}`);
      aEscalationId = escalated.data.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    /** Everything of A that B must neither see nor change: its row, every audited tenant table, its members' accounts. */
    async function snapshotOfA() {
      const db = t.database.db;
      const id = a.organisationId;
      const tenantTables = (Object.keys(AUDITED_ENTITIES) as AuditedTable[]).filter(
        (x) => x !== 'organisations' && x !== 'users',
      );
      const rows: Record<string, unknown> = {
        organisation: await db.selectFrom('organisations').selectAll().where('id', '=', id).execute(),
        audit: await db.selectFrom('auditEvents').select('id').where('organisationId', '=', id).orderBy('id').execute(),
        users: await db
          .selectFrom('users')
          .innerJoin('memberships', 'memberships.userId', 'users.id')
          .select(['users.id', 'users.name', 'users.passwordHash', 'users.locale', 'users.disabledAt', 'users.reminderDelivery'])
          .where('memberships.organisationId', '=', id)
          .orderBy('users.id')
          .execute(),
      };
      for (const table of [...tenantTables, 'notifications', 'mailOutbox', 'reminders', 'invoiceLines']) {
        rows[table] = await (db as unknown as Kysely<Record<string, { organisationId: string; id: string }>>)
          .selectFrom(table)
          .selectAll()
          .where('organisationId', '=', id)
          .orderBy('id')
          .execute();
      }
      return JSON.stringify(rows);
    }

    function markersOfA(): string[] {
      return [
        a.organisationId,
        a.unitId,
        a.readerMemberId,
        a.adminMemberId,
        a.token.id,
        a.supplierId,
        a.contactId,
        a.contractId,
        a.priceElementId,
        a.optionId,
        a.documentId,
        'bilag-a',
        'KTR-a',
        'Kontrakt a',
        'Priselement a',
        'Digitalisering a',
        'Leverandør a',
        'Kontakt a',
        '-a@kommune.test',
        aProjectId,
        'Fællesprojekt a',
        aInvitationId,
        'Styringsorgan a',
        'Niveau a',
        ...Object.values(aGovernance),
        'Statusmøde a',
        'Beslutning a',
        'Eskalering a',
      ];
    }

    function pathFor(route: RouteOptions): string {
      const query = (route.schema as { querystring?: { examples?: Record<string, string>[] } } | undefined)?.querystring
        ?.examples?.[0];
      const search = query ? `?${new URLSearchParams(query)}` : '';
      return `${route.url}${search}`.replace(/:(\w+)/g, (_, name: string) => {
        const fixture: Record<string, string> = {
          organisationId: a.organisationId,
          unitId: a.unitId,
          memberId: a.readerMemberId,
          tokenId: a.token.id,
          userId: a.readerUserId,
          supplierId: a.supplierId,
          contactId: a.contactId,
          contractId: a.contractId,
          priceElementId: a.priceElementId,
          optionId: a.optionId,
          documentId: a.documentId,
          versionId: a.versionId,
          list: 'supplier_classification',
          // A preference (a fixed set of keys) or an option of a list.
          key: route.url.includes('/me/preferences/') ? 'contracts.columns' : 'strategisk',
          activityId: a.activityId,
          feedId: a.feedId,
          invoiceId: a.invoiceId,
          projectId: aProjectId,
          invitationId: aInvitationId,
          lineId: '1',
          mappingId: a.orderReferenceId,
          notificationId: aNotificationId,
          mailId: aMailId,
          activityType: 'status_meeting',
          procurementForm: 'eu_udbud',
          // Secret links are reached by their secret alone; a made-up one must open nothing.
          file: `${'x'.repeat(43)}.ics`,
          token: 'y'.repeat(43),
          bodyId: aGovernance.bodyId,
          bodyMemberId: aGovernance.bodyMemberId,
          levelId: aGovernance.levelId,
          participantId: aGovernance.participantId,
          centralRoleId: aGovernance.centralRoleId,
          meetingId: aMeeting.meetingId,
          itemId: aMeeting.itemId,
          decisionId: aMeeting.decisionId,
          actionId: aMeeting.actionId,
          escalationId: aEscalationId,
        };
        const value = fixture[name];
        if (!value) throw new Error(`tenancy.test.ts has no fixture for path parameter :${name} (route ${route.url})`);
        return value;
      });
    }

    /** The documented example body, pointed at A's objects wherever it names an organisation or unit. */
    function bodyFor(route: RouteOptions): unknown {
      const schema = route.schema as { body?: { examples?: unknown[]; content?: unknown } } | undefined;
      if (!schema?.body || schema.body.content) return undefined;
      const example = schema.body.examples?.[0];
      if (example === undefined) throw new Error(`${route.method} ${route.url} documents no example body`);
      const json = JSON.stringify(example, (key, value) =>
        key === 'organisationId' ? a.organisationId : key === 'parentId' ? a.unitId : value,
      );
      return JSON.parse(json);
    }

    function routes(): RouteOptions[] {
      return t.app.routeList.filter((r) => !String(r.url).includes('*'));
    }

    it('registers the routes the walk expects (sanity)', () => {
      const urls = routes().map((r) => `${r.method} ${r.url}`);
      expect(urls).toContain('POST /api/v1/tokens');
      expect(urls).toContain('DELETE /api/v1/organisations/:organisationId/units/:unitId');
      expect(routes().length).toBeGreaterThan(20);
    });

    const callers: Array<[string, () => Promise<Client>]> = [
      ['an administrator of B (session)', () => logIn(t.app, 'admin-b@kommune.test', MEMBER_PASSWORD)],
      ['a redaktør of B (session)', () => logIn(t.app, 'redaktoer-b@kommune.test', MEMBER_PASSWORD)],
      ['a read-write API token of B', async () => bearer(t.app, b.token.secret)],
    ];

    for (const [who, makeCaller] of callers) {
      it(`lets ${who} neither read nor change anything of A on any route`, async () => {
        const failures: string[] = [];
        for (const route of routes()) {
          for (const method of [route.method].flat()) {
            const caller = await makeCaller();
            // Invoice intake names its organisation in the query: B sends an invoice addressed to A, to A.
            const intake = route.url === '/api/v1/invoices';
            const url = intake ? `/api/v1/invoices?organisationId=${a.organisationId}` : pathFor(route);
            const before = await snapshotOfA();
            const response = await caller.request(
              method,
              url,
              intake
                ? Buffer.from(invoiceXml({ number: 'FREMMED-1', buyerCvr: '29189919', lines: [] }))
                : method === 'GET' || method === 'HEAD'
                  ? undefined
                  : bodyFor(route),
              intake ? { 'content-type': 'application/xml' } : {},
            );
            if (intake && response.statusCode !== 404) failures.push(`intake into A answered ${response.statusCode}`);
            const after = await snapshotOfA();
            const label = `${method} ${route.url} → ${response.statusCode}`;
            if (after !== before) failures.push(`${label}: changed A's data`);
            const leaked = markersOfA().filter((m) => response.body.includes(m));
            if (leaked.length > 0) failures.push(`${label}: response contains ${leaked.join(', ')}`);
            if (route.url.includes(':organisationId') && ![403, 404].includes(response.statusCode)) {
              failures.push(`${label}: expected 403 or 404 on A's organisation`);
            }
            if (response.statusCode === 400) failures.push(`${label}: example did not validate: ${response.body}`);
            if (response.statusCode >= 500) failures.push(`${label}: server error ${response.body}`);
          }
        }
        expect(failures).toEqual([]);
        // Every route, three snapshots of A each: it grows with the API, so it has more time than one request.
      }, 120_000);
    }

    it("B's own log, filtered by A's objects or not, finds and names nothing of A", async () => {
      const base = `/api/v1/organisations/${b.organisationId}/audit`;
      for (const [entityType, entityId] of [
        ['contract', a.contractId],
        ['supplier', a.supplierId],
        ['price_element', a.priceElementId],
        ['user', a.readerUserId],
      ]) {
        const filtered = await b.admin.get(`${base}?entityType=${entityType}&entityId=${entityId}`);
        expect(filtered.statusCode).toBe(200);
        expect(filtered.data.items).toEqual([]);
        expect((await b.admin.get(`${base}?subjectId=${entityId}`)).data.items).toEqual([]);
      }
      const all = await b.admin.get(`${base}?limit=200`);
      expect(all.data.items.length).toBeGreaterThan(0);
      expect(markersOfA().filter((m) => all.body.includes(m))).toEqual([]);
      // The joint organisation's project names A as a member by id only: A's name is not the joint organisation's to tell.
      const jointId = (await sysadmin.get('/api/v1/organisations?q=Fællesskab a')).data.items[0].id;
      const joint = await sysadmin.get(`/api/v1/organisations/${jointId}/audit?entityType=cost_project_member`);
      const member = joint.data.items[0];
      expect(member.references[a.organisationId]).toMatchObject({ name: null });
    });

    it('the same routes do work for A itself (the walk is not vacuous)', async () => {
      const base = `/api/v1/organisations/${a.organisationId}`;
      expect((await a.admin.get(`${base}/units`)).data.items.map((u: { id: string }) => u.id)).toContain(a.unitId);
      expect((await a.admin.get(`${base}/members`)).statusCode).toBe(200);
      expect((await a.admin.get(`${base}/invitations`)).data.items.map((i: { id: string }) => i.id)).toEqual([aInvitationId]);
      expect((await a.reader.get(`${base}/cost-sharing/${aProjectId}`)).data.member.code).toBe('101');
      expect((await bearer(t.app, a.token.secret).get(`${base}/audit`)).statusCode).toBe(200);
      expect((await a.admin.delete(`/api/v1/tokens/${a.token.id}`)).statusCode).toBe(204);
    });
  });
}
