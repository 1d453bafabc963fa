import { contractsDueForDeadlines, type Db, markAllDeadlinesDue, optionsOfContracts, storeDeadlines } from '@overblik/db';
import { type ContractState, withDerived } from './contract-values.js';

/**
 * Brings every contract's stored deadlines up to `day`: those computed for an earlier day (or never) are
 * computed again, in batches. Runs when the server starts and every hour (the first run after midnight moves
 * everything to the new day), and as `overblik deadlines recompute`. Idempotent, so several instances may
 * run it at once. Returns how many contracts were brought up to date.
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
    const contractOptions = await optionsOfContracts(
      db,
      batch.map((c) => c.id),
    );
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
      }
    });
    done += batch.length;
  }
}
