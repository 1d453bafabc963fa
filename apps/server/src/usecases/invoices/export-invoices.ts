import type * as Api from '@overblik/api';
import { INVOICE_KIND_LABELS } from '@overblik/core';
import { forOrganisation } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import type { FileDownload } from '../../http/send-file.js';
import { type Column, dateCell, oreCell, type SheetData, spreadsheetFile } from '../../spreadsheet/write-table.js';
import { requireOrganisation } from '../authorize.js';

const COLUMNS: Column[] = [
  { heading: 'Fakturanummer', width: 16 },
  { heading: 'Type', width: 12 },
  { heading: 'Fakturadato', kind: 'date', width: 12 },
  { heading: 'Forfaldsdato', kind: 'date', width: 12 },
  { heading: 'Leverandør', width: 30 },
  { heading: 'CVR-nummer', width: 12 },
  { heading: 'Kontraktnummer', width: 16 },
  { heading: 'Linje', width: 8 },
  { heading: 'Beskrivelse', width: 40 },
  { heading: 'Priselement', width: 30 },
  { heading: 'Kontering', width: 20 },
  { heading: 'Beløb ekskl. moms', kind: 'number', width: 16 },
  { heading: 'Momssats', kind: 'decimal', width: 10 },
  { heading: 'Valuta', width: 8 },
  { heading: 'Status', width: 12 },
  { heading: 'Afgjort af', width: 24 },
  { heading: 'Kommentar', width: 40 },
];

const STATUS = { received: 'Modtaget', checked: 'Kontrolleret', approved: 'Godkendt', disputed: 'Bestridt', rejected: 'Afvist' };

/**
 * Invoices for the finance system, one row per line, with the account coding (kontering) to book it on:
 * the matched price element's, else the line's own AccountingCost, else the invoice's. By default the
 * approved invoices; credit notes are negative.
 */
export async function exportInvoices(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.InvoiceExportQuery,
): Promise<FileDownload> {
  requireOrganisation(caller, 'read', organisationId);
  let rows = forOrganisation(deps.db, organisationId)
    .selectFrom('invoiceLines')
    .innerJoin('invoices', 'invoices.id', 'invoiceLines.invoiceId')
    .leftJoin('contracts', 'contracts.id', 'invoices.matchedContractId')
    .leftJoin('priceElements', 'priceElements.id', 'invoiceLines.matchedPriceElementId')
    .select([
      'invoices.number',
      'invoices.kind',
      'invoices.issueDate',
      'invoices.dueDate',
      'invoices.supplierName',
      'invoices.supplierCvr',
      'invoices.currency',
      'invoices.status',
      'invoices.decidedByName',
      'invoices.decisionComment',
      'invoices.accountingCost as invoiceAccountingCost',
      'contracts.number as contractNumber',
      'invoiceLines.lineId',
      'invoiceLines.itemName',
      'invoiceLines.description',
      'invoiceLines.lineAmount',
      'invoiceLines.taxPercent',
      'invoiceLines.accountingCost',
      'priceElements.name as priceElementName',
      'priceElements.number as priceElementNumber',
      'priceElements.accountCoding',
    ]);
  const status = query.status ?? 'approved';
  if (status !== 'all') rows = rows.where('invoices.status', '=', status);
  if (query.from) rows = rows.where('invoices.issueDate', '>=', query.from);
  if (query.to) rows = rows.where('invoices.issueDate', '<=', query.to);
  const lines = await rows.orderBy('invoices.issueDate').orderBy('invoices.number').orderBy('invoiceLines.position').execute();
  const sheet: SheetData = {
    name: 'Fakturaer',
    columns: COLUMNS,
    rows: lines.map((l) => [
      l.number,
      INVOICE_KIND_LABELS[l.kind].da,
      dateCell(l.issueDate),
      dateCell(l.dueDate),
      l.supplierName,
      l.supplierCvr,
      l.contractNumber,
      l.lineId,
      l.itemName ?? l.description,
      l.priceElementName ? [l.priceElementNumber, l.priceElementName].filter(Boolean).join(' ') : null,
      l.accountCoding ?? l.accountingCost ?? l.invoiceAccountingCost,
      oreCell(l.lineAmount as number | string | bigint),
      l.taxPercent,
      l.currency,
      STATUS[l.status],
      l.decidedByName,
      l.decisionComment,
    ]),
  };
  const stem = `fakturaer-${deps.clock.today()}`;
  return spreadsheetFile(stem, query.format ?? 'xlsx', [sheet]);
}
