import { addDays, type CalendarDate } from '@overblik/core';
import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../src/documents/extract-text.js';
import { invoiceXml } from './fixtures/invoice-xml.js';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  logIn,
  type OrgFixture,
  organisationFixture,
  startTestApp,
  type TestApp,
} from './harness.js';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from './smtp.js';

/*
 * Status meetings (issue 18): a meeting with a supplier gets an activity on its day; its agenda is the template
 * plus what the register knows (here an invoice with a price above the contract's); the minutes hold notes,
 * decisions and actions (a member's action becomes an activity); approving locks them and mails them once per
 * recipient, with the PDF attached, through the outbox to a real SMTP server on 127.0.0.1.
 */

const FROM = 'Overblik <overblik@kommune.test>';

for (const dialect of testDialects()) {
  describe(`status meetings on ${dialect}`, () => {
    let smtp: TestSmtp;
    let t: TestApp;
    let a: OrgFixture;
    let base: string;
    let today: CalendarDate;
    let adminUserId: string;
    let contactId: string;
    let meetingId: string;

    beforeAll(async () => {
      smtp = await startTestSmtp();
      t = await startTestApp(dialect, { OVERBLIK_SMTP_URL: smtp.url, OVERBLIK_MAIL_FROM: FROM, OVERBLIK_RUN_JOBS: 'true' });
      const sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      a = await organisationFixture(t.app, sysadmin, '101', 'a');
      base = `/api/v1/organisations/${a.organisationId}`;
      today = t.clock.today();
      adminUserId = (await a.admin.get('/api/v1/me')).data.user.id;
      const contact = await a.admin.post(`${base}/suppliers/${a.supplierId}/contacts`, {
        name: 'Bo Leverandør',
        email: 'bo@leverandoer.test',
      });
      contactId = contact.data.id;
      // An invoice on the contract (its order reference is remembered) at 150 kr. where the price element says 100.
      const organisation = await a.admin.get(base);
      const received = await a.admin.request(
        'POST',
        `/api/v1/invoices?organisationId=${a.organisationId}`,
        Buffer.from(
          invoiceXml({
            number: 'FAK-AFVIG-1',
            buyerCvr: organisation.data.cvr,
            orderReference: 'PO-a',
            lines: [{ id: '1', name: '1 Priselement a', quantity: '1', price: '150' }],
          }),
        ),
        { 'content-type': 'application/xml' },
      );
      if (received.statusCode >= 300) throw new Error(`receive invoice: ${received.body}`);
      // The fixtures' own mails (setup links) are delivered before the test counts mails.
      const deadline = Date.now() + 15_000;
      const undelivered = () =>
        t.database.db.selectFrom('mailOutbox').select('id').where('status', 'in', ['pending', 'sending']).execute();
      while ((await undelivered()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    });
    afterAll(async () => {
      await t?.close();
      await smtp?.close();
    });

    // The minutes' mails (the reminder run may mail the same people about their activities).
    const mailsTo = (address: string) => smtp.accepted.filter((m) => m.to.includes(address) && m.subject.startsWith('Referat:'));

    it('creates a meeting with participants from both sides and an activity on its day, kept in step', async () => {
      const created = await a.editor.post(`${base}/meetings`, {
        title: 'Statusmøde om økonomisystemet',
        heldOn: addDays(today, 7),
        startsAt: '10:00',
        supplierId: a.supplierId,
        contractId: a.contractId,
        forum: 'Driftsmøde',
        location: 'Rådhuset',
        participants: [
          { kind: 'member', userId: adminUserId },
          { kind: 'contact', contactId },
          { kind: 'guest', name: 'Kim Konsulent', email: 'Kim@Konsulent.test' },
        ],
      });
      expect(created.statusCode, created.body).toBe(201);
      meetingId = created.data.id;
      expect(created.data.status).toBe('planned');
      expect(created.data.participants.map((p: { name: string }) => p.name)).toEqual([
        'administrator a',
        'Bo Leverandør',
        'Kim Konsulent',
      ]);
      const activity = await a.editor.get(`${base}/activities/${created.data.activityId}`);
      expect(activity.data).toMatchObject({
        type: 'status_meeting',
        dueOn: addDays(today, 7),
        meetingId,
        contractId: a.contractId,
      });

      const moved = await a.editor.patch(`${base}/meetings/${meetingId}`, { heldOn: addDays(today, 8) });
      expect(moved.statusCode, moved.body).toBe(200);
      expect((await a.editor.get(`${base}/activities/${created.data.activityId}`)).data.dueOn).toBe(addDays(today, 8));
    });

    it('refuses a meeting of no one, a contract of another supplier and a contact that is not the supplier’s, naming the fields', async () => {
      const none = await a.editor.post(`${base}/meetings`, { title: 'Møde', heldOn: today });
      expect(none.statusCode).toBe(400);
      expect(none.data.errors).toEqual([expect.objectContaining({ field: '/supplierId', code: 'meeting_subject' })]);
      const other = await a.editor.post(`${base}/suppliers`, { name: 'Anden leverandør', country: 'SE', foreignId: 'SE-x' });
      const wrong = await a.editor.post(`${base}/meetings`, {
        title: 'Møde',
        heldOn: today,
        supplierId: other.data.id,
        contractId: a.contractId,
        participants: [{ kind: 'contact', contactId }],
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.data.errors.map((e: { code: string }) => e.code).sort()).toEqual(['contract_of_other_supplier']);
      const contact = await a.editor.post(`${base}/meetings`, {
        title: 'Møde',
        heldOn: today,
        supplierId: other.data.id,
        participants: [{ kind: 'contact', contactId }],
      });
      expect(contact.data.errors).toEqual([
        expect.objectContaining({ field: '/participants/0/contactId', code: 'not_a_supplier_contact' }),
      ]);
    });

    it('collects the agenda: the template, with the open invoice deviation under finance; collecting again adds nothing', async () => {
      const collected = await a.editor.post(`${base}/meetings/${meetingId}/agenda/collect`, {});
      expect(collected.statusCode, collected.body).toBe(200);
      const titles: string[] = collected.data.agenda.map((i: { title: string }) => i.title);
      expect(titles[0]).toBe('Opfølgning på aktioner');
      expect(titles.at(-1)).toBe('Eventuelt');
      const finance = titles.indexOf('Økonomi og fakturering');
      const at = titles.findIndex((x) => x.startsWith('Faktura FAK-AFVIG-1'));
      expect(titles[at]).toMatch(/^Faktura FAK-AFVIG-1 af .*: \d+ afvigelser? \(50,00 kr\.\) afventer afgørelse$/);
      // Under the finance item: the invoices with open deviations (also the fixture's own) follow it.
      expect(at).toBeGreaterThan(finance);
      expect(titles.slice(finance + 1, at + 1).every((x) => x.startsWith('Faktura '))).toBe(true);
      const invoiceItem = collected.data.agenda[at];
      expect(invoiceItem).toMatchObject({ source: 'invoice_deviations', sourceLabel: 'Åbne fakturaafvigelser og tvister' });
      const again = await a.editor.post(`${base}/meetings/${meetingId}/agenda/collect`, { periodMonths: 3 });
      expect(again.data.agenda).toHaveLength(collected.data.agenda.length);

      // The minutes: notes on the invoice item, a decision on it, and a reordering with an item added by hand.
      const notes = await a.editor.patch(`${base}/meetings/${meetingId}/agenda/${invoiceItem.id}`, {
        notes: 'Leverandøren anerkender prisen på 100 kr.',
      });
      expect(notes.statusCode, notes.body).toBe(200);
      const decided = await a.editor.post(`${base}/meetings/${meetingId}/decisions`, {
        text: 'Leverandøren udsteder kreditnota på 50 kr.',
        agendaItemId: invoiceItem.id,
      });
      expect(decided.statusCode, decided.body).toBe(201);
      const ids = again.data.agenda.map((i: { id: string }) => ({ id: i.id }));
      const reordered = await a.editor.put(`${base}/meetings/${meetingId}/agenda`, {
        items: [...ids.slice(0, -1), { title: 'Nyt system til sommer' }, ids.at(-1)],
      });
      expect(reordered.statusCode, reordered.body).toBe(200);
      expect(reordered.data.agenda.at(-2).title).toBe('Nyt system til sommer');
    });

    it("makes a member's action an activity with reminders to them, and shows open actions on the next meeting's agenda", async () => {
      const member = await a.editor.post(`${base}/meetings/${meetingId}/actions`, {
        title: 'Følg op på kreditnota',
        dueOn: addDays(today, 30),
        responsibleUserId: adminUserId,
      });
      expect(member.statusCode, member.body).toBe(201);
      const contactAction = await a.editor.post(`${base}/meetings/${meetingId}/actions`, {
        title: 'Send testplan',
        dueOn: addDays(today, 20),
        responsibleContactId: contactId,
      });
      expect(contactAction.statusCode, contactAction.body).toBe(201);
      const [first, second] = contactAction.data.actions;
      expect(first).toMatchObject({ title: 'Send testplan', activityId: null, responsibleName: 'Bo Leverandør', open: true });
      expect(second).toMatchObject({ title: 'Følg op på kreditnota', responsibleName: 'administrator a', open: true });
      const activity = await a.editor.get(`${base}/activities/${second.activityId}`);
      expect(activity.data).toMatchObject({
        type: 'meeting_action',
        responsibleUserId: adminUserId,
        dueOn: addDays(today, 30),
        meetingId,
      });

      const next = await a.editor.post(`${base}/meetings`, {
        title: 'Næste statusmøde',
        heldOn: addDays(today, 60),
        supplierId: a.supplierId,
      });
      const agenda = await a.editor.post(`${base}/meetings/${next.data.id}/agenda/collect`, {});
      const fromMeetings = agenda.data.agenda.filter((i: { source: string }) => i.source === 'open_actions');
      expect(fromMeetings.map((i: { title: string }) => i.title.split(' (')[0])).toEqual([
        'Send testplan',
        'Følg op på kreditnota',
      ]);
      expect(agenda.data.agenda[1].source).toBe('open_actions');

      // Done in Frister is done here; closed here is done there.
      await a.editor.post(`${base}/activities/${second.activityId}/complete`, {});
      const closed = await a.editor.patch(`${base}/meetings/${meetingId}/actions/${first.id}`, { open: false });
      expect(closed.data.actions.map((x: { open: boolean }) => x.open)).toEqual([false, false]);

      // Deleting the second meeting deletes its activity.
      const nextActivity = next.data.activityId;
      expect((await a.editor.delete(`${base}/meetings/${next.data.id}`)).statusCode).toBe(204);
      expect((await a.editor.get(`${base}/activities/${nextActivity}`)).statusCode).toBe(404);
    });

    it('approves the minutes once: locked, kept as the supplier’s PDF, mailed once per recipient with the PDF attached', async () => {
      const approved = await a.editor.post(`${base}/meetings/${meetingId}/approve`, { recipients: 'participants' });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.data).toMatchObject({ status: 'approved', approvedByName: 'redaktør a' });
      // The meeting is held: its activity is done, so it is not overdue in Frister.
      const activity = await a.editor.get(`${base}/activities/${approved.data.activityId}`);
      expect(activity.data).toMatchObject({ status: 'done', done: { on: addDays(today, 8) } });
      const recipients = ['admin-a@kommune.test', 'bo@leverandoer.test', 'kim@konsulent.test'];
      const deadline = Date.now() + 20_000;
      while (recipients.some((r) => mailsTo(r).length === 0)) {
        if (Date.now() > deadline)
          throw new Error(
            `the minutes did not arrive within 20 s: ${JSON.stringify(await t.database.db.selectFrom('mailOutbox').select(['recipient', 'status', 'lastError']).where('dedupeKey', 'like', 'meeting-minutes:%').execute())}`,
          );
        await new Promise((r) => setTimeout(r, 20));
      }
      // A second approval, and another delivery run, send nothing more.
      const twice = await a.editor.post(`${base}/meetings/${meetingId}/approve`, { recipients: 'all_contacts' });
      expect(twice.statusCode).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      for (const r of recipients) expect(mailsTo(r)).toHaveLength(1);

      const mail = mailsTo('bo@leverandoer.test')[0] as ReceivedMail;
      expect(mail.subject).toBe(`Referat: Statusmøde om økonomisystemet (${addDays(today, 8)})`);
      expect(mail.text).toContain('Beslutning: Leverandøren udsteder kreditnota på 50 kr.');
      expect(mail.text).toContain('Leverandøren anerkender prisen på 100 kr.');
      expect(mail.attachments).toHaveLength(1);
      const pdf = mail.attachments[0] as ReceivedMail['attachments'][number];
      expect(pdf.contentType).toBe('application/pdf');
      expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = await extractText(pdf.content, pdf.filename, 'application/pdf');
      expect(text.text).toContain('Statusmøde om økonomisystemet');

      const documents = await a.editor.get(`${base}/documents?supplierId=${a.supplierId}`);
      expect(documents.data.items.map((d: { id: string }) => d.id)).toContain(approved.data.minutesDocumentId);
      const page = await a.editor.get(`${base}/meetings/${meetingId}`);
      expect(page.data.mails.map((m: { recipient: string; status: string }) => [m.recipient, m.status])).toEqual(
        recipients.map((r) => [r, 'sent']),
      );

      // Locked: no more changes to the minutes.
      const locked = await a.editor.post(`${base}/meetings/${meetingId}/decisions`, { text: 'For sent' });
      expect(locked.statusCode).toBe(409);
      expect(locked.data.code).toBe('meeting_approved');
    }, 60_000);

    it("mails a governance body's minutes without a supplier, with no document to keep and no attachment", async () => {
      const board = await a.editor.post(`${base}/governance-bodies`, { name: 'Leverandørstyringsudvalg' });
      expect(board.statusCode, board.body).toBe(201);
      const unknown = await a.editor.post(`${base}/meetings`, {
        title: 'Leverandørstyringsudvalget',
        heldOn: today,
        governanceBodyId: crypto.randomUUID(),
      });
      expect(unknown.data.errors).toEqual([expect.objectContaining({ field: '/governanceBodyId', code: 'unknown_reference' })]);
      const created = await a.editor.post(`${base}/meetings`, {
        title: 'Leverandørstyringsudvalget',
        heldOn: today,
        governanceBodyId: board.data.id,
        participants: [{ kind: 'guest', name: 'Udvalgssekretær', email: 'sekretaer@kommune.test' }],
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.data).toMatchObject({ supplierId: null, governanceBodyId: board.data.id });
      const approved = await a.editor.post(`${base}/meetings/${created.data.id}/approve`, {});
      expect(approved.data).toMatchObject({ status: 'approved', minutesDocumentId: null });
      const deadline = Date.now() + 20_000;
      while (mailsTo('sekretaer@kommune.test').length === 0) {
        if (Date.now() > deadline) throw new Error('the minutes did not arrive within 20 s');
        await new Promise((r) => setTimeout(r, 20));
      }
      const mail = mailsTo('sekretaer@kommune.test')[0] as ReceivedMail;
      expect(mail.attachments).toEqual([]);
      expect(mail.text).toContain('Referat: Leverandørstyringsudvalget');
      expect(mail.text).not.toContain('vedhæftet');
    }, 60_000);

    it('shows the supplier’s history with its decisions and exports the meetings as .xlsx and CSV', async () => {
      const history = await a.reader.get(`${base}/suppliers/${a.supplierId}/meetings`);
      expect(history.statusCode).toBe(200);
      expect(history.data.items[0].decisions.map((d: { text: string }) => d.text)).toEqual([
        'Leverandøren udsteder kreditnota på 50 kr.',
      ]);
      const csv = await a.reader.get(`${base}/meetings/export?format=csv`);
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toContain('Statusmøde om økonomisystemet');
      expect(csv.body).toContain('Referat godkendt');
      const xlsx = await a.reader.get(`${base}/meetings/export`);
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    });
  });
}
