import { randomUUID } from 'node:crypto';
import type * as Api from '@overblik/api';
import { disputeText, type EInvoice } from '@overblik/core';
import {
  type AuditActor,
  acrossOrganisations,
  type Executor,
  findItemMapping,
  getContract,
  getOrganisation,
  getPriceElement,
  type InvoiceRow,
  insertAudited,
  invoicesToRecheck,
  listInvoiceLines,
  registerChangedAt,
  systemActor,
  updateAudited,
  updateInvoiceLineCheck,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';
import { blankToNull } from '../text.js';
import { checkColumns, type InvoiceDecisions, runInvoiceCheck, type StoredCheck } from './invoice-check.js';
import { getInvoiceDetail, invoiceOrThrow, mayDecide, storedDocument } from './invoices.js';
import { lineCheckColumns } from './receive-invoices.js';

/** Decided invoices keep their check as it was when decided; reopening one checks it again. */
const UNDECIDED = new Set(['received', 'checked', 'disputed']);

type LineAssignment = { lineId: string; priceElementId: string };

function decisionsOf(invoice: InvoiceRow): InvoiceDecisions {
  return {
    invoiceId: invoice.id,
    receivedAt: invoice.createdAt,
    assignedContractId: invoice.assignedContractId,
    outsideContract: invoice.outsideContract === 1,
    outsideContractReason: invoice.outsideContractReason,
    lineAssignments: JSON.parse(invoice.lineAssignments) as LineAssignment[],
  };
}

/**
 * Checks a stored invoice again against the register as it is now, and stores what the check found (the
 * invoice's columns audited as the given actor; its lines' match columns where they changed).
 */
export async function recheckStoredInvoice(
  trx: Executor,
  actor: AuditActor,
  invoice: InvoiceRow,
): Promise<{ result: StoredCheck; changed: boolean; doc: EInvoice; columns: ReturnType<typeof checkColumns> }> {
  const organisationId = invoice.organisationId;
  const doc = await storedDocument(trx, organisationId, invoice.id);
  const result = await runInvoiceCheck(trx, organisationId, doc, decisionsOf(invoice));
  const columns = checkColumns(result, actor.clock.now().toISOString());
  const before = JSON.stringify([
    invoice.matchedContractId,
    invoice.deviations,
    invoice.matchedSupplierId,
    invoice.duplicateOfId,
  ]);
  await updateAudited(
    trx,
    actor,
    'invoices',
    { id: invoice.id, organisationId },
    { ...columns, ...(invoice.status === 'received' && { status: 'checked' as const }) },
  );
  const checks = new Map(result.check.lines.map((l) => [l.lineId, l]));
  let linesChanged = false;
  for (const line of await listInvoiceLines(trx, organisationId, invoice.id)) {
    const next = lineCheckColumns(checks.get(line.lineId));
    if (
      next.matchedPriceElementId !== line.matchedPriceElementId ||
      next.lineMatch !== line.lineMatch ||
      next.lineMatchCertain !== line.lineMatchCertain ||
      next.lineExplanation !== line.lineExplanation ||
      next.allowedUnitPrice !== line.allowedUnitPrice
    ) {
      linesChanged = true;
      await updateInvoiceLineCheck(trx, organisationId, line.id, next);
    }
  }
  const after = JSON.stringify([columns.matchedContractId, columns.deviations, columns.matchedSupplierId, columns.duplicateOfId]);
  return { result, changed: linesChanged || before !== after, doc, columns };
}

export async function checkInvoiceAgain(deps: Deps, caller: Caller, organisationId: string, invoiceId: string) {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const invoice = await invoiceOrThrow(trx, organisationId, invoiceId);
    if (!UNDECIDED.has(invoice.status)) throw new AppError('invoice_decided');
    await recheckStoredInvoice(trx, caller.audit, invoice);
  });
  return getInvoiceDetail(deps, caller, organisationId, invoiceId);
}

/**
 * Checks the organisation's open invoices again where the register changed after their last check (a new
 * contract, price element, supplier, mapping or index value): what a controller sees is never stale.
 * `all` checks every open invoice. Each invoice is its own transaction.
 */
