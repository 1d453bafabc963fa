import { formatKroner } from '../../money/kroner-format.js';
import type { Ore } from '../../money/ore.js';
import type { Ratio } from '../../money/ratio.js';
import type { CalendarDate } from '../../time/calendar-date.js';
import { daysBetween } from '../../time/calendar-math.js';
import { formatDanishDate } from '../../time/danish-date.js';
import type { ContractForControl, Deviation, DeviationCode, PriceElementForControl, Severity } from '../control-types.js';
import type { EInvoice, EInvoiceLine } from '../document.js';
import { exactToOre } from '../exact.js';
import type { CheckInput, InvoiceMatch, MatchedLine } from '../match-invoice.js';
import type { AllowedUnitPrice } from '../price-regulation.js';

/** An invoice under check: the input, what matching found and the figures several rules share. */
export type InvoiceUnderCheck = {
  input: CheckInput;
  doc: EInvoice;
  match: InvoiceMatch;
  credit: boolean;
  /** OIOUBL 2.0x/2.1 (its price per OrderableUnitFactorRate). */
  oioubl: boolean;
  /** The invoice's currency is the contract's (or there is no contract). */
  currencyOk: boolean;
  /** Lines − allowances + charges, as stated. */
  netTotal: Ratio;
  payable: Ratio;
};

/** An invoice matched to a contract whose terms and price elements are known. */
export type ContractInvoice = InvoiceUnderCheck & {
  contract: ContractForControl;
  /** By line index: the quantity invoiced on the line's element before it, for elements agreed in total. */
  quantityBefore: ReadonlyMap<number, Ratio>;
};

/** A line whose price and quantity can be checked: a confirmed element in a comparable unit, on an invoice. */
export type PricedLine = MatchedLine & {
  element: PriceElementForControl;
  allowed: AllowedUnitPrice;
  unitFactor: Ratio;
  /** The line's quantity in the element's unit. */
  quantity: Ratio;
  /** The allowed unit price rounded to øre. */
  allowedPrice: Ratio;
};

/** A rule on the whole document. */
export type DocumentRule = (invoice: InvoiceUnderCheck) => Deviation | null;
/** A rule on one line of an invoice matched to a contract. */
export type LineRule = (invoice: ContractInvoice, line: MatchedLine) => Deviation | null;
/** A rule on one priced line. */
export type PricedLineRule = (invoice: ContractInvoice, line: PricedLine) => Deviation | null;

/** A deviation; an amount ≤ 0 is no amount. */
export function deviation(
  code: DeviationCode,
  severity: Severity,
  lineId: string | null,
  amount: Ore | null,
  params: Record<string, string>,
  text: string,
): Deviation {
  return { code, severity, lineId, amount: amount !== null && amount > 0n ? amount : null, params, text };
}

export const kr = (value: Ratio) => formatKroner(exactToOre(value));
/** The number of days from start to end, both included. */
export const days = (start: CalendarDate, end: CalendarDate) => daysBetween(start, end) + 1;
export const maxDate = (a: CalendarDate, b: CalendarDate) => (a > b ? a : b);
export const minDate = (a: CalendarDate, b: CalendarDate) => (a < b ? a : b);
export const periodText = (start: CalendarDate, end: CalendarDate) =>
  start === end ? formatDanishDate(start) : `${formatDanishDate(start)} – ${formatDanishDate(end)}`;

/** "Linje 2 (Licens pr. bruger)": the line's item name, description or note, else the element's name. */
export function lineLabel(line: EInvoiceLine, element: PriceElementForControl | null): string {
  const text = [line.itemName, line.description, line.note, element?.name ?? null].find((t) => t !== null && t.trim() !== '');
  if (text === undefined || text === null) return `Linje ${line.id}`;
  const clean = text.trim().replace(/\s+/g, ' ');
  return `Linje ${line.id} (${clean.length > 60 ? `${clean.slice(0, 59)}…` : clean})`;
}
