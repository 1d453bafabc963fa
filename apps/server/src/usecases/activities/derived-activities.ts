import {
  type CalendarDate,
  type ContractDeadlines,
  contractDeadlines,
  type DeadlineOption,
  derivedActivitiesOf,
  noticeIsDeadline,
  planDerivedSync,
} from '@overblik/core';
import {
  type AuditActor,
  type Database,
  type DerivedActivityRow,
  deleteAudited,
  deleteRemindersOf,
  derivedActivitiesOfContracts,
  type Executor,
  insertAuditedMany,
  updateAudited,
} from '@overblik/db';
import type { Insertable } from 'kysely';
import { type ContractState, deadlineTermsOf } from '../contracts/contract-values.js';

type DerivedContract = Pick<ContractState, 'id' | 'organisationId'> & Parameters<typeof deadlineTermsOf>[0];

/**
 * Keeps a contract's derived activities (expiry, notice deadline, option deadlines, price regulation, end of
 * the irrevocable period) in step with its terms for `day`, by the rules of `planDerivedSync`: never two for
 * the same deadline, a done one stays done, an overdue one stays until someone closes it. Every change is
 * audited with `actor`. `existing` and `computed` (the contract's deadlines for `day`) may be passed when the
 * caller has them already (the batch recompute).
 */
export async function syncDerivedActivities(
  trx: Executor,
  actor: AuditActor,
  contract: DerivedContract,
  options: readonly DeadlineOption[],
  day: CalendarDate,
  existing?: readonly DerivedActivityRow[],
  computed?: ContractDeadlines,
): Promise<void> {
  const rows = existing ?? (await derivedActivitiesOfContracts(trx, [contract.id]));
  await syncDerivedActivitiesOf(trx, actor, [{ contract, options, existing: rows, ...(computed && { computed }) }], day);
}

/**
 * `syncDerivedActivities` for many contracts whose derived activities the caller has read (an import's batch
 * of new contracts has none): new activities are written in a few multi-row statements.
 */
export async function syncDerivedActivitiesOf(
  trx: Executor,
  actor: AuditActor,
  contracts: ReadonlyArray<{
    contract: DerivedContract;
    options: readonly DeadlineOption[];
    existing: readonly DerivedActivityRow[];
    computed?: ContractDeadlines;
  }>,
  day: CalendarDate,
): Promise<void> {
  const now = actor.clock.now().toISOString();
  const inserts: Array<Insertable<Database['activities']>> = [];
  const changes: Array<{ organisationId: string; plan: ReturnType<typeof planDerivedSync> }> = [];
  for (const { contract, options, existing, computed } of contracts) {
    const terms = deadlineTermsOf(contract);
    const deadlines = computed ?? contractDeadlines(terms, options, day);
    const plan = planDerivedSync(
      existing.map((r) => ({ id: r.id, key: r.derivedKey, dueOn: r.dueOn, status: r.status })),
      derivedActivitiesOf(deadlines, day, { noticeDeadline: noticeIsDeadline(terms) }),
      day,
    );
    const organisationId = contract.organisationId;
    for (const w of plan.insert) {
      inserts.push({
        id: crypto.randomUUID(),
        organisationId,
        contractId: contract.id,
        supplierId: null,
        type: w.type,
        recurrence: 'none',
        anchorOn: w.dueOn,
        recurrenceDates: '[]',
        dueOn: w.dueOn,
        extraEmails: '[]',
        derivedKey: w.key,
        status: 'open',
        nextReminderOn: day,
        createdAt: now,
        updatedAt: now,
      });
    }
    changes.push({ organisationId, plan });
  }
  await insertAuditedMany(trx, actor, 'activities', inserts);
  for (const { organisationId, plan } of changes) {
    for (const m of plan.move) {
      await updateAudited(
        trx,
        actor,
        'activities',
        { id: m.id, organisationId },
        { dueOn: m.dueOn, anchorOn: m.dueOn, nextReminderOn: day },
      );
    }
    if (plan.remove.length > 0) await deleteRemindersOf(trx, organisationId, plan.remove);
    for (const id of plan.remove) await deleteAudited(trx, actor, 'activities', { id, organisationId });
  }
}
