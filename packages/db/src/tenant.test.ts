import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOrganisations } from './repositories/organisations.js';
import { acrossOrganisations, type Executor, forOrganisation } from './tenant.js';
import { createTestDatabase, type TestDatabase, testDialects } from './testing.js';

/** Compiled, never run: what the types allow and refuse (`tsc -p tsconfig.tests.json` checks it). */
export function typeChecks(db: Executor) {
  // A request's writer writes shared tables directly…
  db.updateTable('sessions').set({ lastSeenAt: '' }).where('id', '=', 'x');
  db.deleteFrom('loginFailures').where('email', '=', 'x');
  db.insertInto('auditEvents');
  // …but not a tenant table: no update, delete or insert by id alone.
  // @ts-expect-error contracts is a tenant table
  db.updateTable('contracts');
  // @ts-expect-error a tenant table under an alias
  db.updateTable('contracts as c');
  // @ts-expect-error activities is a tenant table
  db.deleteFrom('activities');
  // @ts-expect-error reminders is a tenant table
  db.insertInto('reminders');
  // @ts-expect-error Kysely's other ways of writing are not offered at all
  db.replaceInto('sessions');
  // @ts-expect-error
  db.mergeInto('contracts');
  // @ts-expect-error nor a query creator that would write any table
  db.with('c', (q) => q.selectFrom('sessions').selectAll());
  // @ts-expect-error
  db.connection();
  // @ts-expect-error
  db.withSchema('public');
  // A transaction of it is as limited.
  db.transaction().execute(async (trx) => {
    // @ts-expect-error contracts is a tenant table
    trx.updateTable('contracts');
  });
  // The organisation's own door and the system jobs' door write them.
  forOrganisation(db, 'a').updateTable('contracts').set({ deadlinesOn: null }).where('id', '=', 'x');
  acrossOrganisations(db, 'deadline recompute').updateTable('contracts').set({ deadlinesOn: null });
  // @ts-expect-error the reason is one of the documented ones
  acrossOrganisations(db, 'because');
}

for (const dialect of testDialects()) {
  describe(`forOrganisation writes on ${dialect}`, () => {
    let t: TestDatabase;
    let a: string;
    let b: string;
    const now = new Date().toISOString();
    const unit = (id: string, name: string) => ({ id, parentId: null, name, ean: null, createdAt: now, updatedAt: now });
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      const organisations = await listOrganisations(t.db, { ids: 'all', kind: 'kommune' });
      a = organisations[0]?.id as string;
      b = organisations[1]?.id as string;
    });
    afterAll(async () => {
      await t?.drop();
    });

    const unitsOf = (organisationId: string) =>
      forOrganisation(t.db, organisationId).selectFrom('units').select(['id', 'name']).orderBy('name').execute();

    it('stamps inserted rows with the organisation and refuses a row of another', async () => {
      const ua = crypto.randomUUID();
      await forOrganisation(t.db, a).insertInto('units').values(unit(ua, 'A1')).execute();
      await forOrganisation(t.db, a)
        .insertInto('units')
        .values([{ ...unit(crypto.randomUUID(), 'A2'), organisationId: a }])
        .execute();
      expect((await unitsOf(a)).map((u) => u.name)).toEqual(['A1', 'A2']);
      expect(() =>
        forOrganisation(t.db, a)
          .insertInto('units')
          .values({ ...unit(crypto.randomUUID(), 'B1'), organisationId: b }),
      ).toThrow(/for organisation/);
      expect(await unitsOf(b)).toEqual([]);
    });

    it('updates and deletes only rows of the organisation, even when named by id', async () => {
      const ub = crypto.randomUUID();
      await forOrganisation(t.db, b).insertInto('units').values(unit(ub, 'B1')).execute();
      const missed = await forOrganisation(t.db, a)
        .updateTable('units')
        .set({ name: 'taken' })
        .where('id', '=', ub)
        .executeTakeFirst();
      expect(Number(missed.numUpdatedRows)).toBe(0);
      const gone = await forOrganisation(t.db, a).deleteFrom('units').where('id', '=', ub).executeTakeFirst();
      expect(Number(gone.numDeletedRows)).toBe(0);
      expect(await unitsOf(b)).toEqual([{ id: ub, name: 'B1' }]);
      const hit = await forOrganisation(t.db, b).updateTable('units').set({ name: 'B2' }).where('id', '=', ub).executeTakeFirst();
      expect(Number(hit.numUpdatedRows)).toBe(1);
      await forOrganisation(t.db, b).deleteFrom('units').where('id', '=', ub).execute();
      expect(await unitsOf(b)).toEqual([]);
    });
  });
}
