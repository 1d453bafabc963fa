import type * as Api from '@overblik/api';
import { type CalendarDate, findDoublePurchases } from '@overblik/core';
import { type Executor, listPurchaseFacts } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { requireOrganisation } from '../authorize.js';
import { present } from '../present.js';

/**
 * Double purchases (dobbeltkøb) among the organisation's contracts that have not ended before `day`
 * (current and coming ones), optionally only those involving one contract.
 */
export async function doublePurchasesOf(
  db: Executor,
  organisationId: string,
  day: CalendarDate,
  contractId?: string,
): Promise<Api.DoublePurchaseWarning[]> {
  const facts = (await listPurchaseFacts(db, organisationId)).filter((c) => c.endsOn === null || c.endsOn >= day);
  const byId = new Map(facts.map((c) => [c.id, c]));
  return findDoublePurchases(facts)
    .filter((f) => !contractId || f.contractId === contractId || f.otherId === contractId)
    .map((f) => {
      const [first, second] = f.otherId === contractId ? [f.otherId, f.contractId] : [f.contractId, f.otherId];
      return {
        contract: present.contractSummary(byId.get(first) as (typeof facts)[number], day),
        other: present.contractSummary(byId.get(second) as (typeof facts)[number], day),
        reason: f.reason,
        agreementElements: f.agreementElements,
        overlapFrom: f.overlapFrom,
        overlapTo: f.overlapTo,
      };
    });
}

export async function doublePurchaseReport(
  deps: Deps,
  caller: Caller,
  organisationId: string,
): Promise<Api.DoublePurchaseReport> {
  requireOrganisation(caller, 'read', organisationId);
  return { items: await doublePurchasesOf(deps.db, organisationId, deps.clock.today()) };
}
