import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.js';
import { createTestDatabase, testDialects } from './testing.js';

const ORG = '00000000-0000-4000-8000-000000000001';
const NOW = '2026-12-08T10:00:00.000Z';

for (const dialect of testDialects()) {
  describe(`migration 0018 (one criticality scale) on ${dialect}`, () => {
    it('keeps values of the scale, places added values by their words, and keeps the rest as a tag', async () => {
      const db = await createTestDatabase(dialect, '0017-password-reset');
      try {
        await sql`insert into organisations (id, kind, name, created_at, updated_at)
          values (${ORG}, 'kommune', 'Testkommune', ${NOW}, ${NOW})`.execute(db.db);
        const option = (key: string, label: string | null, custom: number) =>
          sql`insert into option_values (id, organisation_id, list, key, label, custom, created_at, updated_at)
            values (${crypto.randomUUID()}, ${ORG}, 'criticality', ${key}, ${label}, ${custom}, ${NOW}, ${NOW})`.execute(db.db);
        await option('hoej', 'Væsentlig', 0);
        await option('meget_hoej', 'Meget høj', 1);
        await option('guld', 'Guld', 1);
        const contract = (n: number, criticality: string | null, tags = '[]') =>
          sql`insert into contracts (id, organisation_id, number, name, name_sort, criticality, tags, term_kind, renewal, created_at, updated_at)
            values (${`00000000-0000-4000-8000-00000000010${n}`}, ${ORG}, ${`K-${n}`}, ${`Kontrakt ${n}`}, ${`kontrakt ${n}`},
              ${criticality}, ${tags}, 'ongoing', 'none', ${NOW}, ${NOW})`.execute(db.db);
        await contract(1, 'hoej');
        await contract(2, 'meget_hoej');
        await contract(3, 'guld', '["Drift"]');
        await contract(4, null);
        await migrateToLatest(db);
        const rows = await sql<{ number: string; criticality: string | null; tags: string; societallyCritical: number }>`
          select number, criticality, tags, societally_critical from contracts order by number`.execute(db.db);
        expect(rows.rows.map((r) => [r.number, r.criticality, JSON.parse(r.tags), Number(r.societallyCritical)])).toEqual([
          ['K-1', 'hoej', [], 0],
          ['K-2', 'kritisk', [], 0],
          ['K-3', null, ['Drift', 'Kritikalitet: Guld'], 0],
          ['K-4', null, [], 0],
        ]);
        const left = await sql<{ n: number }>`select count(*) as n from option_values where list = 'criticality'`.execute(db.db);
        expect(Number(left.rows[0]?.n)).toBe(0);
      } finally {
        await db.drop();
      }
    });
  });
}
