import { fixedClock } from '@overblik/core';
import { systemActor } from '@overblik/db';
import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverblikApp } from '../src/app.js';
import { configFromEnv } from '../src/config.js';
import { logIn as logInAs } from '../src/usecases/auth/log-in.js';
import { ensureFirstAdministrator } from '../src/usecases/users/bootstrap.js';
import { insertPerson } from '../src/usecases/users/create-user.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, acceptInvitation, Client, logIn, startTestApp, type TestApp } from './harness.js';

for (const dialect of testDialects()) {
  describe(`accounts and sessions on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('logs in with e-mail and password, sets an HttpOnly session cookie and returns me with a CSRF token', async () => {
      const response = await new Client(t.app).post('/api/v1/auth/login', {
        email: 'Admin@Overblik.TEST',
        password: ADMIN_PASSWORD,
      });
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === 'overblik_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(response.data.user).toMatchObject({ email: ADMIN_EMAIL, isSystemAdmin: true, locale: 'da' });
      expect(response.data.csrfToken).toEqual(expect.any(String));
      const stored = await t.database.db.selectFrom('sessions').select('id').execute();
      expect(stored.map((s) => s.id)).not.toContain(cookie?.value);
    });

    it('refuses a wrong password with a clear Danish message, or English when asked', async () => {
      const da = await new Client(t.app).post('/api/v1/auth/login', { email: ADMIN_EMAIL, password: 'forkert forkert' });
      expect(da.statusCode).toBe(401);
      expect(da.headers['content-type']).toContain('application/problem+json');
      expect(da.data).toMatchObject({ code: 'invalid_credentials', title: 'Forkert e-mailadresse eller adgangskode.' });
      const en = await new Client(t.app, { kind: 'anonymous' }, 'en').post('/api/v1/auth/login', {
        email: 'nobody@overblik.test',
        password: 'whatever whatever',
      });
      expect(en.data).toMatchObject({ code: 'invalid_credentials', title: 'Wrong e-mail address or password.' });
    });

    /** A login from a client address (the harness's Client always comes from 127.0.0.1). */
    const loginFrom = async (app: OverblikApp, remoteAddress: string, email: string, password: string, headers = {}) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress,
        headers: { 'content-type': 'application/json', 'accept-language': 'da', ...headers },
        payload: JSON.stringify({ email, password }),
      });
      return { status: response.statusCode, retryAfter: response.headers['retry-after'], ...response.json() };
    };
    /** A person with a password, made through the public API. */
    const person = async (email: string, password: string) => {
      const sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      const created = await sysadmin.post('/api/v1/users', { email, name: 'Ejer Af Kontoen' });
      await acceptInvitation(t.app, created.data.invitationUrl, password);
    };

    it('locks one client address out of an account after 10 failed logins there, even with the right password', async () => {
      const email = 'ratelimit@overblik.test';
      await person(email, 'den rigtige adgangskode');
      for (let i = 0; i < 10; i++) {
        expect((await new Client(t.app).post('/api/v1/auth/login', { email, password: `forkert nummer ${i}` })).statusCode).toBe(
          401,
        );
      }
      const locked = await new Client(t.app).post('/api/v1/auth/login', { email, password: 'den rigtige adgangskode' });
      expect(locked.statusCode).toBe(429);
      expect(locked.data).toMatchObject({
        code: 'too_many_attempts',
        title: 'For mange mislykkede forsøg på at logge ind på kontoen herfra. Vent et kvarter, og prøv igen.',
      });
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
      expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    });

    it('does not let a stranger’s failures from one address stop the owner logging in from another', async () => {
      const email = 'offer@overblik.test';
      await person(email, 'ejerens egen lange sætning');
      const stranger = '198.51.100.23';
      const owner = '203.0.113.40';
      const guesses = [];
      for (let i = 0; i < 12; i++) guesses.push((await loginFrom(t.app, stranger, email, `gæt nummer ${i}`)).status);
      expect(guesses).toEqual([...Array(10).fill(401), 429, 429]);
      // The owner, elsewhere, logs in as usual; the stranger stays locked out, even with the right password.
      const ownLogin = await loginFrom(t.app, owner, email, 'ejerens egen lange sætning');
      expect(ownLogin.status).toBe(200);
      expect(ownLogin.user.email).toBe(email);
      expect(await loginFrom(t.app, stranger, email, 'ejerens egen lange sætning')).toMatchObject({
        status: 429,
        code: 'too_many_attempts',
      });
      // An owner who mistypes while the account is under attack waits a moment (here 2 s), never a quarter.
      const typo = new Date();
      const at = (seconds: number) => new Date(typo.getTime() + seconds * 1000);
      const own = (password: string, when: Date) =>
        logInAs({ db: t.database.db, config: t.config, clock: fixedClock(when) }, { email, password }, '203.0.113.41', undefined);
      await expect(own('ejerens egen lange sætnign', typo)).rejects.toMatchObject({ code: 'invalid_credentials' });
      await expect(own('ejerens egen lange sætning', at(1))).rejects.toMatchObject({
        code: 'login_slowed',
        retryAfterSeconds: 1,
      });
      await expect(own('ejerens egen lange sætning', at(2))).resolves.toMatchObject({ userId: expect.any(String) });
    });

    it('slows down a guesser spread over many addresses, without locking out the owner', async () => {
      const email = 'spredt@overblik.test';
      await person(email, 'ejeren kender sin sætning');
      const addresses = Array.from({ length: 16 }, (_, i) => `192.0.2.${i + 1}`);
      for (const address of addresses) expect((await loginFrom(t.app, address, email, `gæt fra ${address}`)).status).toBe(401);
      // 16 failures on the account: an address that has failed must now wait up to a minute after the latest one.
      const again = await loginFrom(t.app, addresses[0] ?? '', email, 'endnu et gæt');
      expect(again).toMatchObject({
        status: 429,
        code: 'login_slowed',
        title: 'Der har været mange mislykkede forsøg på at logge ind på kontoen. Vent lidt (højst et minut), og prøv igen.',
      });
      expect(Number(again.retryAfter)).toBeGreaterThan(30);
      expect(Number(again.retryAfter)).toBeLessThanOrEqual(60);
      // Not even the right password gets through from there before the wait is over.
      expect((await loginFrom(t.app, addresses[1] ?? '', email, 'ejeren kender sin sætning')).code).toBe('login_slowed');
      // A new address gets its one try, and the owner logs in from theirs.
      expect((await loginFrom(t.app, '192.0.2.200', email, 'et nyt gæt')).status).toBe(401);
      expect((await loginFrom(t.app, '203.0.113.77', email, 'ejeren kender sin sætning')).status).toBe(200);
      // The owner's success does not lift the slow-down for the guessers.
      expect((await loginFrom(t.app, addresses[2] ?? '', email, 'endnu et gæt')).code).toBe('login_slowed');
    });

    it('limits login requests per client address, an IPv6 /64 counting as one address', async () => {
      const limited = await startTestApp(dialect, { OVERBLIK_AUTH_RATE_LIMIT_PER_MINUTE: '3' });
      try {
        const statuses = [];
        for (let i = 0; i < 4; i++) {
          statuses.push(
            (await new Client(limited.app).post('/api/v1/auth/login', { email: 'x@y.dk', password: 'x' })).statusCode,
          );
        }
        expect(statuses).toEqual([401, 401, 401, 429]);
        const fromSixtyFour = [];
        for (let i = 1; i <= 4; i++)
          fromSixtyFour.push((await loginFrom(limited.app, `2001:db8:5:6::${i}`, 'x@y.dk', 'x')).status);
        expect(fromSixtyFour).toEqual([401, 401, 401, 429]);
        expect((await loginFrom(limited.app, '2001:db8:5:7::1', 'x@y.dk', 'x')).status).toBe(401);
      } finally {
        await limited.close();
      }
    });

    it('behind a reverse proxy (OVERBLIK_TRUST_PROXY), counts the client address the proxy added to X-Forwarded-For', async () => {
      expect(configFromEnv({ OVERBLIK_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
      expect(configFromEnv({ OVERBLIK_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
      expect(configFromEnv({}).trustProxy).toBe(false);
      expect(() => configFromEnv({ OVERBLIK_TRUST_PROXY: '1' })).toThrow(
        "OVERBLIK_TRUST_PROXY must be true, false or the proxies' addresses",
      );
      // The proxy appends the address it saw; the entries before it are whatever the client sent, so a stranger
      // cannot pose as a new address each time by sending an X-Forwarded-For of their own.
      const proxy = '10.0.0.5';
      const proxied = await startTestApp(dialect, { OVERBLIK_TRUST_PROXY: `${proxy}, 10.1.0.0/16` });
      try {
        const via = (forged: string, client: string) => ({ 'x-forwarded-for': `${forged}, ${client}` });
        for (let i = 0; i < 10; i++) {
          const guess = await loginFrom(proxied.app, proxy, ADMIN_EMAIL, `gæt ${i}`, via(`192.0.2.${i}`, '198.51.100.99'));
          expect(guess.status).toBe(401);
        }
        const locked = await loginFrom(proxied.app, proxy, ADMIN_EMAIL, ADMIN_PASSWORD, via('192.0.2.77', '198.51.100.99'));
        expect(locked.code).toBe('too_many_attempts');
        // A client talking to the server directly is not a proxy: its X-Forwarded-For is ignored.
        const direct = await loginFrom(proxied.app, '198.51.100.99', ADMIN_EMAIL, ADMIN_PASSWORD, {
          'x-forwarded-for': '203.0.113.99',
        });
        expect(direct.code).toBe('too_many_attempts');
        const owner = await loginFrom(proxied.app, proxy, ADMIN_EMAIL, ADMIN_PASSWORD, via('198.51.100.99', '203.0.113.8'));
        expect(owner.status).toBe(200);
      } finally {
        await proxied.close();
      }
    });

    it('requires the CSRF token on cookie-authenticated writes', async () => {
      const client = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      const without = await client.request('PATCH', '/api/v1/me', { name: 'X' }, { 'x-csrf-token': '' });
      expect(without.statusCode).toBe(403);
      expect(without.data.code).toBe('csrf_invalid');
      const wrong = await client.request('PATCH', '/api/v1/me', { name: 'X' }, { 'x-csrf-token': 'forkert' });
      expect(wrong.data.code).toBe('csrf_invalid');
      expect((await client.patch('/api/v1/me', { name: 'Systemadministrator' })).statusCode).toBe(200);
    });

    it('logs out: the session no longer works', async () => {
      const client = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(204);
      const after = await client.get('/api/v1/me');
      expect(after.statusCode).toBe(401);
      expect(after.data.code).toBe('unauthenticated');
    });

    it('changes password: checks the current one and the policy, and ends the other sessions', async () => {
      const sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      const email = 'skift@overblik.test';
      const created = await sysadmin.post('/api/v1/users', { email, name: 'Skift Kode' });
      const first = await acceptInvitation(t.app, created.data.invitationUrl, 'første adgangskode her');
      const second = await logIn(t.app, email, 'første adgangskode her');
      const wrong = await first.post('/api/v1/auth/password', { currentPassword: 'forkert', newPassword: 'ny lang adgangskode' });
      expect(wrong.data.code).toBe('invalid_credentials');
      const short = await first.post('/api/v1/auth/password', { currentPassword: 'første adgangskode her', newPassword: 'kort' });
      expect(short.statusCode).toBe(400);
      expect(short.data.errors).toEqual([
        { field: '/newPassword', code: 'password_too_short', message: 'Adgangskoden skal være på mindst 12 tegn.' },
      ]);
      const ok = await first.post('/api/v1/auth/password', {
        currentPassword: 'første adgangskode her',
        newPassword: 'ny lang adgangskode',
      });
      expect(ok.statusCode).toBe(204);
      expect((await first.get('/api/v1/me')).statusCode).toBe(200);
      expect((await second.get('/api/v1/me')).statusCode).toBe(401);
      await logIn(t.app, email, 'ny lang adgangskode');
    });

    it('refuses a password built from the name or e-mail, repetitive or common, naming why in Danish or English', async () => {
      const sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      const created = await sysadmin.post('/api/v1/users', { email: 'signe.svag@overblik.test', name: 'Signe Svag' });
      const token = new URL(created.data.invitationUrl).searchParams.get('token') ?? '';
      const refusals = [
        ['Signe.Svag@overblik.test', 'password_same_as_email', 'Adgangskoden må ikke være din e-mailadresse.'],
        ['SigneSvag1975', 'password_personal', 'Adgangskoden må ikke bygge på dit navn eller din e-mailadresse'],
        ['svagsvagsvag!', 'password_personal', 'Adgangskoden må ikke bygge på dit navn eller din e-mailadresse'],
        ['aaaaaaaaaaaa', 'password_repetitive', 'Adgangskoden består af gentagelser eller rækkefølger'],
        ['abcabcabc123', 'password_repetitive', 'Adgangskoden består af gentagelser eller rækkefølger'],
        ['password1234', 'password_common', 'Adgangskoden er blandt de mest almindelige adgangskoder'],
        ['P@ssw0rd2024!', 'password_common', 'Adgangskoden er blandt de mest almindelige adgangskoder'],
        ['Sommer2025!!', 'password_common', 'Adgangskoden er blandt de mest almindelige adgangskoder'],
      ] as const;
      for (const [password, code, message] of refusals) {
        const refused = await new Client(t.app).post('/api/v1/auth/setup', { token, password });
        expect(refused.statusCode, password).toBe(400);
        expect(refused.data.code).toBe('validation_failed');
        expect(refused.data.errors, password).toEqual([{ field: '/password', code, message: expect.stringContaining(message) }]);
      }
      const english = await new Client(t.app, { kind: 'anonymous' }, 'en').post('/api/v1/auth/setup', {
        token,
        password: 'qwerty123456!',
      });
      expect(english.data.errors[0].message).toMatch(/^The password consists of repetitions or sequences/);
      // A refused password leaves the link unspent: the person chooses a better one with the same link.
      const signe = await acceptInvitation(t.app, created.data.invitationUrl, 'Signe vælger en bedre sætning');
      const change = await signe.post('/api/v1/auth/password', {
        currentPassword: 'Signe vælger en bedre sætning',
        newPassword: 'iloveyou2024',
      });
      expect(change.statusCode).toBe(400);
      expect(change.data.errors).toEqual([
        { field: '/newPassword', code: 'password_common', message: expect.stringContaining('mest almindelige') },
      ]);
    });

    it('applies the policy to a password given on the command line (overblik user create --password-stdin)', async () => {
      const create = (password: string) =>
        t.database.db
          .transaction()
          .execute((trx) =>
            insertPerson(trx, systemActor(t.clock), { email: 'cli.person@overblik.test', name: 'Cli Person', password }),
          );
      await expect(create('CliPerson2025')).rejects.toMatchObject({
        code: 'validation_failed',
        fieldErrors: [{ field: '/password', code: 'password_personal' }],
      });
      await expect(create('123456789012')).rejects.toMatchObject({ fieldErrors: [{ code: 'password_repetitive' }] });
      await expect(create('Welcome2025!')).rejects.toMatchObject({ fieldErrors: [{ code: 'password_common' }] });
      await expect(create('en lang sætning fra terminalen')).resolves.toMatchObject({ email: 'cli.person@overblik.test' });
    });

    it('stores passwords as argon2id hashes only', async () => {
      const rows = await t.database.db.selectFrom('users').select('passwordHash').where('passwordHash', 'is not', null).execute();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    });

    it('sends secure headers', async () => {
      const response = await new Client(t.app).get('/healthz');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['x-request-id']).toEqual(expect.any(String));
    });
  });

  // Each test starts an app of its own, and in one process each app takes longer to become ready than the one
  // before (about 1.5 s more each; noted in the session notes, not yet found): the five tests need more than 20 s.
  describe(`first start without users on ${dialect}`, { timeout: 60_000 }, () => {
    it('prints a one-time setup link with which the first administrator sets a password; no default password', async () => {
      const t = await startTestApp(dialect, { OVERBLIK_ADMIN_EMAIL: '', OVERBLIK_ADMIN_PASSWORD: '' });
      try {
        expect(await t.database.db.selectFrom('users').selectAll().execute()).toEqual([]);
        const outcome = await ensureFirstAdministrator({ db: t.database.db, config: t.config, clock: t.clock });
        if (outcome.kind !== 'setup-link') throw new Error(`expected a setup link, got ${outcome.kind}`);
        expect(outcome.url).toMatch(/^http:\/\/overblik\.test\/opsaetning\?token=[\w-]{43}$/);
        const token = new URL(outcome.url).searchParams.get('token') ?? '';
        const info = await new Client(t.app).get(`/api/v1/auth/setup?token=${token}`);
        expect(info.data).toMatchObject({ purpose: 'bootstrap', email: null });
        const missing = await new Client(t.app).post('/api/v1/auth/setup', { token, password: 'den første af mange' });
        expect(missing.data.errors.map((e: { field: string }) => e.field)).toEqual(['/email', '/name']);
        const ownName = await new Client(t.app).post('/api/v1/auth/setup', {
          token,
          password: 'Første Administrator 2025',
          email: 'forste@kommune.dk',
          name: 'Første Administrator',
        });
        expect(ownName.data.errors).toEqual([expect.objectContaining({ field: '/password', code: 'password_personal' })]);
        const done = await new Client(t.app).post('/api/v1/auth/setup', {
          token,
          password: 'den første af mange',
          email: 'forste@kommune.dk',
          name: 'Første Administrator',
        });
        expect(done.statusCode).toBe(200);
        expect(done.data.user).toMatchObject({ email: 'forste@kommune.dk', isSystemAdmin: true });
        const again = await new Client(t.app).post('/api/v1/auth/setup', {
          token,
          password: 'den første af mange',
          email: 'anden@kommune.dk',
          name: 'Anden',
        });
        expect(again.statusCode).toBe(404);
        expect(again.data.code).toBe('setup_token_invalid');
        expect(await ensureFirstAdministrator({ db: t.database.db, config: t.config, clock: t.clock })).toEqual({
          kind: 'ready',
        });
      } finally {
        await t.close();
      }
    });

    it.each([
      ['a municipality by its code', { municipalityCode: '630' }, 'Vejle Kommune', 'kommune', false],
      [
        'a joint organisation by name, created',
        { jointName: 'Sydjysk IT-fællesskab' },
        'Sydjysk IT-fællesskab',
        'fællesskab',
        true,
      ],
    ] as const)(
      'given %s at the first start, then the first administrator becomes its administrator, audited',
      async (_what, organisation, name, kind, created) => {
        const t = await startTestApp(dialect, { OVERBLIK_ADMIN_EMAIL: '', OVERBLIK_ADMIN_PASSWORD: '' });
        try {
          const outcome = await ensureFirstAdministrator({ db: t.database.db, config: t.config, clock: t.clock });
          if (outcome.kind !== 'setup-link') throw new Error(`expected a setup link, got ${outcome.kind}`);
          const token = new URL(outcome.url).searchParams.get('token') ?? '';
          const info = await new Client(t.app).get(`/api/v1/auth/setup?token=${token}`);
          expect(info.data.municipalities).toHaveLength(98);
          expect(info.data.municipalities).toContainEqual({ code: '630', name: 'Vejle Kommune' });
          const unknown = await new Client(t.app).post('/api/v1/auth/setup', {
            token,
            password: 'den første af mange',
            email: 'forste@kommune.dk',
            name: 'Første Administrator',
            organisation: { municipalityCode: '999' },
          });
          expect(unknown.statusCode).toBe(400);
          expect(unknown.data.errors).toEqual([
            expect.objectContaining({ field: '/organisation/municipalityCode', code: 'unknown_reference' }),
          ]);
          // The refused request spent nothing: the link still works.
          const client = new Client(t.app);
          const done = await client.post('/api/v1/auth/setup', {
            token,
            password: 'den første af mange',
            email: 'forste@kommune.dk',
            name: 'Første Administrator',
            organisation,
          });
          expect(done.statusCode).toBe(200);
          expect(done.data.memberships).toEqual([expect.objectContaining({ organisationName: name, role: 'administrator' })]);
          const organisationId = done.data.memberships[0].organisationId;
          const org = (await t.database.db.selectFrom('organisations').selectAll().where('id', '=', organisationId).execute())[0];
          expect(org).toMatchObject({ name, kind });
          const events = await t.database.db
            .selectFrom('auditEvents')
            .select(['entityType', 'action', 'actorName'])
            .where('organisationId', '=', organisationId)
            .execute();
          expect(events).toEqual(
            expect.arrayContaining([
              { entityType: 'membership', action: 'create', actorName: 'forste@kommune.dk' },
              ...(created ? [{ entityType: 'organisation', action: 'create', actorName: 'forste@kommune.dk' }] : []),
            ]),
          );
        } finally {
          await t.close();
        }
      },
    );

    it('creates the administrator from OVERBLIK_ADMIN_EMAIL and OVERBLIK_ADMIN_PASSWORD', async () => {
      const t = await startTestApp(dialect);
      try {
        await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      } finally {
        await t.close();
      }
    });

    it('refuses a weak OVERBLIK_ADMIN_PASSWORD, naming the variable and the reason, and creates no one', async () => {
      const t = await startTestApp(dialect, { OVERBLIK_ADMIN_EMAIL: '', OVERBLIK_ADMIN_PASSWORD: '' });
      try {
        const config = { ...t.config, bootstrapAdmin: { email: 'drift@kommune.dk', password: 'Password1234!' } };
        await expect(ensureFirstAdministrator({ db: t.database.db, config, clock: t.clock })).rejects.toThrow(
          /^OVERBLIK_ADMIN_PASSWORD afvises: Adgangskoden er blandt de mest almindelige .* \/ OVERBLIK_ADMIN_PASSWORD is refused: The password is among/,
        );
        expect(await t.database.db.selectFrom('users').selectAll().execute()).toEqual([]);
      } finally {
        await t.close();
      }
    });
  });
}
