import {
  type CheckInput,
  type ContractForControl,
  checkMatchedInvoice,
  type Deviation,
  type EInvoice,
  type InvoiceCheck,
  type InvoicedBefore,
  invoicedPeriod,
  matchInvoice,
  type PriceRegulationTerms,
  priceIndexKey,
} from '@overblik/core';
import {
  type ContractRow,
  type ControlContracts,
  contractsForControl,
  type Executor,
  findSameNumberInvoice,
  findSupplierByCvr,
  getOrganisation,
  type InvoiceRow,
  linesInvoicedBefore,
  listUnits,
  orderReferencesFor,
  type PriceElementRow,
  priceIndexValues,
} from '@overblik/db';

/** What people decided about an invoice, which the check follows instead of its own matching. */
export type InvoiceDecisions = {
  invoiceId: string | null;
  /** When the stored invoice was received (null: not stored yet). */
  receivedAt: string | null;
  assignedContractId: string | null;
  outsideContract: boolean;
  outsideContractReason: string | null;
  lineAssignments: { lineId: string; priceElementId: string }[];
};

export const NO_DECISIONS: InvoiceDecisions = {
  invoiceId: null,
  receivedAt: null,
  assignedContractId: null,
  outsideContract: false,
  outsideContractReason: null,
  lineAssignments: [],
};

export type StoredCheck = {
  check: InvoiceCheck;
  supplierId: string | null;
  duplicateOf: { invoiceId: string; number: string } | null;
  contracts: ControlContracts;
};

/**
 * Checks a parsed invoice against the organisation's register: reads everything the pure rule
 * (`checkInvoice` in core) needs — the organisation's CVR and units' EAN numbers, the supplier by CVR, the
 * candidate contracts with their price elements and item-id mappings, mapped order references, index
 * values, earlier invoice lines on those contracts, an earlier invoice with the same number — and runs it.
 */
export async function runInvoiceCheck(
  db: Executor,
  organisationId: string,
  doc: EInvoice,
  decisions: InvoiceDecisions,
): Promise<StoredCheck> {
  const [organisation, units] = await Promise.all([getOrganisation(db, organisationId), listUnits(db, organisationId)]);
  const supplier = doc.supplier.cvr ? await findSupplierByCvr(db, organisationId, doc.supplier.cvr) : undefined;
  const orderReferences = await orderReferencesFor(db, organisationId, doc.orderReference);
  const contracts = await contractsForControl(db, organisationId, {
    supplierId: supplier?.id ?? null,
    numbers: doc.contractReferences,
    ids: [...orderReferences.map((o) => o.contractId), ...(decisions.assignedContractId ? [decisions.assignedContractId] : [])],
  });
  const indexName = contracts.contracts.find((c) => c.priceRegulation === 'index')?.priceIndex ?? null;
  const duplicateOf = await findSameNumberInvoice(db, organisationId, {
    supplierCvr: doc.supplier.cvr,
    supplierName: doc.supplier.name,
    number: doc.number,
    kind: doc.kind,
    receivedBefore:
      decisions.invoiceId && decisions.receivedAt ? { id: decisions.invoiceId, createdAt: decisions.receivedAt } : null,
  });
  const input: CheckInput = {
    doc,
    organisation: { cvr: organisation?.cvr ?? null, units: units.map((u) => ({ id: u.id, ean: u.ean })) },
    supplierId: supplier?.id ?? null,
    contracts: controlContractsOf(contracts),
    orderReferences,
    assignment: decisions.outsideContract
      ? { outsideContract: true, reason: decisions.outsideContractReason ?? '' }
      : decisions.assignedContractId
        ? { contractId: decisions.assignedContractId }
        : null,
    lineAssignments: decisions.lineAssignments,
    indexValues: indexName ? await priceIndexValues(db, priceIndexKey(indexName)) : new Map(),
    invoicedBefore: [],
    duplicateOf: duplicateOf ? { invoiceId: duplicateOf.id, number: duplicateOf.number } : null,
  };
  // Matching does not read earlier invoices; the double-invoicing and quantity rules do, for the matched elements
  // only. So: match, read those elements' history, then check once with it and the match.
  const matched = matchInvoice(input);
  const elementIds = [...new Set(matched.lines.map((l) => l.check.priceElementId).filter((id): id is string => id !== null))];
  const before = await linesInvoicedBefore(db, organisationId, elementIds, decisions.invoiceId);
  const invoicedBefore = before.map(
    (b): InvoicedBefore => ({
      invoiceId: b.invoiceId,
      invoiceNumber: b.invoiceNumber,
      priceElementId: b.priceElementId as string,
      period: invoicedPeriod(
        { start: b.periodStart, end: b.periodEnd },
        { start: b.invoicePeriodStart, end: b.invoicePeriodEnd },
        b.issueDate,
      ),
      quantity: b.quantity,
      kind: b.kind,
    }),
  );
  return {
    check: checkMatchedInvoice({ ...input, invoicedBefore }, matched),
    supplierId: supplier?.id ?? null,
    duplicateOf: input.duplicateOf,
    contracts,
  };
}

