import { type DocumentRule, deviation } from './invoice-rule.js';

/**
 * missing_responsible_person (warning): the Drejebog requires the buyer's responsible person on the invoice, as
 * BuyerReference or the buyer's contact id or name.
 */
export const missingResponsiblePerson: DocumentRule = ({ doc }) => {
  const contact = doc.buyer.contact;
  const hasPerson = [doc.buyerReference, contact?.id ?? null, contact?.name ?? null].some((v) => v !== null && v.trim() !== '');
  if (hasPerson) return null;
  return deviation(
    'missing_responsible_person',
    'warning',
    null,
    null,
    {},
    'Fakturaen angiver ikke den ansvarlige person hos kunden (reference eller kontaktperson), som skal stå på fakturaen.',
  );
};
