import { absRatio } from '../../money/ratio.js';
import { exactToOre } from '../exact.js';
import { type DocumentRule, deviation, kr } from './invoice-rule.js';

/** duplicate_invoice (error, the payable amount): the invoice was received before (`duplicateOf`). */
export const duplicateInvoice: DocumentRule = ({ input, payable }) => {
  if (input.duplicateOf === null) return null;
  return deviation(
    'duplicate_invoice',
    'error',
    null,
    exactToOre(absRatio(payable)),
    { duplicateInvoiceId: input.duplicateOf.invoiceId, duplicateNumber: input.duplicateOf.number, payable: kr(payable) },
    `Fakturaen er modtaget før (faktura ${input.duplicateOf.number}) og må ikke betales to gange. Beløb til betaling: ${kr(payable)}`,
  );
};
