import type { CalendarDate } from '../time/calendar-date.js';

/** What the double-purchase check needs to know of a contract. */
export type PurchaseFacts = {
  id: string;
  parentId: string | null;
  supplierId: string | null;
  systemName: string | null;
  agreementElements: readonly string[];
  /** First day in force; a contract without one (a draft) is never compared. */
  inForceFrom: CalendarDate | null;
  /** Last day; null when it runs on. */
  endsOn: CalendarDate | null;
};

export type DoublePurchaseReason = 'same_supplier_and_element' | 'same_system_and_element' | 'same_supplier';

export type DoublePurchase = {
  contractId: string;
  otherId: string;
  reason: DoublePurchaseReason;
  agreementElements: string[];
  overlapFrom: CalendarDate;
  overlapTo: CalendarDate | null;
};

/** The days two contracts are both in force, or null when they do not overlap (both ends inclusive). */
export function overlapInTime(a: PurchaseFacts, b: PurchaseFacts): { from: CalendarDate; to: CalendarDate | null } | null {
  if (!a.inForceFrom || !b.inForceFrom) return null;
  const from = a.inForceFrom > b.inForceFrom ? a.inForceFrom : b.inForceFrom;
  const to = a.endsOn === null ? b.endsOn : b.endsOn === null ? a.endsOn : a.endsOn < b.endsOn ? a.endsOn : b.endsOn;
  if (to !== null && to < from) return null;
  return { from, to };
}

function sameSystem(a: PurchaseFacts, b: PurchaseFacts): boolean {
  const norm = (s: string | null) => s?.trim().toLocaleLowerCase('da') ?? '';
  return norm(a.systemName) !== '' && norm(a.systemName) === norm(b.systemName);
}

function related(a: PurchaseFacts, b: PurchaseFacts): boolean {
  return a.parentId === b.id || b.parentId === a.id || (a.parentId !== null && a.parentId === b.parentId);
}

/**
 * The Drejebog's "dobbeltkøb": two contracts of the organisation that are in force at the same time and
 * - cover the same agreement element with the same supplier (`same_supplier_and_element`), or
 * - cover the same agreement element for the same system or service (`same_system_and_element`), or
 * - are with the same supplier (`same_supplier`, the weakest signal).
 * A contract and its own tillæg (or two tillæg of one main contract) are meant to overlap and are not reported.
 * Only the strongest reason is given per pair; pairs are reported once, with `contractId` the one listed first.
 */
export function findDoublePurchases(contracts: readonly PurchaseFacts[]): DoublePurchase[] {
  const found: DoublePurchase[] = [];
  for (let i = 0; i < contracts.length; i++) {
    const a = contracts[i] as PurchaseFacts;
    for (let j = i + 1; j < contracts.length; j++) {
      const b = contracts[j] as PurchaseFacts;
      if (related(a, b)) continue;
      const sameSupplier = a.supplierId !== null && a.supplierId === b.supplierId;
      const system = sameSystem(a, b);
      if (!sameSupplier && !system) continue;
      const overlap = overlapInTime(a, b);
      if (!overlap) continue;
      const shared = a.agreementElements.filter((e) => b.agreementElements.includes(e));
      const reason: DoublePurchaseReason | null =
        shared.length > 0 && sameSupplier
          ? 'same_supplier_and_element'
          : shared.length > 0 && system
            ? 'same_system_and_element'
            : sameSupplier
              ? 'same_supplier'
              : null;
      if (!reason) continue;
      found.push({
        contractId: a.id,
        otherId: b.id,
        reason,
        agreementElements: shared,
        overlapFrom: overlap.from,
        overlapTo: overlap.to,
      });
    }
  }
  return found;
}
