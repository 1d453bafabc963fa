import { type DocumentRule, deviation } from './invoice-rule.js';

/** unknown_supplier (warning): the invoice's supplier is not one of the organisation's suppliers. */
export const unknownSupplier: DocumentRule = ({ input, doc }) => {
  if (input.supplierId !== null) return null;
  const who = [doc.supplier.name, doc.supplier.cvr ? `CVR-nummer ${doc.supplier.cvr}` : null].filter(Boolean).join(', ');
  return deviation(
    'unknown_supplier',
    'warning',
    null,
    null,
    { supplierName: doc.supplier.name ?? '', supplierCvr: doc.supplier.cvr ?? '' },
    `Leverandøren${who ? ` (${who})` : ''} er ikke registreret som leverandør hos organisationen.`,
  );
};