export async function recheckOpenInvoices(
  deps: Deps,
  organisationId: string,
  actor: AuditActor = systemActor(deps.clock),
  all = false,
): Promise<Api.RecheckReport> {
  const since = all ? null : await registerChangedAt(deps.db, organisationId);
  if (!all && since === null) return { checked: 0, changed: 0 };
  const ids = await invoicesToRecheck(deps.db, organisationId, since);
  let changed = 0;
  for (const id of ids) {
    const didChange = await deps.db.transaction().execute(async (trx) => {
      const invoice = await invoiceOrThrow(trx, organisationId, id);
      if (!UNDECIDED.has(invoice.status)) return false;
      return (await recheckStoredInvoice(trx, actor, invoice)).changed;
    });
    if (didChange) changed++;
  }
  return { checked: ids.length, changed };
}

/** The scheduled re-check: every organisation that has open invoices (a system job's cross-organisation read). */
export async function recheckAllOrganisations(deps: Deps): Promise<Api.RecheckReport> {
  const organisations = await acrossOrganisations(deps.db, 'invoice re-check')
    .selectFrom('invoices')
    .select('organisationId')
    .distinct()
    .where('status', 'in', [...UNDECIDED] as InvoiceRow['status'][])
    .execute();
  const total = { checked: 0, changed: 0 };
  for (const { organisationId } of organisations) {
    const one = await recheckOpenInvoices(deps, organisationId);
    total.checked += one.checked;
    total.changed += one.changed;
  }
  return total;
}

export async function recheckInvoices(deps: Deps, caller: Caller, organisationId: string) {
  requireOrganisation(caller, 'write', organisationId);
  return recheckOpenInvoices(deps, organisationId, caller.audit, true);
}

export async function assignInvoiceContract(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  invoiceId: string,
  input: Api.AssignContractRequest,
) {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const invoice = await invoiceOrThrow(trx, organisationId, invoiceId);
    if (!UNDECIDED.has(invoice.status)) throw new AppError('invoice_decided');
    let patch: Pick<InvoiceRow, 'assignedContractId' | 'outsideContract' | 'outsideContractReason'>;
    if ('outsideContract' in input) {
      patch = { assignedContractId: null, outsideContract: 1, outsideContractReason: input.reason.trim() };
    } else {
      if (input.contractId && !(await getContract(trx, organisationId, input.contractId)))
        throw invalidFields({ field: '/contractId', code: 'unknown_reference' });
      patch = { assignedContractId: input.contractId, outsideContract: 0, outsideContractReason: null };
      if (input.contractId && input.rememberOrderReference && invoice.orderReference)
        await rememberOrderReference(trx, caller, organisationId, invoice.orderReference, input.contractId);
    }
    const updated = await updateAudited(trx, caller.audit, 'invoices', { id: invoiceId, organisationId }, patch);
    if (updated) await recheckStoredInvoice(trx, caller.audit, updated);
  });
  return getInvoiceDetail(deps, caller, organisationId, invoiceId);
}

async function rememberOrderReference(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  reference: string,
  contractId: string,
) {
  const existing = await trx
    .selectFrom('invoiceOrderReferences')
    .selectAll()
    .where('organisationId', '=', organisationId)
    .where('orderReference', '=', reference)
    .executeTakeFirst();
  if (existing) {
    await updateAudited(trx, caller.audit, 'invoiceOrderReferences', { id: existing.id, organisationId }, { contractId });
    return;
  }
  const now = caller.audit.clock.now().toISOString();
  await insertAudited(trx, caller.audit, 'invoiceOrderReferences', {
    id: randomUUID(),
    organisationId,
    orderReference: reference,
    contractId,
    createdAt: now,
    updatedAt: now,
  });
}

