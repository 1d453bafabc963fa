import { createHash, randomUUID } from 'node:crypto';
import type * as Api from '@overblik/api';
import { canonicalDecimal, type EInvoice, kronerToOre, may, safeFileName } from '@overblik/core';
import {
  type Executor,
  findInvoiceByHash,
  type InvoiceLineRow,
  insertAudited,
  insertInvoiceFile,
  insertInvoiceLines,
  systemActor,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import { runTask } from '../../workers/pool.js';
import { requireOrganisation } from '../authorize.js';
import { type IntakeProblem, intakeMessage } from './intake-messages.js';
import { checkColumns, NO_DECISIONS, runInvoiceCheck, type StoredCheck } from './invoice-check.js';

/** A received file; `tooLarge`: it was cut off at the size limit while it arrived. */
export type ReceivedFile = { bytes: Uint8Array; fileName: string | null; tooLarge?: boolean };
export type IntakeSource = 'web' | 'api' | 'cli' | 'folder';

/**
 * Receives e-invoices and credit notes. Each file is read in full before anything is written and then
 * stored in its own transaction with its lines, its original bytes and its check, so a refused file leaves
 * nothing behind and never blocks the others. A file whose bytes were received before is a duplicate and
 * is not stored again; the same invoice number from the same supplier with other bytes is stored and
 * flagged `duplicate_invoice` by the check.
 *
 * The receiving organisation is the one named; without one, the invoice's buyer decides (EAN/GLN of a
 * unit, else CVR) among the organisations the caller may write to.
 */
export async function receiveInvoices(
  deps: Deps,
  caller: Caller,
  files: readonly ReceivedFile[],
  options: { organisationId: string | null; source: IntakeSource; locale: Locale },
): Promise<Api.IntakeReport> {
  if (options.organisationId) requireOrganisation(caller, 'write', options.organisationId);
  const results: Api.IntakeResult[] = [];
  for (const file of files) {
    results.push(await receiveOne(deps, caller, { ...file, fileName: safeFileName(file.fileName, null) }, options));
  }
  return {
    created: results.filter((r) => r.outcome === 'created').length,
    duplicates: results.filter((r) => r.outcome === 'duplicate').length,
    refused: results.filter((r) => r.outcome === 'refused').length,
    results,
  };
}

async function receiveOne(
  deps: Deps,
  caller: Caller,
  file: ReceivedFile,
  options: { organisationId: string | null; source: IntakeSource; locale: Locale },
): Promise<Api.IntakeResult> {
  const refuse = (problem: IntakeProblem, organisationId: string | null = null): Api.IntakeResult => ({
    fileName: file.fileName,
    outcome: 'refused',
    kind: null,
    invoiceId: null,
    organisationId,
    number: null,
    status: null,
    deviationCount: null,
    error: { code: problem.code, message: intakeMessage(problem, options.locale), line: problem.line ?? null },
  });
  if (file.tooLarge) return refuse({ code: 'too_large' });
  if (file.bytes.length === 0) return refuse({ code: 'empty' });
  // Parsing is CPU work: it runs in a worker thread, so a batch of large files does not hold up other requests.
  const parsed = await runTask('parseInvoice', { bytes: file.bytes, maxBytes: deps.config.maxInvoiceBytes });
  if ('refused' in parsed) return refuse(parsed.refused);
  const doc: EInvoice = parsed.invoice;
  const organisationId = options.organisationId ?? (await organisationOfBuyer(deps.db, caller, doc));
  if (!organisationId) return refuse({ code: 'no_organisation', detail: doc.buyer.gln ?? doc.buyer.cvr ?? '' });
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return deps.db.transaction().execute(async (trx) => {
    const existing = await findInvoiceByHash(trx, organisationId, sha256);
    if (existing) {
      return {
        fileName: file.fileName,
        outcome: 'duplicate',
        kind: existing.kind,
        invoiceId: existing.id,
        organisationId,
        number: existing.number,
        status: existing.status,
        deviationCount: existing.deviationCount,
        error: null,
      };
    }
    const result = await runInvoiceCheck(trx, organisationId, doc, NO_DECISIONS);
    const invoiceId = randomUUID();
    const now = deps.clock.now().toISOString();
    const found = checkColumns(result, now);
    await insertAudited(trx, caller.audit, 'invoices', {
      id: invoiceId,
      organisationId,
      ...documentColumns(doc),
      sha256,
      sizeBytes: file.bytes.length,
      fileName: file.fileName,
      source: options.source,
      receivedBy: caller.token ? `${caller.user.name} (API-nøgle ${caller.token.name})` : caller.user.name,
      status: 'received',
      assignedContractId: null,
      outsideContract: 0,
      outsideContractReason: null,
      lineAssignments: '[]',
      decisionComment: null,
      decidedByUserId: null,
      decidedByName: null,
      decidedAt: null,
      disputeText: null,
      ...found,
      createdAt: now,
      updatedAt: now,
    });
    await insertInvoiceLines(trx, organisationId, lineRows(organisationId, invoiceId, doc, result));
    await insertInvoiceFile(trx, organisationId, invoiceId, file.bytes);
    // The automatic check is its own step in the invoice's history: received by someone, checked by the system.
    await updateAudited(trx, systemActor(deps.clock), 'invoices', { id: invoiceId, organisationId }, { status: 'checked' });
    return {
      fileName: file.fileName,
      outcome: 'created',
      kind: doc.kind,
      invoiceId,
      organisationId,
      number: doc.number,
      status: 'checked',
      deviationCount: found.deviationCount,
      error: null,
    };
  });
}

/** A credit note reduces: its amounts are stored negative. */
export function signedOre(amount: string | null, doc: Pick<EInvoice, 'kind'>): bigint {
  if (amount === null) return 0n;
  const ore = kronerToOre(amount);
  return doc.kind === 'credit_note' ? -ore : ore;
}

/** The invoice's own columns, read from the document. */
export function documentColumns(doc: EInvoice) {
  return {
    kind: doc.kind,
    format: doc.format,
    number: doc.number,
    issueDate: doc.issueDate,
    dueDate: doc.dueDate,
    currency: doc.currency,
    supplierCvr: doc.supplier.cvr,
    supplierEndpoint: doc.supplier.endpoint ? doc.supplier.endpoint.value : null,
    supplierName: doc.supplier.name,
    buyerGln: doc.buyer.gln,
    buyerCvr: doc.buyer.cvr,
    buyerReference: doc.buyerReference ?? doc.buyer.contact?.id ?? doc.buyer.contact?.name ?? null,
    contractReference: doc.contractReferences[0] ?? null,
    orderReference: doc.orderReference,
    accountingCost: doc.accountingCost,
    periodStart: doc.period?.start ?? null,
    periodEnd: doc.period?.end ?? null,
    lineCount: doc.lines.length,
    lineExtensionAmount: signedOre(doc.totals.lineExtension, doc),
    taxAmount: signedOre(doc.taxAmount, doc),
    payableAmount: signedOre(doc.totals.payable, doc),
  } as const;
}

/** The lines as stored: the document's content and, per line, what the check found. */
export function lineRows(organisationId: string, invoiceId: string, doc: EInvoice, result: StoredCheck): InvoiceLineRow[] {
  const checks = new Map(result.check.lines.map((l) => [l.lineId, l]));
  return doc.lines.map((line, position) => {
    const check = checks.get(line.id);
    return {
      id: randomUUID(),
      organisationId,
      invoiceId,
      position,
      lineId: line.id,
      itemName: line.itemName,
      description: line.description ?? line.note,
      quantity: canonicalDecimal(line.quantity),
      unitCode: line.unitCode,
      price: line.price,
      baseQuantity: line.baseQuantity,
      lineAmount: signedOre(line.lineAmount, doc),
      periodStart: line.period?.start ?? null,
      periodEnd: line.period?.end ?? null,
      sellersItemId: line.sellersItemId,
      orderLineId: line.orderLineId,
      accountingCost: line.accountingCost,
      taxPercent: line.taxPercent,
      ...lineCheckColumns(check),
    };
  });
}

export function lineCheckColumns(check: StoredCheck['check']['lines'][number] | undefined) {
  return {
    matchedPriceElementId: check?.priceElementId ?? null,
    lineMatch: check?.step ?? 'none',
    lineMatchCertain: check?.certain ? 1 : 0,
    lineExplanation: check?.explanation ?? null,
    allowedUnitPrice: check?.allowedUnitPrice ?? null,
  };
}

/**
 * The organisation an invoice is addressed to, among those the caller may write to: the one with a unit
 * whose EAN number is the buyer's endpoint, else the one whose CVR number is the buyer's.
 */
export async function organisationOfBuyer(db: Executor, caller: Caller, doc: EInvoice): Promise<string | null> {
  const candidates: string[] = [];
  if (doc.buyer.gln) {
    const units = await db.selectFrom('units').select('organisationId').where('ean', '=', doc.buyer.gln).execute();
    candidates.push(...units.map((u) => u.organisationId));
  }
  if (doc.buyer.cvr) {
    const organisations = await db.selectFrom('organisations').select('id').where('cvr', '=', doc.buyer.cvr).execute();
    candidates.push(...organisations.map((o) => o.id));
  }
  return candidates.find((id) => may(caller.actor, 'write', id)) ?? null;
}
