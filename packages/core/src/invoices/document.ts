import type { CalendarDate } from '../time/calendar-date.js';

/**
 * An e-invoice or credit note as read from OIOUBL 2.0x/2.1 or Peppol BIS Billing 3.0 XML (packages/ubl), in
 * one shape for both formats. Amounts, quantities and prices are exact decimals in canonical text
 * (`canonicalDecimal`: "1234.5", "-0.25"), never floats; they are as written in the document, so a credit
 * note's amounts are positive and its kind says that they reduce. Dates are calendar dates (YYYY-MM-DD).
 * docs/invoices.md says which element each field comes from; tests/fixtures/einvoice holds official examples.
 */
export type DecimalText = string;

export type EInvoiceFormat = 'oioubl-2.0' | 'oioubl-2.1' | 'peppol-bis3' | 'ubl';
export type EInvoiceKind = 'invoice' | 'credit_note';

/** An identifier with its scheme attribute (`schemeID`), e.g. { value: 'DK16356706', scheme: 'DK:CVR' }. */
export type SchemedId = { value: string; scheme: string | null };

export type EInvoicePeriod = { start: CalendarDate | null; end: CalendarDate | null };

export type EInvoiceParty = {
  name: string | null;
  endpoint: SchemedId | null;
  /** cac:PartyIdentification/cbc:ID */
  identifiers: SchemedId[];
  /** cac:PartyLegalEntity/cbc:CompanyID */
  legalIds: SchemedId[];
  /** cac:PartyTaxScheme/cbc:CompanyID (SE/VAT number) */
  taxIds: SchemedId[];
  /** The Danish CVR number (8 digits, no "DK"), from the first id with scheme DK:CVR/0184/DK:SE/0198 or a "DK"+8 digits VAT id. */
  cvr: string | null;
  /** The GLN/EAN location number (13 digits), from the endpoint or an identifier with scheme GLN/0088. */
  gln: string | null;
  /** cac:Contact (OIOUBL: the buyer's person or reference, F-INV051) */
  contact: { id: string | null; name: string | null; email: string | null } | null;
};

export type EInvoiceAllowanceCharge = {
  /** true: a charge (added); false: an allowance (subtracted). */
  charge: boolean;
  amount: DecimalText;
  baseAmount: DecimalText | null;
  multiplierPercent: DecimalText | null;
  reasonCode: string | null;
  reason: string | null;
  taxCategory: string | null;
  taxPercent: DecimalText | null;
};

export type EInvoiceTaxSubtotal = {
  taxableAmount: DecimalText;
  taxAmount: DecimalText;
  /** Peppol S/Z/E/AE/O…; OIOUBL StandardRated/ZeroRated/ReverseCharge/Excise */
  category: string | null;
  percent: DecimalText | null;
  /** Tax scheme id: VAT (Peppol), 63 (OIOUBL moms), or another scheme (e.g. OIOUBL excise 31). */
  scheme: string | null;
};

export type EInvoicePaymentMeans = {
  code: string | null;
  paymentId: string | null;
  instructionId: string | null;
  account: string | null;
  branch: string | null;
  dueDate: CalendarDate | null;
};

export type EInvoiceLine = {
  /** cbc:ID */
  id: string;
  /** 1-based line in the XML source where the line starts (for messages). */
  sourceLine: number;
  note: string | null;
  /** InvoicedQuantity or CreditedQuantity as written (may be negative). */
  quantity: DecimalText;
  unitCode: string | null;
  /** LineExtensionAmount */
  lineAmount: DecimalText;
  accountingCost: string | null;
  period: EInvoicePeriod | null;
  orderLineId: string | null;
  itemName: string | null;
  description: string | null;
  sellersItemId: string | null;
  buyersItemId: string | null;
  standardItemId: SchemedId | null;
  classifications: SchemedId[];
  /** cac:Price/cbc:PriceAmount (the net price), null when the line has no price. */
  price: DecimalText | null;
  /** cac:Price/cbc:BaseQuantity; null when absent (counts as 1). */
  baseQuantity: DecimalText | null;
  baseQuantityUnitCode: string | null;
  /** OIOUBL cac:Price/cbc:OrderableUnitFactorRate (price unit ≠ invoiced unit). */
  orderableUnitFactor: DecimalText | null;
  /** cac:Price/cac:AllowanceCharge: gross price (BaseAmount) and price discount (Amount). */
  grossPrice: DecimalText | null;
  priceDiscount: DecimalText | null;
  allowanceCharges: EInvoiceAllowanceCharge[];
  /** Peppol cac:Item/cac:ClassifiedTaxCategory or OIOUBL line TaxTotal/TaxSubtotal/TaxCategory. */
  taxCategory: string | null;
  taxPercent: DecimalText | null;
  /** OIOUBL line cac:TaxTotal/cbc:TaxAmount (mandatory there), null in Peppol. */
  taxAmount: DecimalText | null;
};

export type EInvoiceTotals = {
  lineExtension: DecimalText;
  taxExclusive: DecimalText | null;
  taxInclusive: DecimalText | null;
  allowanceTotal: DecimalText | null;
  chargeTotal: DecimalText | null;
  prepaid: DecimalText | null;
  payableRounding: DecimalText | null;
  payable: DecimalText;
};

export type EInvoice = {
  format: EInvoiceFormat;
  customizationId: string | null;
  profileId: string | null;
  kind: EInvoiceKind;
  /** InvoiceTypeCode / CreditNoteTypeCode (OIOUBL 2.0x credit notes have none). */
  typeCode: string | null;
  number: string;
  uuid: string | null;
  issueDate: CalendarDate;
  /** cbc:DueDate (Peppol) or the first PaymentMeans/PaymentDueDate (OIOUBL). */
  dueDate: CalendarDate | null;
  currency: string;
  taxCurrency: string | null;
  notes: string[];
  buyerReference: string | null;
  accountingCost: string | null;
  contractReferences: string[];
  orderReference: string | null;
  salesOrderId: string | null;
  projectReference: string | null;
  billingReferences: { id: string; issueDate: CalendarDate | null }[];
  period: EInvoicePeriod | null;
  supplier: EInvoiceParty;
  buyer: EInvoiceParty;
  paymentMeans: EInvoicePaymentMeans[];
  allowanceCharges: EInvoiceAllowanceCharge[];
  /** The TaxTotal in the document currency (a second one in the tax currency is ignored). */
  taxAmount: DecimalText | null;
  taxSubtotals: EInvoiceTaxSubtotal[];
  totals: EInvoiceTotals;
  lines: EInvoiceLine[];
};
