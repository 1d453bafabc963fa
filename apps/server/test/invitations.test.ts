import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../src/auth/secrets.js';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  Client,
  logIn,
  MEMBER_PASSWORD,
  type OrgFixture,
  organisationFixture,
  startTestApp,
  type TestApp,
} from './harness.js';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from './smtp.js';

/*
 * Adding a member by e-mail is an invitation (issue 14): the inviting organisation learns nothing of the person
 * behind the address (not their name, not that they exist) until the person accepts the mailed one-time link.
 * A (Københavns Kommune) invites; B (Aarhus Kommune) has the persons A must not see. Mails go through the
 * outbox to a real SMTP server on 127.0.0.1, delivered at once as the server does after an invitation.
 */

const FROM = 'Overblik <overblik@kommune.test>';
const STRANGER = 'ukendt@andetsted.test';
const LINK = /http:\/\/overblik\.test\/opsaetning\?token=([\w-]+)/;

for (const dialect of testDialects()) {
  describe(`invitations on ${dialect}`, () => {
    let smtp: TestSmtp;
    let t: TestApp;
    let sysadmin: Client;
    let a: OrgFixture;
    let b: OrgFixture;
    let aBase: string;
    /** B's læser: a person A does not see, whose name A must not learn before she accepts. */
    const known = { email: 'laeser-b@kommune.test', name: 'læser b' };

    beforeAll(async () => {
      smtp = await startTestSmtp();
      t = await startTestApp(dialect, { OVERBLIK_SMTP_URL: smtp.url, OVERBLIK_MAIL_FROM: FROM, OVERBLIK_RUN_JOBS: 'true' });
      sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      a = await organisationFixture(t.app, sysadmin, '101', 'a');
      b = await organisationFixture(t.app, sysadmin, '751', 'b');
      aBase = `/api/v1/organisations/${a.organisationId}`;
      // The fixtures' own mails (the people's setup links) are delivered before the tests count mails: on a busy
      // machine one arriving late was taken for the invitation's.
      const deadline = Date.now() + 15_000;
      const undelivered = () =>
        t.database.db.selectFrom('mailOutbox').select('id').where('status', 'in', ['pending', 'sending']).execute();
      while ((await undelivered()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    });
    afterAll(async () => {
      await t?.close();
      await smtp?.close();
    });

    const mailsTo = (address: string) => smtp.accepted.filter((m) => m.to.includes(address));

    /** Runs `action`, then waits for the mail it sends to `address` and returns it. */
    async function mailAfter<T>(address: string, action: () => Promise<T>): Promise<{ result: T; mail: ReceivedMail }> {
      const before = mailsTo(address).length;
      const result = await action();
      const deadline = Date.now() + 15_000;
      while (mailsTo(address).length <= before) {
        if (Date.now() > deadline) throw new Error(`no mail to ${address} within 15 s`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return { result, mail: mailsTo(address).at(-1) as ReceivedMail };
    }

    function tokenOf(mail: ReceivedMail): string {
      const token = LINK.exec(mail.text)?.[1];
      if (!token) throw new Error(`no link in the mail:\n${mail.text}`);
      return token;
    }

    const invite = (email: string, role = 'redaktør', client = a.admin) => client.post(`${aBase}/members`, { email, role });
    const setupInfo = (token: string) => new Client(t.app).get(`/api/v1/auth/setup?token=${token}`);
    const membershipsOf = async (email: string, organisationId: string) =>
      t.database.db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.userId')
        .select(['memberships.id', 'memberships.role'])
        .where('users.email', '=', email)
        .where('memberships.organisationId', '=', organisationId)
        .execute();
    const auditOf = async (entityType: string, entityId: string) =>
      t.database.db
        .selectFrom('auditEvents')
        .select(['action', 'actorName', 'organisationId', 'changes'])
        .where('entityType', '=', entityType)
        .where('entityId', '=', entityId)
        .orderBy('id')
        .execute();

    let knownInvitationId: string;
    let knownToken: string;
    let strangerToken: string;

    it("answers the invitation of another organisation's person exactly as that of an unknown address: no name, no sign", async () => {
      const { result: known1, mail: knownMail } = await mailAfter(known.email, () => invite(known.email));
      const { result: unknown1, mail: strangerMail } = await mailAfter(STRANGER, () => invite(STRANGER));
      knownInvitationId = known1.data.invitation.id;
      knownToken = tokenOf(knownMail);
      strangerToken = tokenOf(strangerMail);

      expect(known1.statusCode).toBe(201);
      expect(unknown1.statusCode).toBe(known1.statusCode);
      expect(unknown1.headers['content-type']).toBe(known1.headers['content-type']);
      // Identical but for the invitation's own id, address and instants.
      const own = (body: { invitation: Record<string, unknown> }) => ({
        ...body,
        invitation: { ...body.invitation, id: 'id', email: 'email', createdAt: 'at', expiresAt: 'at' },
      });
      expect(own(known1.data)).toEqual(own(unknown1.data));
      expect(Object.keys(known1.data)).toEqual(['invitation']);
      expect(known1.data.invitation).toMatchObject({ email: known.email, role: 'redaktør', expired: false });
      expect(known1.data.invitation.invitedBy).toBe('administrator a');

      // Nothing A can read names the person, and she is no member.
      const userId = (
        await t.database.db.selectFrom('users').select('id').where('email', '=', known.email).executeTakeFirstOrThrow()
      ).id;
      for (const path of ['/members', '/invitations', '/audit']) {
        const body = (await a.admin.get(`${aBase}${path}`)).body;
        expect(body, path).not.toContain(known.name);
        expect(body, path).not.toContain(userId);
      }
      expect(known1.body).not.toContain(known.name);
      expect((await a.admin.get(`${aBase}/members`)).body).not.toContain(known.email);
      const invitations = (await a.admin.get(`${aBase}/invitations`)).data.items;
      expect(invitations.map((i: { email: string }) => i.email)).toEqual([known.email, STRANGER]);
      expect(await membershipsOf(known.email, a.organisationId)).toEqual([]);
    });

    it('mails a one-time link through the outbox, in Danish, or in English for a person who chose English', async () => {
      const strangerMail = mailsTo(STRANGER).at(-1) as ReceivedMail;
      expect(strangerMail.subject).toBe('Invitation til Københavns Kommune i Overblik');
      expect(strangerMail.text).toContain('administrator a har inviteret dig til Københavns Kommune i Overblik');
      expect(strangerMail.text).toContain('som redaktør');
      expect(mailsTo(known.email).at(-1)?.subject).toBe('Invitation til Københavns Kommune i Overblik');
      expect(mailsTo(known.email).at(-1)?.text).not.toContain(known.name);

      const english = 'redaktoer-b@kommune.test';
      expect((await b.editor.patch('/api/v1/me', { locale: 'en' })).statusCode).toBe(200);
      const { mail } = await mailAfter(english, () => invite(english, 'læser'));
      expect(mail.subject).toBe('Invitation to Københavns Kommune in Overblik');
      expect(mail.text).toContain('administrator a has invited you to Københavns Kommune in Overblik');
      expect(mail.text).toContain('as reader (læser)');
      expect(mail.from).toBe('overblik@kommune.test');

      // The mail came from the outbox, as mail of no organisation (A's list of its mails does not show it); the
      // outbox records it sent once the SMTP server's answer has reached the sender.
      const outboxRow = () =>
        t.database.db.selectFrom('mailOutbox').selectAll().where('id', '=', mail.mailId).executeTakeFirstOrThrow();
      await expect.poll(async () => (await outboxRow()).status).toBe('sent');
      expect(await outboxRow()).toMatchObject({ organisationId: null, recipient: english });
      const listed = await a.admin.get(`${aBase}/mail-deliveries`);
      expect(listed.statusCode).toBe(200);
      expect(listed.body).not.toContain(english);
      // The link's secret is stored only as its hash.
      const token = tokenOf(mail);
      const stored = await t.database.db.selectFrom('setupTokens').selectAll().where('tokenHash', '=', sha256(token)).execute();
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(await t.database.db.selectFrom('setupTokens').selectAll().execute())).not.toContain(token);
      expect(Date.parse(stored[0]?.expiresAt ?? '') - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    });

    it('lets the known person log in and accept: only then is she a member, and only then does A see her name', async () => {
      const info = await setupInfo(knownToken);
      expect(info.statusCode).toBe(200);
      expect(info.data).toMatchObject({
        purpose: 'invitation',
        email: known.email,
        name: null,
        invitation: { id: knownInvitationId, organisationName: 'Københavns Kommune', role: 'redaktør', account: 'existing' },
      });
      // The link never sets the password of an account in use.
      const takeover = await new Client(t.app).post('/api/v1/auth/setup', {
        token: knownToken,
        password: 'en ny lang adgangskode',
      });
      expect(takeover.statusCode).toBe(409);
      expect(takeover.data.code).toBe('invitation_needs_login');
      await logIn(t.app, known.email, MEMBER_PASSWORD);
      expect((await setupInfo(knownToken)).statusCode).toBe(200);

      const person = await logIn(t.app, known.email, MEMBER_PASSWORD);
      const mine = await person.get('/api/v1/me/invitations');
      expect(mine.data.items).toEqual([
        expect.objectContaining({ id: knownInvitationId, organisationName: 'Københavns Kommune', invitedBy: 'administrator a' }),
      ]);
      // Someone else cannot answer it.
      expect((await b.admin.post(`/api/v1/me/invitations/${knownInvitationId}/accept`)).data.code).toBe('invitation_not_found');
      expect((await a.admin.get(`${aBase}/members`)).body).not.toContain(known.name);

      const accepted = await person.post(`/api/v1/me/invitations/${knownInvitationId}/accept`);
      expect(accepted.statusCode).toBe(200);
      expect(accepted.data.memberships.map((m: { organisationName: string }) => m.organisationName).sort()).toEqual([
        'Aarhus Kommune',
        'Københavns Kommune',
      ]);
      const memberships = await membershipsOf(known.email, a.organisationId);
      expect(memberships).toEqual([expect.objectContaining({ role: 'redaktør' })]);
      const members = (await a.admin.get(`${aBase}/members`)).data.items;
      expect(members.find((m: { email: string }) => m.email === known.email)).toMatchObject({
        name: known.name,
        role: 'redaktør',
      });
      expect((await a.admin.get(`${aBase}/invitations`)).body).not.toContain(known.email);
      // The link is spent with the invitation.
      expect((await setupInfo(knownToken)).data.code).toBe('setup_token_invalid');
      expect((await person.post(`/api/v1/me/invitations/${knownInvitationId}/accept`)).data.code).toBe('invitation_not_found');

      // Audited: the administrator's invitation, the person's acceptance (membership created, invitation deleted).
      expect(await auditOf('invitation', knownInvitationId)).toEqual([
        expect.objectContaining({ action: 'create', actorName: 'admin-a@kommune.test', organisationId: a.organisationId }),
        expect.objectContaining({ action: 'delete', actorName: known.email, organisationId: a.organisationId }),
      ]);
      expect(await auditOf('membership', memberships[0]?.id ?? '')).toEqual([
        expect.objectContaining({ action: 'create', actorName: known.email, organisationId: a.organisationId }),
      ]);
    });

    it('lets a person new to Overblik choose name and password through the link and join; the link works once', async () => {
      const info = await setupInfo(strangerToken);
      expect(info.data).toMatchObject({ email: STRANGER, name: null, invitation: { account: 'new', role: 'redaktør' } });
      const nameless = await new Client(t.app).post('/api/v1/auth/setup', { token: strangerToken, password: MEMBER_PASSWORD });
      expect(nameless.statusCode).toBe(400);
      expect(nameless.data.errors).toEqual([expect.objectContaining({ field: '/name', code: 'required' })]);
      expect(await t.database.db.selectFrom('users').select('id').where('email', '=', STRANGER).execute()).toEqual([]);

      const joined = await new Client(t.app).post('/api/v1/auth/setup', {
        token: strangerToken,
        name: 'Ulla Ukendt',
        password: MEMBER_PASSWORD,
      });
      expect(joined.statusCode).toBe(200);
      expect(joined.data.user).toMatchObject({ email: STRANGER, name: 'Ulla Ukendt' });
      expect(joined.data.memberships).toEqual([
        expect.objectContaining({ organisationName: 'Københavns Kommune', role: 'redaktør' }),
      ]);
      expect(joined.cookies.find((c) => c.name === 'overblik_session')).toBeDefined();
      const again = await new Client(t.app).post('/api/v1/auth/setup', {
        token: strangerToken,
        name: 'Ulla Ukendt',
        password: MEMBER_PASSWORD,
      });
      expect(again.data.code).toBe('setup_token_invalid');
      const members = (await a.admin.get(`${aBase}/members`)).data.items;
      expect(members.find((m: { email: string }) => m.email === STRANGER)).toMatchObject({
        name: 'Ulla Ukendt',
        hasPassword: true,
      });
      const user = await t.database.db.selectFrom('users').select('id').where('email', '=', STRANGER).executeTakeFirstOrThrow();
      expect(await auditOf('user', user.id)).toEqual([expect.objectContaining({ action: 'create', actorName: STRANGER })]);
    });

    it('refuses an expired link, and sends the invitation again with a new link that replaces it', async () => {
      const email = 'sent@andetsted.test';
      const { result, mail } = await mailAfter(email, () => invite(email, 'læser'));
      const id: string = result.data.invitation.id;
      const oldToken = tokenOf(mail);
      // Eight days later: the invitation and its link have expired.
      const past = new Date(Date.now() - 86_400_000).toISOString();
      await t.database.db.updateTable('invitations').set({ expiresAt: past }).where('id', '=', id).execute();
      await t.database.db.updateTable('setupTokens').set({ expiresAt: past }).where('invitationId', '=', id).execute();
      expect((await setupInfo(oldToken)).data.code).toBe('setup_token_invalid');
      const late = await new Client(t.app).post('/api/v1/auth/setup', {
        token: oldToken,
        name: 'Sen',
        password: MEMBER_PASSWORD,
      });
      expect(late.statusCode).toBe(404);
      expect(late.data.code).toBe('setup_token_invalid');
      const listed = (await a.admin.get(`${aBase}/invitations`)).data.items.find((i: { id: string }) => i.id === id);
      expect(listed).toMatchObject({ email, expired: true });

      const { result: resent, mail: second } = await mailAfter(email, () => a.admin.post(`${aBase}/invitations/${id}/resend`));
      expect(resent.statusCode).toBe(200);
      expect(resent.data).toMatchObject({ id, email, role: 'læser', expired: false });
      expect(Date.parse(resent.data.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
      const newToken = tokenOf(second);
      expect(newToken).not.toBe(oldToken);
      expect((await setupInfo(newToken)).statusCode).toBe(200);
      expect((await setupInfo(oldToken)).statusCode).toBe(404);
      expect((await auditOf('invitation', id)).map((e) => e.action)).toEqual(['create', 'update']);

      // An existing person's expired invitation cannot be accepted either.
      const other = 'admin-b@kommune.test';
      const invited = await invite(other, 'læser');
      await t.database.db
        .updateTable('invitations')
        .set({ expiresAt: past })
        .where('id', '=', invited.data.invitation.id)
        .execute();
      expect((await b.admin.get('/api/v1/me/invitations')).data.items).toEqual([]);
      const refused = await b.admin.post(`/api/v1/me/invitations/${invited.data.invitation.id}/accept`);
      expect(refused.data.code).toBe('invitation_not_found');
      expect(await membershipsOf(other, a.organisationId)).toEqual([]);
      // Inviting the address again renews the expired invitation instead of refusing it.
      const renewed = await invite(other, 'redaktør');
      expect(renewed.statusCode).toBe(201);
      expect(renewed.data.invitation).toMatchObject({ id: invited.data.invitation.id, role: 'redaktør', expired: false });
      expect((await invite(other, 'redaktør')).data.code).toBe('already_invited');
    });

    it('withdraws an invitation: its link stops working and its unsent mail is dropped, audited', async () => {
      const email = 'trukket@andetsted.test';
      // The SMTP server refuses for now, so the mail waits in the outbox for another attempt.
      smtp.failWith(451);
      const result = await invite(email);
      const id: string = result.data.invitation.id;
      const deadline = Date.now() + 15_000;
      while (!smtp.rejected.some((m) => m.to.includes(email))) {
        if (Date.now() > deadline) throw new Error('the invitation mail was not attempted');
        await new Promise((r) => setTimeout(r, 20));
      }
      smtp.accept();
      const queued = () =>
        t.database.db.selectFrom('mailOutbox').select(['status', 'body']).where('recipient', '=', email).execute();
      await expect.poll(async () => (await queued()).map((m) => m.status)).toEqual(['pending']);
      const token = LINK.exec((await queued())[0]?.body ?? '')?.[1] ?? '';
      expect((await setupInfo(token)).statusCode).toBe(200);

      expect((await a.admin.delete(`${aBase}/invitations/${id}`)).statusCode).toBe(204);
      expect(await queued()).toEqual([]);
      expect((await setupInfo(token)).data.code).toBe('setup_token_invalid');
      expect((await a.admin.get(`${aBase}/invitations`)).body).not.toContain(email);
      expect((await a.admin.delete(`${aBase}/invitations/${id}`)).data.code).toBe('invitation_not_found');
      expect(await auditOf('invitation', id)).toEqual([
        expect.objectContaining({ action: 'create' }),
        expect.objectContaining({ action: 'delete', actorName: 'admin-a@kommune.test', organisationId: a.organisationId }),
      ]);
      expect(await t.database.db.selectFrom('setupTokens').select('id').where('invitationId', '=', id).execute()).toEqual([]);
    });

    it('lets the invited person decline: the invitation is gone and no membership made', async () => {
      const declining = await logIn(t.app, 'redaktoer-b@kommune.test', MEMBER_PASSWORD);
      const [invitation] = (await declining.get('/api/v1/me/invitations')).data.items;
      expect(invitation).toMatchObject({ organisationName: 'Københavns Kommune', role: 'læser' });
      expect((await declining.post(`/api/v1/me/invitations/${invitation.id}/decline`)).statusCode).toBe(204);
      expect((await a.admin.get(`${aBase}/invitations`)).body).not.toContain('redaktoer-b@kommune.test');
      expect(await membershipsOf('redaktoer-b@kommune.test', a.organisationId)).toEqual([]);
      expect((await auditOf('invitation', invitation.id)).at(-1)).toMatchObject({
        action: 'delete',
        actorName: 'redaktoer-b@kommune.test',
      });
    });

    it('leaves inviting, listing, sending again and withdrawing to administrators, and to persons, not tokens', async () => {
      expect((await a.editor.post(`${aBase}/members`, { email: 'x@andetsted.test', role: 'læser' })).statusCode).toBe(403);
      expect((await a.editor.get(`${aBase}/invitations`)).statusCode).toBe(403);
      expect((await b.admin.get(`${aBase}/invitations`)).statusCode).toBe(404);
      const token = new Client(t.app, { kind: 'bearer', token: a.token.secret });
      expect((await token.post(`${aBase}/members`, { email: 'x@andetsted.test', role: 'læser' })).data.code).toBe(
        'token_not_allowed',
      );
      expect((await token.get('/api/v1/me/invitations')).data.code).toBe('token_not_allowed');
    });
  });
}
