import type { EnumLabels } from '../register/fields.js';
import { labelInSentence } from '../register/fields.js';
import type { EInvoiceKind } from './document.js';

/**
 * What a received document is called, by its kind (the UBL root: `Invoice` or `CreditNote`): the one place the words
 * "Faktura" and "Kreditnota" are tied to a kind. The web app's `invoices.kinds.*` (list, detail, intake report), the
 * finance export, the letter to the supplier and the original file's name are derived from it.
 */
export const INVOICE_KIND_LABELS: EnumLabels<EInvoiceKind> = {
  invoice: { da: 'Faktura', en: 'Invoice' },
  credit_note: { da: 'Kreditnota', en: 'Credit note' },
};

/** The kind's word inside a Danish sentence: "faktura", "kreditnota". */
export function invoiceKindWord(kind: EInvoiceKind): string {
  return labelInSentence(INVOICE_KIND_LABELS[kind].da);
}