export function controlContractsOf(found: ControlContracts): ContractForControl[] {
  return found.contracts.map((c) => ({
    id: c.id,
    number: c.number,
    name: c.name,
    supplierId: c.supplierId,
    currency: c.currency,
    inForceFrom: c.inForceFrom,
    endsOn: c.endsOn,
    operationsStartOn: c.operationsStartOn,
    priceRegulation: regulationTerms(c),
    priceElements: found.priceElements.filter((p) => p.contractId === c.id).map(priceElementForControl),
    itemMappings: found.itemMappings
      .filter((m) => m.contractId === c.id)
      .map((m) => ({ itemId: m.itemId, priceElementId: m.priceElementId })),
  }));
}

function priceElementForControl(p: PriceElementRow) {
  return {
    id: p.id,
    number: p.number,
    name: p.name,
    unitCode: p.unitCode,
    unitPrice: p.unitPrice,
    quantity: p.quantity,
    recurrence: p.recurrence,
    validFrom: p.validFrom,
    validTo: p.validTo,
  };
}

function regulationTerms(c: ContractRow): PriceRegulationTerms {
  const common = {
    date: c.priceRegulationDate,
    capPercent: c.priceRegulationCapPercent,
    floorPercent: c.priceRegulationFloorPercent,
    inForceFrom: c.inForceFrom,
  };
  if (c.priceRegulation === 'index') return { kind: 'index', index: c.priceIndex, baseMonth: c.priceIndexBaseMonth, ...common };
  if (c.priceRegulation === 'fixed_percent') return { kind: 'fixed_percent', percent: c.priceRegulationPercent, ...common };
  return { kind: 'none' };
}

/** A deviation as stored in the invoice's JSON column (øre as a string: JSON has no bigint). */
export type StoredDeviation = Omit<Deviation, 'amount'> & { amount: string | null };

export function storedDeviations(deviations: readonly Deviation[]): string {
  return JSON.stringify(deviations.map((d) => ({ ...d, amount: d.amount === null ? null : d.amount.toString() })));
}

export function readDeviations(json: string): StoredDeviation[] {
  return JSON.parse(json) as StoredDeviation[];
}

/** The invoice columns that hold what a check found. */
export function checkColumns(result: StoredCheck, checkedAt: string) {
  const { check } = result;
  return {
    matchedSupplierId: result.supplierId,
    matchedUnitId: check.buyer.unitId,
    buyerMatch: check.buyer.explanation,
    matchedContractId: check.contract.contractId,
    contractMatch: check.contract.step,
    contractExplanation: check.contract.explanation,
    duplicateOfId: result.duplicateOf?.invoiceId ?? null,
    deviations: storedDeviations(check.deviations),
    deviationCount: check.deviations.filter((d) => d.severity !== 'info').length,
    deviationAmount: check.deviationAmount,
    maxSeverity: check.maxSeverity,
    checkedAt,
  } satisfies Partial<InvoiceRow>;
}
