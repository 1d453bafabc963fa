import { type Clock, calendarDateInDenmark, PASSWORD_RESET_LIMITS } from '@overblik/core';
import { testDialects } from '@overblik/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, acceptInvitation, Client, logIn, startTestApp, type TestApp } from './harness.js';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from './smtp.js';

/*
 * "Glemt adgangskode" (issue 17 item 13): a person asks for a one-time link by e-mail, chooses a new password
 * with it, and is logged out everywhere else. The answer is the same for an address no one has; requests are
 * limited per address and per client address. Mails go through the outbox to a real SMTP server on 127.0.0.1;
 * the app's clock is a test clock that the test moves on (the link's lifetime, the limits' window).
 */

const FROM = 'Overblik <overblik@kommune.test>';
const LINK = /http:\/\/overblik\.test\/opsaetning\?token=([\w-]+)/;
const PERSON = { email: 'glemsom@kommune.test', name: 'Glemsom Person' };
const OLD_PASSWORD = 'den gamle lange adgangskode';
const NEW_PASSWORD = 'en splinterny og lang adgangskode';
const UNKNOWN = 'findes-ikke@kommune.test';

for (const dialect of testDialects()) {
  describe(`forgotten password on ${dialect}`, () => {
    let smtp: TestSmtp;
    let t: TestApp;
    /** The app's business time; each test moves it on past the limits' window, so tests do not count each other's requests. */
    let at = Date.parse('2026-03-02T08:00:00Z');
    const clock: Clock = { now: () => new Date(at), today: () => calendarDateInDenmark(new Date(at)) };
    const nextWindow = () => {
      at += (PASSWORD_RESET_LIMITS.WINDOW_MINUTES + 1) * 60_000;
    };

    beforeAll(async () => {
      smtp = await startTestSmtp();
      t = await startTestApp(
        dialect,
        { OVERBLIK_SMTP_URL: smtp.url, OVERBLIK_MAIL_FROM: FROM, OVERBLIK_RUN_JOBS: 'true' },
        clock,
      );
      const sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      const created = await sysadmin.post('/api/v1/users', PERSON);
      await acceptInvitation(t.app, created.data.invitationUrl, OLD_PASSWORD);
      await delivered();
    });
    afterEach(async () => {
      // A test's mails are delivered before the next one counts mails, and its requests leave the window.
      await delivered();
      nextWindow();
    });
    afterAll(async () => {
      await t?.close();
      await smtp?.close();
    });

    /** Waits until the outbox has handed every queued mail to SMTP. */
    async function delivered() {
      const deadline = Date.now() + 15_000;
      const undelivered = () =>
        t.database.db.selectFrom('mailOutbox').select('id').where('status', 'in', ['pending', 'sending']).execute();
      while ((await undelivered()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    }

    const mailsTo = (address: string) => smtp.accepted.filter((m) => m.to.includes(address));

    /** Asks for a reset link for `email` from the client address `from`. */
    const ask = async (email: string, from = '192.0.2.1', locale: 'da' | 'en' = 'da') => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset',
        remoteAddress: from,
        headers: { 'content-type': 'application/json', 'accept-language': locale },
        payload: JSON.stringify({ email }),
      });
      return response;
    };

    /** Asks for a link for the person and returns the token of the mail it sends. */
    async function askAndReadMail(from = '192.0.2.1'): Promise<{ mail: ReceivedMail; token: string }> {
      await delivered();
      const before = mailsTo(PERSON.email).length;
      expect((await ask(PERSON.email, from)).statusCode).toBe(202);
      const deadline = Date.now() + 15_000;
      while (mailsTo(PERSON.email).length <= before) {
        if (Date.now() > deadline) throw new Error('no reset mail within 15 s');
        await new Promise((r) => setTimeout(r, 20));
      }
      const mail = mailsTo(PERSON.email).at(-1) as ReceivedMail;
      const token = LINK.exec(mail.text)?.[1];
      if (!token) throw new Error(`no link in the mail:\n${mail.text}`);
      return { mail, token };
    }

    const setup = (token: string, password: string) => new Client(t.app).post('/api/v1/auth/setup', { token, password });
    const info = (token: string) => new Client(t.app).get(`/api/v1/auth/setup?token=${token}`);
    const outboxTo = (address: string) =>
      t.database.db.selectFrom('mailOutbox').select('id').where('recipient', '=', address).execute();

    it('answers an unknown address exactly as a known one, and mails only the known one', async () => {
      const mailsBefore = (await outboxTo(PERSON.email)).length;
      const known = await ask(PERSON.email, '192.0.2.10');
      const unknown = await ask(UNKNOWN, '192.0.2.11');
      expect(known.statusCode).toBe(202);
      expect(unknown.statusCode).toBe(known.statusCode);
      expect(unknown.body).toBe(known.body);
      expect(unknown.body).toBe('');
      const { 'x-request-id': _a, date: _b, ...knownHeaders } = known.headers;
      const { 'x-request-id': _c, date: _d, ...unknownHeaders } = unknown.headers;
      expect(unknownHeaders).toEqual(knownHeaders);
      // Both requests are counted; only the person's address gets a mail (queued with the count, in one transaction).
      const counted = await t.database.db.selectFrom('passwordResetRequests').select(['email', 'source']).orderBy('id').execute();
      expect(counted).toEqual([
        { email: PERSON.email, source: '192.0.2.10' },
        { email: UNKNOWN, source: '192.0.2.11' },
      ]);
      expect(await outboxTo(PERSON.email)).toHaveLength(mailsBefore + 1);
      expect(await outboxTo(UNKNOWN)).toEqual([]);
    });

    it('mails a link that works once, checks the password rules, and ends every other session of the person', async () => {
      const elsewhere = await logIn(t.app, PERSON.email, OLD_PASSWORD);
      expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(200);

      const { mail, token } = await askAndReadMail();
      expect(mail.subject).toBe('Vælg en ny adgangskode til Overblik');
      expect(mail.text).toContain(`Det virker én gang og udløber om ${PASSWORD_RESET_LIMITS.LINK_MINUTES} minutter`);
      expect(mail.text).toContain('bliver du logget ud alle andre steder');
      expect(mail.from).toContain('overblik@kommune.test');

      const shown = await info(token);
      expect(shown.statusCode).toBe(200);
      expect(shown.data).toMatchObject({ purpose: 'password_reset', email: PERSON.email, invitation: null });
      expect(shown.data.expiresAt).toBe(new Date(at + PASSWORD_RESET_LIMITS.LINK_MINUTES * 60_000).toISOString());

      // The password rules apply; a refused password leaves the link usable.
      const weak = await setup(token, 'glemsom@kommune.test');
      expect(weak.statusCode).toBe(400);
      expect(weak.data.code).toBe('validation_failed');
      expect(weak.data.errors[0].field).toBe('/password');
      const common = await setup(token, 'Password1234!');
      expect(common.data.errors[0]).toMatchObject({ field: '/password', code: 'password_common' });
      expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(200);

      const done = await setup(token, NEW_PASSWORD);
      expect(done.statusCode).toBe(200);
      expect(done.data.user.email).toBe(PERSON.email);
      expect(done.cookies.find((c) => c.name === 'overblik_session')?.value).toBeTruthy();

      // The other session is over; the link is spent; the old password is gone and the new one works.
      expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(401);
      expect((await setup(token, 'endnu en anden lang adgangskode')).data.code).toBe('setup_token_invalid');
      expect((await info(token)).statusCode).toBe(404);
      const old = await new Client(t.app).post('/api/v1/auth/login', { email: PERSON.email, password: OLD_PASSWORD });
      expect(old.statusCode).toBe(401);
      expect((await (await logIn(t.app, PERSON.email, NEW_PASSWORD)).get('/api/v1/me')).data.user.email).toBe(PERSON.email);

      // Audited: who and when, by the person, without secrets.
      const { id: userId } = await t.database.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', PERSON.email)
        .executeTakeFirstOrThrow();
      const events = await t.database.db
        .selectFrom('auditEvents')
        .select(['action', 'actorName', 'actorUserId', 'occurredAt', 'changes'])
        .where('entityType', '=', 'user')
        .where('entityId', '=', userId)
        .orderBy('id')
        .execute();
      const reset = events.at(-1);
      expect(reset).toMatchObject({
        action: 'update',
        actorName: PERSON.email,
        actorUserId: userId,
        occurredAt: new Date(at).toISOString(),
      });
      const changes = typeof reset?.changes === 'string' ? reset.changes : JSON.stringify(reset?.changes);
      expect(changes).toContain('passwordChangedAt');
      expect(changes).not.toContain('passwordHash');
      expect(changes).not.toContain(NEW_PASSWORD);
      expect(changes).not.toContain(token);
    });

    it('voids earlier links when a new one is asked for, and the others when one is used', async () => {
      const first = await askAndReadMail();
      const second = await askAndReadMail();
      expect((await info(first.token)).statusCode).toBe(404);
      expect((await setup(first.token, 'en tredje lang adgangskode')).data.code).toBe('setup_token_invalid');
      const third = await askAndReadMail('192.0.2.2');
      expect((await info(second.token)).statusCode).toBe(404);
      expect((await setup(third.token, 'en tredje lang adgangskode')).statusCode).toBe(200);
      await logIn(t.app, PERSON.email, 'en tredje lang adgangskode');
    });

    it('voids an unused link when the person changes the password while logged in', async () => {
      const { token } = await askAndReadMail();
      const client = await logIn(t.app, PERSON.email, 'en tredje lang adgangskode');
      const changed = await client.post('/api/v1/auth/password', {
        currentPassword: 'en tredje lang adgangskode',
        newPassword: 'en femte og lang adgangskode',
      });
      expect(changed.statusCode).toBe(204);
      expect((await info(token)).data.code).toBe('setup_token_invalid');
      expect(
        (
          await client.post('/api/v1/auth/password', {
            currentPassword: 'en femte og lang adgangskode',
            newPassword: 'en tredje lang adgangskode',
          })
        ).statusCode,
      ).toBe(204);
    });

    it('lets a link expire after its lifetime', async () => {
      const { token } = await askAndReadMail();
      at += PASSWORD_RESET_LIMITS.LINK_MINUTES * 60_000 - 1_000;
      expect((await info(token)).statusCode).toBe(200);
      at += 1_000;
      expect((await info(token)).data.code).toBe('setup_token_invalid');
      expect((await setup(token, 'en fjerde lang adgangskode')).statusCode).toBe(404);
      await logIn(t.app, PERSON.email, 'en tredje lang adgangskode');
    });

    it('limits requests per address, known or not, alike, and per client address', async () => {
      for (const email of [PERSON.email, UNKNOWN]) {
        for (let i = 0; i < PASSWORD_RESET_LIMITS.MAX_PER_ADDRESS; i++) {
          expect((await ask(email, `198.51.100.${i + 1}`)).statusCode).toBe(202);
        }
      }
      const known = await ask(PERSON.email, '198.51.100.50');
      const unknown = await ask(UNKNOWN, '198.51.100.51');
      expect(known.statusCode).toBe(429);
      expect(known.json()).toMatchObject({ code: 'password_reset_limited' });
      expect(known.json().title).toContain('for mange links');
      expect(unknown.statusCode).toBe(429);
      expect({ ...unknown.json(), requestId: 'r' }).toEqual({ ...known.json(), requestId: 'r' });
      expect(Number(known.headers['retry-after'])).toBe(PASSWORD_RESET_LIMITS.WINDOW_MINUTES * 60);
      expect(unknown.headers['retry-after']).toBe(known.headers['retry-after']);
      // A refused request is not counted, and sends nothing.
      expect(
        await t.database.db
          .selectFrom('passwordResetRequests')
          .select('id')
          .where('source', 'in', ['198.51.100.50', '198.51.100.51'])
          .execute(),
      ).toEqual([]);

      // One client address asking for many addresses.
      for (let i = 0; i < PASSWORD_RESET_LIMITS.MAX_PER_SOURCE; i++) {
        expect((await ask(`nummer-${i}@kommune.test`, '203.0.113.7')).statusCode).toBe(202);
      }
      const fromSource = await ask('endnu-en@kommune.test', '203.0.113.7', 'en');
      expect(fromSource.statusCode).toBe(429);
      expect(fromSource.json().title).toContain('Too many links');
      expect((await ask('endnu-en@kommune.test', '203.0.113.8')).statusCode).toBe(202);

      // After the window, the address may ask again.
      at += PASSWORD_RESET_LIMITS.WINDOW_MINUTES * 60_000;
      expect((await ask(PERSON.email, '198.51.100.50')).statusCode).toBe(202);
    });

    it('mails in English to a person who chose English, and refuses nothing else for any input', async () => {
      const client = await logIn(t.app, PERSON.email, 'en tredje lang adgangskode');
      expect((await client.patch('/api/v1/me', { locale: 'en' })).statusCode).toBe(200);
      const { mail } = await askAndReadMail();
      expect(mail.subject).toBe('Choose a new password for Overblik');
      expect(mail.text).toContain(`It works once and expires in ${PASSWORD_RESET_LIMITS.LINK_MINUTES} minutes`);
      for (const payload of ['{}', '{"email":"ikke en adresse"}', '{"email":"a@b.dk","x":1}', '[]', 'null']) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/password-reset',
          headers: { 'content-type': 'application/json' },
          payload,
        });
        expect(response.statusCode, payload).toBe(400);
      }
    });
  });
}
