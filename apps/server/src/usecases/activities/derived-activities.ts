import {
  type ContractDeadlines,
  contractDeadlines,
  type DeadlineOption,
  derivedActivitiesOf,
  noticeIsDeadline,
  planDerivedSync,
} from '@overblik/core';
import {
  type AuditActor,
  type DerivedActivityRow,
  deleteAudited,
  deleteRemindersOf,
  derivedActivitiesOfContracts,
  type Executor,
  insertAudited,
  updateAudited,
} from '@overblik/db';
import { type ContractState, deadlineTermsOf } from '../contracts/contract-values.js';

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
  contract: Pick<ContractState, 'id' | 'organisationId'> & Parameters<typeof deadlineTermsOf>[0],
  options: readonly DeadlineOption[],
  day: string,
  existing?: readonly DerivedActivityRow[],
  computed?: ContractDeadlines,
): Promise<void> {
  const terms = deadlineTermsOf(contract);
  const deadlines = computed ?? contractDeadlines(terms, options, day);
  const rows = existing ?? (await derivedActivitiesOfContracts(trx, [contract.id]));
  const plan = planDerivedSync(
    rows.map((r) => ({ id: r.id, key: r.derivedKey, dueOn: r.dueOn, status: r.status })),
    derivedActivitiesOf(deadlines, day, { noticeDeadline: noticeIsDeadline(terms) }),
    day,
  );
  if (plan.insert.length + plan.move.length + plan.remove.length === 0) return;
  const organisationId = contract.organisationId;
  const now = new Date().toISOString();
  for (const w of plan.insert) {
    await insertAudited(trx, actor, 'activities', {
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
