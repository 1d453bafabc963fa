import { isValidCvr, systemClock } from '@overblik/core';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAudited, insertAudited, systemActor, updateAudited } from './audited.js';
import { listAuditEvents } from './repositories/audit.js';
import { purgeExpired } from './repositories/housekeeping.js';
import { clearLoginFailures, loginFailuresSince, recordLoginFailure } from './repositories/login-failures.js';
import { listOrganisations } from './repositories/organisations.js';
import { listUnits } from './repositories/units.js';
import { createTestDatabase, type TestDatabase, testDialects } from './testing.js';

for (const dialect of testDialects()) {
  describe(`database on ${dialect}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('has the 98 municipalities with valid CVR numbers from the first start', async () => {
      const municipalities = await listOrganisations(t.db, { ids: 'all', kind: 'kommune' });
      expect(municipalities).toHaveLength(98);
      expect(municipalities.every((m) => m.cvr !== null && isValidCvr(m.cvr))).toBe(true);
      const aarhus = municipalities.find((m) => m.municipalityCode === '751');
      expect(aarhus).toMatchObject({ name: 'Aarhus Kommune', region: 'Region Midtjylland' });
    });

    it('finds organisations by name, case-insensitively, with LIKE characters taken literally', async () => {
      expect((await listOrganisations(t.db, { ids: 'all', q: 'aarhus' })).map((o) => o.municipalityCode)).toEqual(['751']);
      expect(await listOrganisations(t.db, { ids: 'all', q: '%' })).toEqual([]);
      expect((await listOrganisations(t.db, { ids: 'all', q: 'ærø' })).map((o) => o.name)).toEqual(['Ærø Kommune']);
      expect((await listOrganisations(t.db, { ids: 'all', q: 'KØBENHAVN' })).map((o) => o.name)).toEqual(['Københavns Kommune']);
    });

    it('sorts names in Danish order (Æ, Ø, Å and Aa after Z), as Intl.Collator("da") does', async () => {
      const names = (await listOrganisations(t.db, { ids: 'all', kind: 'kommune' })).map((o) => o.name);
      expect(names).toEqual([...names].sort(new Intl.Collator('da').compare));
      expect(names.indexOf('Ærø Kommune')).toBeLessThan(names.indexOf('Aabenraa Kommune'));
      expect(names.indexOf('Vordingborg Kommune')).toBeLessThan(names.indexOf('Ærø Kommune'));
    });

    it('returns the same JS types on both dialects', async () => {
      const [org] = await listOrganisations(t.db, { ids: 'all', q: 'Ballerup' });
      expect(typeof org?.id).toBe('string');
      expect(org?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    });

    it('writes every change with its audit event, and keeps units inside their organisation', async () => {
      const [a, b] = await listOrganisations(t.db, { ids: 'all', kind: 'kommune' });
      if (!a || !b) throw new Error('seed missing');
      const now = new Date().toISOString();
      const unit = await t.db.transaction().execute((trx) =>
        insertAudited(trx, systemActor(systemClock), 'units', {
          id: crypto.randomUUID(),
          organisationId: a.id,
          parentId: null,
          name: 'Børn og Unge',
          ean: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      expect(await listUnits(t.db, b.id)).toEqual([]);
      const wrongTenant = await updateAudited(
        t.db,
        systemActor(systemClock),
        'units',
        { id: unit.id, organisationId: b.id },
        { name: 'x' },
      );
      expect(wrongTenant).toBeUndefined();
      await updateAudited(
        t.db,
        systemActor(systemClock),
        'units',
        { id: unit.id, organisationId: a.id },
        { name: 'Børn & Unge' },
      );
      await deleteAudited(t.db, systemActor(systemClock), 'units', { id: unit.id, organisationId: a.id });
      const events = await listAuditEvents(t.db, { organisationId: a.id, entityId: unit.id, limit: 10 });
      expect(events.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
      expect(events[1]?.changes).toEqual({ name: { before: 'Børn og Unge', after: 'Børn & Unge' } });
    });

    it('refuses to change or delete audit events, even by SQL', async () => {
      await expect(sql`update audit_events set actor_name = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
    });

    it('counts an account’s failed logins in a window, all and from one source, and forgets only that source’s', async () => {
      const email = 'offer@kommune.dk';
      const at = (minute: number) => `2026-03-02T09:${String(minute).padStart(2, '0')}:00.000Z`;
      for (const [source, minute] of [
        ['203.0.113.9', 1],
        ['203.0.113.9', 5],
        ['2001:db8:1:2::/64', 7],
        ['203.0.113.9', 9],
      ] as const) {
        await recordLoginFailure(t.db, email, source, at(minute));
      }
      await recordLoginFailure(t.db, 'en.anden@kommune.dk', '203.0.113.9', at(8));
      expect(await loginFailuresSince(t.db, email, '203.0.113.9', at(2))).toEqual({
        account: 3,
        fromSource: 2,
        latest: at(9),
        oldestFromSource: at(5),
      });
      expect(await loginFailuresSince(t.db, email, '192.0.2.1', at(0))).toEqual({
        account: 4,
        fromSource: 0,
        latest: at(9),
        oldestFromSource: null,
      });
      expect(await loginFailuresSince(t.db, 'ingen@kommune.dk', '192.0.2.1', at(0))).toEqual({
        account: 0,
        fromSource: 0,
        latest: null,
        oldestFromSource: null,
      });
      await clearLoginFailures(t.db, email, '203.0.113.9');
      expect(await loginFailuresSince(t.db, email, '203.0.113.9', at(0))).toMatchObject({ account: 1, fromSource: 0 });
      expect(await loginFailuresSince(t.db, 'en.anden@kommune.dk', '203.0.113.9', at(0))).toMatchObject({ fromSource: 1 });
    });

    it('rolls a failed transaction back whole', async () => {
      const [a] = await listOrganisations(t.db, { ids: 'all', q: 'Aarhus' });
      if (!a) throw new Error('seed missing');
      const now = new Date().toISOString();
      await expect(
        t.db.transaction().execute(async (trx) => {
          await insertAudited(trx, systemActor(systemClock), 'units', {
            id: crypto.randomUUID(),
            organisationId: a.id,
            parentId: null,
            name: 'Halvt skrevet',
            ean: null,
            createdAt: now,
            updatedAt: now,
          });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await listUnits(t.db, a.id)).toEqual([]);
      expect(await listAuditEvents(t.db, { organisationId: a.id, limit: 10 })).toEqual([]);
    });

    // PostgreSQL only: SQLite has no connections to lose.
    if (dialect === 'postgres')
      it('survives PostgreSQL ending an idle connection, and opens a new one for the next query', async () => {
        const pid = async () => (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(t.db)).rows[0]?.pid ?? 0;
        const before = await pid();
        const other = new pg.Client({ connectionString: process.env.OVERBLIK_TEST_POSTGRES_URL });
        await other.connect();
        const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        try {
          await other.query('select pg_terminate_backend($1)', [before]);
          // Gone from the server's list: its last message (FATAL) has been sent to our pooled connection.
          while ((await other.query('select 1 from pg_stat_activity where pid = $1', [before])).rowCount) await pause(20);
        } finally {
          await other.end();
        }
        // The pool hears of it as an 'error' event on the idle client; unheard, that would end the process.
        await pause(200);
        const after = await pid();
        expect(after).not.toBe(before);
      });
  });
}

