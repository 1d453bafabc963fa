import { type DocumentRule, deviation } from './invoice-rule.js';

/** currency_differs (warning): the invoice's currency is not the contract's (prices are then not compared). */
export const currencyDiffers: DocumentRule = ({ doc, match, currencyOk }) => {
  const { contract } = match;
  if (contract === null || currencyOk) return null;
  return deviation(
    'currency_differs',
    'warning',
    null,
    null,
    { invoiceCurrency: doc.currency, contractCurrency: contract.currency },
    `Fakturaen er i ${doc.currency}, men kontraktens priser er i ${contract.currency}; priserne er ikke sammenlignet.`,
  );
};