export async function assignInvoiceLine(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  invoiceId: string,
  lineId: string,
  input: Api.AssignLineRequest,
) {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const invoice = await invoiceOrThrow(trx, organisationId, invoiceId);
    if (!UNDECIDED.has(invoice.status)) throw new AppError('invoice_decided');
    const line = (await listInvoiceLines(trx, organisationId, invoiceId)).find((l) => l.lineId === lineId);
    if (!line) throw new AppError('invoice_line_not_found');
    const assignments = (JSON.parse(invoice.lineAssignments) as LineAssignment[]).filter((a) => a.lineId !== lineId);
    if (input.priceElementId) {
      const contractId = invoice.matchedContractId;
      const element = contractId ? await getPriceElement(trx, organisationId, contractId, input.priceElementId) : undefined;
      if (!element) throw invalidFields({ field: '/priceElementId', code: 'unknown_reference' });
      assignments.push({ lineId, priceElementId: element.id });
      if (input.rememberItemId && line.sellersItemId && contractId) {
        const mapping = await findItemMapping(trx, organisationId, contractId, line.sellersItemId);
        const now = deps.clock.now().toISOString();
        if (mapping)
          await updateAudited(
            trx,
            caller.audit,
            'priceElementItemIds',
            { id: mapping.id, organisationId },
            { priceElementId: element.id },
          );
        else
          await insertAudited(trx, caller.audit, 'priceElementItemIds', {
            id: randomUUID(),
            organisationId,
            contractId,
            priceElementId: element.id,
            itemId: line.sellersItemId,
            createdAt: now,
            updatedAt: now,
          });
      }
    }
    const updated = await updateAudited(
      trx,
      caller.audit,
      'invoices',
      { id: invoiceId, organisationId },
      { lineAssignments: JSON.stringify(assignments) },
    );
    if (updated) await recheckStoredInvoice(trx, caller.audit, updated);
  });
  return getInvoiceDetail(deps, caller, organisationId, invoiceId);
}

/**
 * The IT controller's decision. Approving needs the right (`mayDecide`), a contract or "outside contract"
 * with a reason, and a comment when the check found deviations. Disputing writes the text for the supplier.
 * Reopening (back to checked) is for administrators and checks the invoice again.
 */
export async function decideInvoice(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  invoiceId: string,
  input: Api.InvoiceDecisionRequest,
) {
  requireOrganisation(caller, 'write', organisationId);
  const comment = blankToNull(input.comment ?? null);
  await deps.db.transaction().execute(async (trx) => {
    const invoice = await invoiceOrThrow(trx, organisationId, invoiceId);
    const decided = {
      decidedByUserId: caller.user.id,
      decidedByName: caller.user.name,
      decidedAt: deps.clock.now().toISOString(),
    };
    if (input.status === 'checked') {
      requireOrganisation(caller, 'admin', organisationId);
      if (UNDECIDED.has(invoice.status) && invoice.status !== 'disputed') return;
      const reopened = await updateAudited(
        trx,
        caller.audit,
        'invoices',
        { id: invoiceId, organisationId },
        { status: 'checked', decisionComment: comment, ...decided },
      );
      if (reopened) await recheckStoredInvoice(trx, caller.audit, reopened);
      return;
    }
    if (!UNDECIDED.has(invoice.status)) throw new AppError('invoice_decided');
    if (!(await mayDecide(trx, caller, organisationId, invoice.matchedContractId)))
      throw new AppError('invoice_decision_forbidden');
    const { result, doc, columns } = await recheckStoredInvoice(trx, caller.audit, invoice);
    const contractId = columns.matchedContractId;
    if (input.status === 'approved') {
      if (!contractId && invoice.outsideContract !== 1) throw new AppError('invoice_unmatched');
      if (columns.deviationCount > 0 && !comment) throw invalidFields({ field: '/comment', code: 'required' });
    }
    if (input.status === 'rejected' && !comment) throw invalidFields({ field: '/comment', code: 'required' });
    const text =
      input.status === 'disputed'
        ? disputeText({
            doc,
            check: result.check,
            contractNumber: result.contracts.contracts.find((c) => c.id === contractId)?.number ?? null,
            supplierName: invoice.supplierName,
            organisationName: (await getOrganisation(trx, organisationId))?.name ?? '',
            comment,
          })
        : invoice.disputeText;
    await updateAudited(
      trx,
      caller.audit,
      'invoices',
      { id: invoiceId, organisationId },
      { status: input.status, decisionComment: comment, disputeText: text, ...decided },
    );
  });
  return getInvoiceDetail(deps, caller, organisationId, invoiceId);
}
