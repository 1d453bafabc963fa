import type { CalendarDate } from '@overblik/core';
import type { Selectable } from 'kysely';
import type { ActivityRow, SupplierSegmentSettingsTable, SupplierSegmentTable } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';
import { toOre } from './money-column.js';

export type SegmentSettingsRow = Selectable<SupplierSegmentSettingsTable>;
export type SegmentPlacementRow = Selectable<SupplierSegmentTable>;

export async function getSegmentSettings(db: Executor, organisationId: string): Promise<SegmentSettingsRow | undefined> {
  return forOrganisation(db, organisationId).selectFrom('supplierSegmentSettings').selectAll().executeTakeFirst();
}

/** The confirmed placements: all of the organisation's, or one supplier's (its own and its contracts'). */
export async function listSegmentPlacements(
  db: Executor,
  organisationId: string,
  supplierId?: string,
): Promise<SegmentPlacementRow[]> {
  let query = forOrganisation(db, organisationId).selectFrom('supplierSegments').selectAll();
  if (supplierId) query = query.where('supplierId', '=', supplierId);
  return query.orderBy('supplierId').orderBy('scope').execute();
}

/** The contracts as the segmentation weighs them (every contract; the caller keeps the active ones). */
export async function listSegmentContracts(db: Executor, organisationId: string, supplierId?: string) {
  let query = forOrganisation(db, organisationId)
    .selectFrom('contracts')
    .select([
      'id',
      'supplierId',
      'number',
      'name',
      'annualCost',
      'currency',
      'agreementElements',
      'criticality',
      'societallyCritical',
      'exitClause',
      'dataReturn',
      'transferability',
      'personalData',
      'inForceFrom',
      'terminationGivenOn',
      'endsOn',
    ]);
  if (supplierId) query = query.where('supplierId', '=', supplierId);
  const rows = await query.orderBy('number').execute();
  return rows.map((r) => ({ ...r, annualCost: toOre(r.annualCost), societallyCritical: Boolean(r.societallyCritical) }));
}

/**
 * The invoices issued from `from` to `to` as the segmentation weighs them, each with the supplier it belongs to:
 * the supplier it was matched to, or else the supplier of the contract it was assigned or matched to.
 */
export async function listSegmentInvoices(db: Executor, organisationId: string, from: CalendarDate, to: CalendarDate) {
  const rows = await forOrganisation(db, organisationId)
    .selectFrom('invoices')
    .leftJoin('contracts', (join) =>
      join
        .on('contracts.organisationId', '=', organisationId)
        .on((eb) => eb('contracts.id', '=', eb.fn.coalesce('invoices.assignedContractId', 'invoices.matchedContractId'))),
    )
    .select([
      'invoices.kind',
      'invoices.status',
      'invoices.currency',
      'invoices.payableAmount',
      'invoices.deviationCount',
      'invoices.maxSeverity',
      'invoices.checkedAt',
      'invoices.matchedSupplierId',
      'invoices.duplicateOfId',
      'contracts.id as contractId',
      'contracts.supplierId as contractSupplierId',
    ])
    .where('invoices.issueDate', '>=', from)
    .where('invoices.issueDate', '<=', to)
    .execute();
  return rows.map((r) => ({
    ...r,
    payableAmount: toOre(r.payableAmount) ?? 0n,
    supplierId: r.contractSupplierId ?? r.matchedSupplierId,
  }));
}

/** A supplier's activities created by its follow-up regime (derived key `regime:<kind>`). */
export async function listRegimeActivities(db: Executor, organisationId: string, supplierId: string): Promise<ActivityRow[]> {
  return forOrganisation(db, organisationId)
    .selectFrom('activities')
    .selectAll()
    .where('supplierId', '=', supplierId)
    .where('contractId', 'is', null)
    .where('derivedKey', 'like', 'regime:%')
    .orderBy('createdAt')
    .execute();
}
