import { type DocumentRule, deviation } from './invoice-rule.js';

/** missing_contract_reference (warning): the Drejebog requires the contract's id on the invoice. */
export const missingContractReference: DocumentRule = ({ doc, match }) => {
  if (!doc.contractReferences.every((r) => r.trim() === '')) return null;
  const { contract } = match;
  return deviation(
    'missing_contract_reference',
    'warning',
    null,
    null,
    { contractNumber: contract?.number ?? '' },
    `Fakturaen angiver ikke kontraktens nummer${contract ? ` (${contract.number})` : ''}. Kontraktens id skal stå på fakturaen.`,
  );
};
