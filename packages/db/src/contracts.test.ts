import { type CalendarDate, contractStatus, systemClock } from '@overblik/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAudited, insertAuditedMany, systemActor } from './audited.js';
import { listAllContracts, listContracts, WHOLE_REGISTER_PAGE } from './repositories/contracts.js';
import { listOrganisations } from './repositories/organisations.js';
import { createTestDatabase, type TestDatabase, testDialects } from './testing.js';

const day = fc.integer({ min: 0, max: 8 }).map((n) => `2026-0${n + 1}-15` as CalendarDate);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

for (const dialect of testDialects()) {
  describe(`contract list on ${dialect}`, () => {
    let t: TestDatabase;
    let organisationId: string;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      organisationId = (await listOrganisations(t.db, { ids: 'all', kind: 'kommune' }))[0]?.id as string;
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('filters on the same status in SQL as contractStatus computes, for any dates', async () => {
      const facts = fc.record({ inForceFrom: maybe(day), terminationGivenOn: maybe(day), endsOn: maybe(day) });
      const samples = fc.sample(facts, 120);
      const now = new Date().toISOString();
      for (const [index, f] of samples.entries()) {
        await insertAudited(t.db, systemActor(systemClock), 'contracts', {
          id: crypto.randomUUID(),
          organisationId,
          number: `P-${index}`,
          name: `P-${index}`,
          nameSort: `p-${index}`,
          termKind: 'ongoing',
          renewal: 'none',
          agreementElements: '[]',
          tags: '[]',
          links: '[]',
          currency: 'DKK',
          priceRegulation: 'none',
          earlyTermination: 0,
          societallyCritical: 0,
          ...f,
          createdAt: now,
          updatedAt: now,
        });
      }
      const today = '2026-05-15';
      for (const status of ['draft', 'active', 'under_termination', 'terminated', 'expired'] as const) {
        const { items } = await listContracts(t.db, organisationId, { status, limit: 500, offset: 0 }, today);
        const expected = samples
          .map((f, index) => [f, index] as const)
          .filter(([f]) => contractStatus(f, today) === status)
          .map(([, index]) => `P-${index}`)
          .sort();
        expect(items.map((c) => c.number).sort()).toEqual(expected);
      }
    });

    it('reads a whole register a page at a time: every contract once, in number order', async () => {
      const other = (await listOrganisations(t.db, { ids: 'all', kind: 'kommune' }))[1]?.id as string;
      const now = new Date().toISOString();
      const count = WHOLE_REGISTER_PAGE * 2 + 1;
      const numbers = Array.from({ length: count }, (_, i) => `R-${String(i).padStart(4, '0')}`);
      await insertAuditedMany(
        t.db,
        systemActor(systemClock),
        'contracts',
        [...numbers].reverse().map((number) => ({
          id: crypto.randomUUID(),
          organisationId: other,
          number,
          name: number,
          nameSort: number.toLowerCase(),
          termKind: 'ongoing' as const,
          renewal: 'none' as const,
          agreementElements: '[]',
          tags: '[]',
          links: '[]',
          currency: 'DKK',
          priceRegulation: 'none' as const,
          earlyTermination: 0,
          societallyCritical: 0,
          createdAt: now,
          updatedAt: now,
        })),
      );
      const all = await listAllContracts(t.db, other);
      expect(all.map((c) => c.number)).toEqual(numbers);
    });
  });
}