for (const dialect of testDialects()) {
  describe(`housekeeping on ${dialect}`, () => {
    it('removes expired sessions, used or expired setup links and old login failures, and nothing else', async () => {
      const t = await createTestDatabase(dialect);
      try {
        const now = '2026-06-01T12:00:00.000Z';
        const userId = crypto.randomUUID();
        await t.db
          .insertInto('users')
          .values({
            id: userId,
            email: 'h@k.dk',
            name: 'H',
            passwordHash: null,
            isSystemAdmin: 0,
            locale: 'da',
            passwordChangedAt: null,
            createdAt: now,
            updatedAt: now,
            disabledAt: null,
          })
          .execute();
        const session = (id: string, expiresAt: string) => ({
          id,
          userId,
          csrfToken: 'c',
          createdAt: now,
          lastSeenAt: now,
          expiresAt,
          userAgent: null,
        });
        await t.db
          .insertInto('sessions')
          .values([session('old', '2026-06-01T11:59:59.000Z'), session('live', '2026-06-01T13:00:00.000Z')])
          .execute();
        const link = (id: string, expiresAt: string, usedAt: string | null) => ({
          id: crypto.randomUUID(),
          tokenHash: id,
          purpose: 'invitation' as const,
          userId,
          createdAt: now,
          expiresAt,
          usedAt,
        });
        await t.db
          .insertInto('setupTokens')
          .values([
            link('expired', '2026-05-01T00:00:00.000Z', null),
            link('used', '2026-07-01T00:00:00.000Z', now),
            link('open', '2026-07-01T00:00:00.000Z', null),
          ])
          .execute();
        await t.db
          .insertInto('loginFailures')
          .values([
            { email: 'a', source: '198.51.100.7', occurredAt: '2026-05-30T00:00:00.000Z' },
            { email: 'b', source: '198.51.100.7', occurredAt: now },
          ])
          .execute();
        await purgeExpired(t.db, now, '2026-05-31T12:00:00.000Z');
        expect((await t.db.selectFrom('sessions').select('id').execute()).map((r) => r.id)).toEqual(['live']);
        expect((await t.db.selectFrom('setupTokens').select('tokenHash').execute()).map((r) => r.tokenHash)).toEqual(['open']);
        expect((await t.db.selectFrom('loginFailures').select('email').execute()).map((r) => r.email)).toEqual(['b']);
      } finally {
        await t.drop();
      }
    });
  });
}
