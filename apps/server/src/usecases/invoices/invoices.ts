import type * as Api from '@overblik/api';
import { type EInvoice, invoiceKindWord, may, oreToDecimalString, safeFileName } from '@overblik/core';
import {
  type Executor,
  listInvoices as findInvoices,
  forOrganisation,
  getInvoice,
  getUnit,
  type InvoiceLineRow,
  type InvoiceStatus,
  type InvoiceView,
  listInvoiceLines,
  readInvoiceFile,
} from '@overblik/db';
import { parseEInvoice } from '@overblik/ubl';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';
import { readDeviations, type StoredDeviation } from './invoice-check.js';

const OPEN: readonly InvoiceStatus[] = ['received', 'checked', 'disputed'];

export async function listInvoices(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.InvoiceQuery,
): Promise<Api.InvoicePage> {
  requireOrganisation(caller, 'read', organisationId);
  const status = query.status ?? 'all';
  const page = await findInvoices(deps.db, organisationId, {
    statuses: status === 'all' ? undefined : status === 'open' ? OPEN : [status],
    kind: query.kind,
    supplierId: query.supplierId,
    contractId: query.contractId,
    outsideContract: query.outsideContract,
    severity: query.severity,
    q: query.q?.trim() || undefined,
    from: query.from,
    to: query.to,
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  return { items: page.items.map(presentInvoiceSummary), total: page.total };
}

export async function getInvoiceDetail(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  invoiceId: string,
): Promise<Api.InvoiceDetail> {
  requireOrganisation(caller, 'read', organisationId);
  const invoice = await invoiceOrThrow(deps.db, organisationId, invoiceId);
  return presentInvoiceDetail(deps.db, caller, invoice);
}

export async function downloadInvoiceXml(deps: Deps, caller: Caller, organisationId: string, invoiceId: string) {
  requireOrganisation(caller, 'read', organisationId);
  const invoice = await invoiceOrThrow(deps.db, organisationId, invoiceId);
  const bytes = await readInvoiceFile(deps.db, organisationId, invoiceId);
  if (!bytes) throw new AppError('invoice_not_found');
  return {
    bytes,
    fileName: safeFileName(invoice.fileName, `${invoiceKindWord(invoice.kind)}-${invoice.number}.xml`),
    sha256: invoice.sha256,
  };
}

export async function invoiceOrThrow(db: Executor, organisationId: string, invoiceId: string): Promise<InvoiceView> {
  const invoice = await getInvoice(db, organisationId, invoiceId);
  if (!invoice) throw new AppError('invoice_not_found');
  return invoice;
}

/** The stored document, parsed again (it was accepted once, so it parses). */
export async function storedDocument(db: Executor, organisationId: string, invoiceId: string): Promise<EInvoice> {
  const bytes = await readInvoiceFile(db, organisationId, invoiceId);
  if (!bytes) throw new AppError('invoice_not_found');
  return parseEInvoice(bytes, { maxBytes: Number.MAX_SAFE_INTEGER });
}

/**
 * Who may approve, dispute or reject: administrators, and persons with the it-controller responsibility on
 * the invoice's contract — or, for an invoice without a contract, on any of the organisation's contracts.
 */
export async function mayDecide(db: Executor, caller: Caller, organisationId: string, contractId: string | null) {
  if (!may(caller.actor, 'write', organisationId)) return false;
  if (may(caller.actor, 'admin', organisationId)) return true;
  let query = forOrganisation(db, organisationId)
    .selectFrom('contractResponsibilities')
    .select('id')
    .where('role', '=', 'it_controller')
    .where('userId', '=', caller.user.id);
  if (contractId) query = query.where('contractId', '=', contractId);
  return (await query.limit(1).executeTakeFirst()) !== undefined;
}

const money = (ore: number | string | bigint | null) => oreToDecimalString(BigInt(ore ?? 0));
/** Amounts in question are shown positive; the invoice's own amounts keep their sign (a credit note's are negative). */
const positive = (ore: number | string | bigint | null) => money(BigInt(ore ?? 0) < 0n ? -BigInt(ore ?? 0) : (ore ?? 0));

export function presentInvoiceSummary(i: InvoiceView): Api.InvoiceSummary {
  return {
    id: i.id,
    kind: i.kind,
    format: i.format,
    number: i.number,
    issueDate: i.issueDate,
    dueDate: i.dueDate,
    currency: i.currency,
    supplierName: i.supplierName,
    supplierCvr: i.supplierCvr,
    supplierId: i.matchedSupplierId,
    contractId: i.matchedContractId,
    contractNumber: i.contractNumber,
    contractName: i.contractName,
    contractMatch: i.contractMatch as Api.InvoiceSummary['contractMatch'],
    outsideContract: i.outsideContract === 1,
    periodStart: i.periodStart,
    periodEnd: i.periodEnd,
    lineCount: i.lineCount,
    lineExtensionAmount: money(i.lineExtensionAmount),
    taxAmount: money(i.taxAmount),
    payableAmount: money(i.payableAmount),
    status: i.status,
    deviationCount: i.deviationCount,
    deviationAmount: positive(i.deviationAmount),
    maxSeverity: i.maxSeverity,
    duplicateOfId: i.duplicateOfId,
    receivedAt: i.createdAt,
    updatedAt: i.updatedAt,
  };
}

function presentDeviation(d: StoredDeviation): Api.Deviation {
  return { ...d, amount: d.amount === null ? null : positive(d.amount) };
}

async function presentInvoiceDetail(db: Executor, caller: Caller, invoice: InvoiceView): Promise<Api.InvoiceDetail> {
  const organisationId = invoice.organisationId;
  const [doc, lines, unit, canDecide] = await Promise.all([
    storedDocument(db, organisationId, invoice.id),
    listInvoiceLines(db, organisationId, invoice.id),
    invoice.matchedUnitId ? getUnit(db, organisationId, invoice.matchedUnitId) : undefined,
    mayDecide(db, caller, organisationId, invoice.matchedContractId),
  ]);
  const deviations = readDeviations(invoice.deviations);
  const elementIds = [...new Set(lines.map((l) => l.matchedPriceElementId).filter((id): id is string => id !== null))];
  const elements =
    elementIds.length === 0
      ? []
      : await forOrganisation(db, organisationId).selectFrom('priceElements').selectAll().where('id', 'in', elementIds).execute();
  const byId = new Map(elements.map((e) => [e.id, e]));
  return {
    ...presentInvoiceSummary(invoice),
    customizationId: doc.customizationId,
    profileId: doc.profileId,
    sha256: invoice.sha256,
    sizeBytes: invoice.sizeBytes,
    fileName: safeFileName(invoice.fileName, null),
    source: invoice.source,
    receivedBy: invoice.receivedBy,
    supplierEndpoint: invoice.supplierEndpoint,
    buyerGln: invoice.buyerGln,
    buyerCvr: invoice.buyerCvr,
    buyerName: doc.buyer.name,
    buyerReference: invoice.buyerReference,
    buyerUnitId: invoice.matchedUnitId,
    buyerUnitName: unit?.name ?? null,
    buyerMatch: invoice.buyerMatch,
    contractReference: invoice.contractReference,
    orderReference: invoice.orderReference,
    accountingCost: invoice.accountingCost,
    billingReferences: doc.billingReferences.map((b) => b.id),
    notes: doc.notes,
    paymentMeans: doc.paymentMeans.map((p) => ({ code: p.code, paymentId: p.paymentId, account: p.account, dueDate: p.dueDate })),
    allowanceTotal: doc.totals.allowanceTotal,
    chargeTotal: doc.totals.chargeTotal,
    contractExplanation: invoice.contractExplanation,
    assignedContractId: invoice.assignedContractId,
    outsideContractReason: invoice.outsideContractReason,
    deviations: deviations.map(presentDeviation),
    lines: lines.map((l) => presentLine(l, l.matchedPriceElementId ? byId.get(l.matchedPriceElementId) : undefined, deviations)),
    decisionComment: invoice.decisionComment,
    decidedBy: invoice.decidedByName,
    decidedAt: invoice.decidedAt,
    disputeText: invoice.disputeText,
    checkedAt: invoice.checkedAt,
    canDecide,
  };
}

type ElementRow = {
  id: string;
  number: string | null;
  name: string;
  unitCode: string;
  unitPrice: string;
  quantity: string | null;
  recurrence: string;
  accountCoding: string | null;
};

function presentLine(l: InvoiceLineRow, element: ElementRow | undefined, deviations: StoredDeviation[]): Api.InvoiceLine {
  return {
    lineId: l.lineId,
    position: l.position,
    itemName: l.itemName,
    description: l.description,
    quantity: l.quantity,
    unitCode: l.unitCode,
    price: l.price,
    baseQuantity: l.baseQuantity,
    lineAmount: money(l.lineAmount),
    periodStart: l.periodStart,
    periodEnd: l.periodEnd,
    sellersItemId: l.sellersItemId,
    accountingCost: l.accountingCost,
    priceElement: element
      ? {
          id: element.id,
          number: element.number,
          name: element.name,
          unitCode: element.unitCode,
          unitPrice: element.unitPrice,
          quantity: element.quantity,
          recurrence: element.recurrence,
          accountCoding: element.accountCoding,
        }
      : null,
    match: l.lineMatch as Api.InvoiceLine['match'],
    matchCertain: l.lineMatchCertain === 1,
    matchExplanation: l.lineExplanation,
    allowedUnitPrice: l.allowedUnitPrice,
    deviations: deviations.filter((d) => d.lineId === l.lineId).map(presentDeviation),
  };
}
