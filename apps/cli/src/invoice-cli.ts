import { type EInvoice, type InvoiceCheck, oreToDecimalString } from '@overblik/core';
import type { Organisation } from '@overblik/db';

/** JSON has no bigint: øre amounts are written as decimal kroner strings ("1234.50"), like the API. */
function jsonSafe<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? oreToDecimalString(v) : v)));
}

/** What `overblik invoice check --json` prints for integrators: the parsed invoice, the matches and the deviations. */
export function invoiceCheckJson(
  doc: EInvoice,
  check: InvoiceCheck | null,
  organisation: Pick<Organisation, 'id' | 'name'> | null,
) {
  return {
    invoice: doc,
    organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
    check: check ? (jsonSafe(check) as InvoiceCheck & { deviations: { severity: string; text: string }[] }) : null,
  };
}

const MONTH_VALUE = /^"?(\d{4})(?:-|M)(\d{2})"?\s*[;,]\s*"?(\d+(?:[.,]\d+)?)"?\s*$/;

/**
 * Monthly index values from CSV: "2024-07,119.2" (the shipped layout, with a header) or Statistikbanken's
 * export "2024M07;119,2". Lines that are not a month and a value (headings, notes) are skipped; a file with
 * none is an error.
 */
export function readPriceIndexFile(text: string): { month: string; value: string }[] {
  const values: { month: string; value: string }[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const match = MONTH_VALUE.exec(line.trim());
    if (!match) continue;
    const [, year, month, value] = match;
    if (Number(month) < 1 || Number(month) > 12) throw new Error(`Not a month: ${line}`);
    values.push({ month: `${year}-${month}`, value: String(value).replace(',', '.') });
  }
  if (values.length === 0) throw new Error('No month and value lines found (expected e.g. "2024-07,119.2" or "2024M07;119,2")');
  return values;
}
