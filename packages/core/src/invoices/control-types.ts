import type { Ore } from '../money/ore.js';
import type { CalendarDate } from '../time/calendar-date.js';
import type { DecimalText, EInvoicePeriod } from './document.js';

/** What invoice control needs to know about a contract (read from the register). */
export type ContractForControl = {
  id: string;
  number: string;
  name: string;
  supplierId: string | null;
  /** ISO 4217 currency of the contract's prices (DKK). */
  currency: string;
  inForceFrom: CalendarDate | null;
  /** The contract's last day (`contractDeadlines(…).finalEnd`), null when open-ended. */
  endsOn: CalendarDate | null;
  operationsStartOn: CalendarDate | null;
  priceRegulation: PriceRegulationTerms;
  priceElements: PriceElementForControl[];
  /** Seller's item ids the organisation has mapped to one of this contract's price elements. */
  itemMappings: { itemId: string; priceElementId: string }[];
};

export type PriceRegulationTerms =
  | { kind: 'none' }
  | {
      kind: 'index';
      /** Name of the index, e.g. "nettoprisindeks" (the values are passed separately). */
      index: string | null;
      /** YYYY-MM: the month whose index value the contract prices are based on. */
      baseMonth: string | null;
      /** MM-DD: the day each year on which prices may be regulated. */
      date: string | null;
      capPercent: DecimalText | null;
      floorPercent: DecimalText | null;
      inForceFrom: CalendarDate | null;
    }
  | {
      kind: 'fixed_percent';
      percent: DecimalText | null;
      date: string | null;
      capPercent: DecimalText | null;
      floorPercent: DecimalText | null;
      inForceFrom: CalendarDate | null;
    };

/** How often a price element's price is paid: once, or the period a recurring price covers. */
export const PRICE_RECURRENCES = ['one_off', 'monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type PriceRecurrence = (typeof PRICE_RECURRENCES)[number];

export type PriceElementForControl = {
  id: string;
  /** The number the supplier starts the invoice line with (the Drejebog's requirement). */
  number: string | null;
  name: string;
  unitCode: string;
  unitPrice: DecimalText;
  /** The agreed or licensed quantity (per period for recurring elements), null when not limited. */
  quantity: DecimalText | null;
  recurrence: PriceRecurrence;
  validFrom: CalendarDate | null;
  validTo: CalendarDate | null;
};

/** Monthly index values by month "YYYY-MM" (e.g. Danmarks Statistik's nettoprisindeks, 2015 = 100). */
export type IndexValues = ReadonlyMap<string, DecimalText>;

/** Earlier invoice lines on the same contract, for the double-invoicing and quantity checks. */
export type InvoicedBefore = {
  invoiceId: string;
  invoiceNumber: string;
  priceElementId: string;
  period: EInvoicePeriod | null;
  quantity: DecimalText;
  /** The line's unit code; when absent, the quantity is taken to be in the price element's unit. */
  unitCode?: string | null;
  /** A credit note's line counts against the quantity. */
  kind: 'invoice' | 'credit_note';
};

export type Severity = 'info' | 'warning' | 'error';

export type DeviationCode =
  | 'arithmetic_line'
  | 'arithmetic_total'
  | 'arithmetic_vat'
  | 'price_above_contract'
  | 'unknown_price_element'
  | 'uncertain_line_match'
  | 'no_contract'
  | 'contract_not_in_force'
  | 'before_operations_start'
  | 'quantity_above_agreed'
  | 'recurring_invoiced_twice'
  | 'duplicate_invoice'
  | 'missing_contract_reference'
  | 'missing_responsible_person'
  | 'supplier_cvr_checksum'
  | 'not_addressed_to_organisation'
  | 'unknown_supplier'
  | 'currency_differs'
  | 'unit_differs';

/**
 * One finding on an invoice. `amount` is the money in question in øre (positive; what the buyer may have been
 * asked to pay too much), null when the finding is not about an amount. `params` carries the figures the
 * Danish explanation is built from, so the text can be rebuilt (and translated) from stored findings.
 */
export type Deviation = {
  code: DeviationCode;
  severity: Severity;
  /** The invoice line's cbc:ID, or null for the whole document. */
  lineId: string | null;
  amount: Ore | null;
  params: Record<string, string>;
  /** Danish explanation for the IT controller and the dispute text. */
  text: string;
};

export type ContractMatchStep = 'contract_reference' | 'order_reference' | 'only_active_contract' | 'manual' | 'none';
export type LineMatchStep = 'price_element_number' | 'sellers_item_id' | 'suggested' | 'manual' | 'none';
