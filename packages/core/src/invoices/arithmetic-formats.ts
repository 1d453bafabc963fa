import type { DecimalText, EInvoiceFormat, EInvoiceTaxSubtotal } from './document.js';

/** How far a stated amount may be from the recomputed one before it is a deviation (in kroner, inclusive). */
export type ArithmeticTolerances = {
  /** A line amount against quantity × price (+ line charges − line allowances). */
  line: DecimalText;
  /** Σ line amounts against LegalMonetaryTotal/LineExtensionAmount. */
  lineSum: DecimalText;
  /** A VAT subtotal's tax against taxable amount × percent ÷ 100. */
  vat: DecimalText;
  /** The other totals: allowance and charge totals, tax total, tax-exclusive, tax-inclusive and payable amounts. */
  totals: DecimalText;
};

/** Peppol BIS 3: PEPPOL-EN16931-R120 allows 0.02 on a line; the totals are exact to the øre. */
export const PEPPOL_TOLERANCES: Readonly<ArithmeticTolerances> = Object.freeze({
  line: '0.02',
  lineSum: '0.01',
  vat: '0.01',
  totals: '0.01',
});

/** OIOUBL: F-INV340/F-INV343 and F-LIB400/401 allow ±1.00 on a line and on VAT; the totals are exact to the øre. */
export const OIOUBL_TOLERANCES: Readonly<ArithmeticTolerances> = Object.freeze({
  line: '1.00',
  lineSum: '0.01',
  vat: '1.00',
  totals: '0.01',
});

export function isOioublFormat(format: EInvoiceFormat): boolean {
  return format === 'oioubl-2.0' || format === 'oioubl-2.1';
}

/** The tolerances of a format: OIOUBL's for OIOUBL 2.0x/2.1, Peppol's for Peppol BIS 3 and plain UBL. */
export function arithmeticTolerances(format: EInvoiceFormat): Readonly<ArithmeticTolerances> {
  return isOioublFormat(format) ? OIOUBL_TOLERANCES : PEPPOL_TOLERANCES;
}

/** A tax subtotal that is VAT (moms): scheme VAT (Peppol), 63 (OIOUBL) or none, and not an excise category. */
export function isVatSubtotal(subtotal: EInvoiceTaxSubtotal): boolean {
  const scheme = subtotal.scheme?.trim().toUpperCase() ?? null;
  const category = subtotal.category?.trim().toUpperCase() ?? null;
  return (scheme === null || scheme === '' || scheme === 'VAT' || scheme === '63') && category !== 'EXCISE';
}
