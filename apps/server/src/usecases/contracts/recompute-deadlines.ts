import { type Clock, contractDeadlines } from '@overblik/core';
import {
  acrossOrganisations,
  type ContractRow,
  contractsDueForDeadlines,
  derivedActivitiesOfContracts,
  type Executor,
  markAllDeadlinesDue,
  optionsOfContracts,
  storeDeadlines,
  systemActor,
} from '@overblik/db';
import { syncDerivedActivities } from '../activities/derived-activities.js';
import { groupBy } from '../group-by.js';
import { type ContractState, deadlineTermsOf, withDeadlines } from './contract-values.js';

/**
 * Brings every contract's stored deadlines up to the clock's today: those computed for an earlier day (or never) are
 * computed again, in batches. Runs when the server starts and every 15 minutes (the first run after midnight
 * moves everything to the new day), and as `overblik deadlines recompute`. Idempotent, so several instances may
 * run it at once. The contracts' derived activities are kept in step in the same transaction (audited as the
 * system). Returns how many contracts were brought up to date.
 */
export async function recomputeDeadlines(
  db: Executor,
  clock: Clock,
  options: { all?: boolean; batchSize?: number } = {},
): Promise<number> {
  const day = clock.today();
  const actor = systemActor(clock);
  const batchSize = options.batchSize ?? 500;
  const everyOrganisation = acrossOrganisations(db, 'deadline recompute');
  if (options.all) await markAllDeadlinesDue(everyOrganisation);
  let done = 0;
  let after: string | null = null;
  for (;;) {
    const batch = await contractsDueForDeadlines(everyOrganisation, day, batchSize, after);
    if (batch.length === 0) return done;
    after = (batch[batch.length - 1] as ContractRow).id;
    const ids = batch.map((c) => c.id);
    const optionsOf = groupBy(await optionsOfContracts(db, ids), (o) => o.contractId);
    const derivedOf = groupBy(await derivedActivitiesOfContracts(db, ids), (a) => a.contractId);
    await db.transaction().execute(async (trx) => {
      for (const contract of batch) {
        const own = optionsOf.get(contract.id) ?? [];
        const deadlines = contractDeadlines(deadlineTermsOf(contract), own, day);
        const next = withDeadlines(contract as unknown as ContractState, deadlines, day);
        await storeDeadlines(trx, contract, {
          endsOn: next.endsOn,
          currentTermEnd: next.currentTermEnd,
          latestNoticeDate: next.latestNoticeDate,
          earliestEnd: next.earliestEnd,
          nextOptionDeadline: next.nextOptionDeadline,
          nextPriceRegulation: next.nextPriceRegulation,
          deadlinesOn: day,
        });
        await syncDerivedActivities(trx, actor, next, own, day, derivedOf.get(contract.id) ?? [], deadlines);
      }
    });
    done += batch.length;
  }
}
