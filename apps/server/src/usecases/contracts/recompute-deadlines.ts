import {
  contractsDueForDeadlines,
  type Db,
  derivedActivitiesOfContracts,
  markAllDeadlinesDue,
  optionsOfContracts,
  SYSTEM_ACTOR,
  storeDeadlines,
} from '@overblik/db';
import { syncDerivedActivities } from '../activities/derived-activities.js';
import { type ContractState, withDerived } from './contract-values.js';

/**
 * Brings every contract's stored deadlines up to `day`: those computed for an earlier day (or never) are
 * computed again, in batches. Runs when the server starts and every hour (the first run after midnight moves
 * everything to the new day), and as `overblik deadlines recompute`. Idempotent, so several instances may
 * run it at once. The contracts' derived activities are kept in step in the same transaction (audited as the
 * system). Returns how many contracts were brought up to date.
 */
export async function recomputeDeadlines(
  db: Db,
  day: string,
  options: { all?: boolean; batchSize?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  if (options.all) await markAllDeadlinesDue(db);
  let done = 0;
  for (;;) {
    const batch = await contractsDueForDeadlines(db, day, batchSize);
    if (batch.length === 0) return done;
    const ids = batch.map((c) => c.id);
    const contractOptions = await optionsOfContracts(db, ids);
    const derived = await derivedActivitiesOfContracts(db, ids);
    await db.transaction().execute(async (trx) => {
      for (const contract of batch) {
        const own = contractOptions.filter((o) => o.contractId === contract.id);
        const next = withDerived(contract as unknown as ContractState, own, day);
        await storeDeadlines(trx, contract.id, {
          endsOn: next.endsOn,
          currentTermEnd: next.currentTermEnd,
          latestNoticeDate: next.latestNoticeDate,
          earliestEnd: next.earliestEnd,
          nextOptionDeadline: next.nextOptionDeadline,
          nextPriceRegulation: next.nextPriceRegulation,
          deadlinesOn: day,
        });
        await syncDerivedActivities(
          trx,
          SYSTEM_ACTOR,
          next,
          own,
          day,
          derived.filter((a) => a.contractId === contract.id),
        );
      }
    });
    done += batch.length;
  }
}
