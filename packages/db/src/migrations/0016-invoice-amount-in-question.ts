import { amountInQuestion, type CountedDeviation } from '@overblik/core';
import type { Kysely } from 'kysely';
import type { Migration } from './types.js';

type StoredInvoices = {
  invoices: { id: string; deviations: string; line_extension_amount: number | string | bigint; deviation_amount: string };
};
type StoredDeviation = Omit<CountedDeviation, 'amount'> & { amount: string | null };

/**
 * The money in question on an invoice (`deviation_amount`) is counted by `amountInQuestion` (overlapping deviations
 * once, at most the amount excl. VAT; docs/invoices.md) instead of the sum of every deviation's amount. A new check
 * stores it so; this recounts it for the invoices stored before, decided ones included (which are never checked
 * again), from the deviations stored with them.
 */
export const invoiceAmountInQuestion: Migration = {
  name: '0016-invoice-amount-in-question',
  async up(db: Kysely<unknown>) {
    const k = db as unknown as Kysely<StoredInvoices>;
    // Aliases without underscores read the same with and without the camel-case plugin.
    const invoices = await k
      .selectFrom('invoices')
      .select(['id', 'deviations as found', 'line_extension_amount as amount'])
      .execute();
    for (const invoice of invoices) {
      const deviations = (JSON.parse(invoice.found) as StoredDeviation[]).map((d) => ({
        severity: d.severity,
        lineId: d.lineId,
        amount: d.amount === null ? null : BigInt(d.amount),
      }));
      const amount = amountInQuestion(deviations, BigInt(invoice.amount));
      await k.updateTable('invoices').set({ deviation_amount: amount.toString() }).where('id', '=', invoice.id).execute();
    }
  },
};
