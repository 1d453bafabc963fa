import { cvrProblem, normaliseCvr } from '../identifiers/cvr.js';
import { formatDanishNumber, formatKroner } from '../money/kroner-format.js';
import type { Ore } from '../money/ore.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { addDays, daysBetween } from '../time/calendar-math.js';
import { formatDanishDate } from '../time/danish-date.js';
import { arithmeticDeviations, isOioublFormat } from './arithmetic.js';
import type {
  ContractForControl,
  ContractMatchStep,
  Deviation,
  DeviationCode,
  IndexValues,
  InvoicedBefore,
  LineMatchStep,
  PriceElementForControl,
  PriceRegulationTerms,
  Severity,
} from './control-types.js';
import type { DecimalText, EInvoice, EInvoiceLine } from './document.js';
import {
  EXACT_ONE,
  EXACT_ZERO,
  type Exact,
  exact,
  exactText,
  exactToOre,
  oreToExact,
  roundedText,
  sumExact,
} from './exact-decimal.js';
import { type BuyerMatch, matchBuyer, matchContract, matchLine, type OrganisationForMatching } from './matching.js';
import { type AllowedUnitPrice, allowedUnitPrice } from './price-regulation.js';
import { comparablePriceFactor, isTimeUnit, isWorkTimeUnit, normaliseUnitCode, unitName } from './unit-codes.js';

export type CheckInput = {
  doc: EInvoice;
  organisation: OrganisationForMatching;
  /** The organisation's supplier with the invoice's supplier CVR, found by the caller. */
  supplierId: string | null;
  /** Candidates: the supplier's contracts + any whose number equals a contract reference (+ a contract an order
   * reference or the controller's assignment points to). */
  contracts: ContractForControl[];
  orderReferences: { orderReference: string; contractId: string }[];
  /** The controller's decision overrides matching. */
  assignment: { contractId: string } | { outsideContract: true; reason: string } | null;
  /** Manual line matches override matchLine. */
  lineAssignments: { lineId: string; priceElementId: string }[];
  indexValues: IndexValues;
  /** Lines of other (not rejected) invoices and credit notes on the candidate contracts. */
  invoicedBefore: InvoicedBefore[];
  duplicateOf: { invoiceId: string; number: string } | null;
};

export type LineCheck = {
  lineId: string;
  priceElementId: string | null;
  step: LineMatchStep;
  certain: boolean;
  explanation: string;
  /** The element's allowed unit price (per the element's unit) on the line's first day, exact to 10 decimals. */
  allowedUnitPrice: DecimalText | null;
  /** The line amount, signed: a credit note's lines are negative. */
  amount: Ore;
};

export type InvoiceCheck = {
  buyer: BuyerMatch;
  contract: { contractId: string | null; step: ContractMatchStep; explanation: string };
  lines: LineCheck[];
  deviations: Deviation[];
  /** Signed: a credit note's totals are negative. */
  totals: { lineExtension: Ore; tax: Ore; payable: Ore };
  /** Σ amount of the error and warning deviations. */
  deviationAmount: Ore;
  maxSeverity: Severity | null;
};

const kr = (value: Exact) => formatKroner(exactToOre(value));
const days = (start: CalendarDate, end: CalendarDate) => daysBetween(start, end) + 1;
/** Ends a sentence with a full stop unless it already ends with one ("… 1.000,00 kr."). */
const endSentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);
const maxDate = (a: CalendarDate, b: CalendarDate) => (a > b ? a : b);
const minDate = (a: CalendarDate, b: CalendarDate) => (a < b ? a : b);
const periodText = (start: CalendarDate, end: CalendarDate) =>
  start === end ? formatDanishDate(start) : `${formatDanishDate(start)} – ${formatDanishDate(end)}`;

/** The days a line is about: its own period, else the invoice's, else the issue date; a missing end is the start. */
function lineDays(line: EInvoiceLine, doc: EInvoice): { start: CalendarDate; end: CalendarDate; explicit: boolean } {
  const period = line.period ?? doc.period;
  const start = period?.start ?? period?.end ?? doc.issueDate;
  const end = period?.end ?? period?.start ?? doc.issueDate;
  return { start, end: end < start ? start : end, explicit: period?.start != null && period.end != null };
}

/** The number of days from start to end covered by the union of the intervals. */
function coveredDays(start: CalendarDate, end: CalendarDate, intervals: { start: CalendarDate; end: CalendarDate }[]): number {
  const clipped = intervals
    .map((i) => ({ start: maxDate(i.start, start), end: minDate(i.end, end) }))
    .filter((i) => i.start <= i.end)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let total = 0;
  let reached: CalendarDate | null = null;
  for (const i of clipped) {
    const from: CalendarDate = reached === null ? i.start : maxDate(i.start, addDays(reached, 1));
    if (from <= i.end) total += days(from, i.end);
    reached = reached === null ? i.end : maxDate(reached, i.end);
  }
  return total;
}

/** "Linje 2 (Licens pr. bruger)": the line's item name, description or note, else the element's name. */
function lineLabel(line: EInvoiceLine, element: PriceElementForControl | null): string {
  const text = [line.itemName, line.description, line.note, element?.name ?? null].find((t) => t !== null && t.trim() !== '');
  if (text === undefined || text === null) return `Linje ${line.id}`;
  const clean = text.trim().replace(/\s+/g, ' ');
  return `Linje ${line.id} (${clean.length > 60 ? `${clean.slice(0, 59)}…` : clean})`;
}

/**
 * The price per invoiced unit: OIOUBL's price × OrderableUnitFactorRate when the price is in another unit,
 * else price ÷ base quantity.
 */
function effectiveUnitPrice(line: EInvoiceLine, oioubl: boolean): Exact | null {
  if (line.price === null) return null;
  const price = exact(line.price);
  const priceUnit = normaliseUnitCode(line.baseQuantityUnitCode);
  if (oioubl && line.orderableUnitFactor !== null && priceUnit !== null && priceUnit !== normaliseUnitCode(line.unitCode)) {
    return price.times(exact(line.orderableUnitFactor));
  }
  const base = line.baseQuantity === null || exact(line.baseQuantity).isZero() ? EXACT_ONE : exact(line.baseQuantity);
  return price.dividedBy(base);
}

function regulationPhrase(terms: PriceRegulationTerms, allowed: AllowedUnitPrice): string {
  const last = allowed.steps.at(-1);
  if (last === undefined || allowed.factor === '1') return '';
  let how = '';
  if (terms.kind === 'index') {
    const name = terms.index?.trim() ?? '';
    how = name === '' ? 'med prisindekset' : /indeks$/i.test(name) ? `med ${name}et` : `med indekset ${name}`;
  } else if (terms.kind === 'fixed_percent' && terms.percent !== null) {
    how = `med ${formatDanishNumber(terms.percent)} % om året`;
  }
  return ` (${formatKroner(exactToOre(exact(allowed.price)))} efter prisregulering pr. ${formatDanishDate(last.on)}${how ? ` ${how}` : ''})`;
}

type LineState = {
  line: EInvoiceLine;
  check: LineCheck;
  element: PriceElementForControl | null;
  allowed: AllowedUnitPrice | null;
  days: { start: CalendarDate; end: CalendarDate; explicit: boolean };
  /** Element units per line unit, null when the units cannot be compared. */
  unitFactor: Exact | null;
};

/**
 * Invoice control of one e-invoice or credit note against the organisation's contracts (the Drejebog's
 * "Faktureringsprocedure"). Pure: the caller reads the contracts, earlier invoices and index values and stores the
 * result. Matching: the buyer (`matchBuyer`), the contract (the controller's `assignment`, else `matchContract`), each
 * line's price element (`lineAssignments`, else `matchLine`). Deviations, each with a Danish text for the controller
 * and the supplier, params with the figures, and an amount in øre where money is in question (never negative; lines
 * with an amount ≤ 0 give no amount):
 * - duplicate_invoice (error, the payable amount) when `duplicateOf` is set;
 * - not_addressed_to_organisation (error) when the buyer is not the organisation;
 * - unknown_supplier (warning) when `supplierId` is null; supplier_cvr_checksum (warning) when the supplier's CVR fails
 *   modulus 11 or is not 8 digits (several official example files do: a warning, never a refusal);
 * - no_contract (error, the net amount: lines − allowances + charges) "køb uden for kontrakt"; when the controller
 *   marked the invoice as outside contract it is an info with the reason instead; on a credit note a warning without
 *   an amount;
 * - currency_differs (warning) when the invoice's currency is not the contract's (prices are then not compared);
 * - missing_contract_reference and missing_responsible_person (warnings): the Drejebog requires the contract id and the
 *   buyer's responsible person (BuyerReference or the buyer's contact id/name) on the invoice;
 * - the arithmetic of the document (`arithmeticDeviations`);
 * - per line on a contract: contract_not_in_force (error): the share of the line amount for the days of the line's
 *   period (line, else invoice period, else issue date) before inForceFrom or after endsOn, pro rata by days;
 * - before_operations_start (error): a line on a recurring element for days before operationsStartOn (and within the
 *   contract's term, so no day counts twice), pro rata by days — do not pay full operations before the system runs;
 * - unknown_price_element (warning, the line amount) when no element is found; uncertain_line_match (info) for a
 *   suggested element — the money checks below wait for the controller to confirm it (a line assignment);
 * - unit_differs (info) when the line's unit cannot be converted into the element's (the price is then not checked);
 * - price_above_contract (error): the line's unit price (price ÷ base quantity, in the element's unit) rounded to øre
 *   above the element's allowed unit price (`allowedUnitPrice` on the line's first day) rounded to øre; amount =
 *   (unit price − allowed price) × quantity in element units, rounded to øre; only for positive quantities;
 * - quantity_above_agreed (warning): for a recurring element with a unit that is not a time unit, a line quantity above
 *   the element's quantity; for one-off elements and elements in hours/days/weeks, the quantity invoiced in total
 *   (invoicedBefore: invoices add, credit notes subtract; quantities in the element's unit unless a unit code is given;
 *   plus this invoice's lines so far) above the agreed quantity; amount = excess × allowed unit price;
 * - recurring_invoiced_twice (error): a positive line on a recurring element whose explicit period overlaps an earlier
 *   invoice's line on the same element (invoicedBefore of kind invoice; not the invoice `duplicateOf` points to, which is reported
 *   as a duplicate) or an earlier positive line of this invoice (negative lines are corrections); amount = line
 *   amount × overlapping days ÷ the line's days.
 * Credit notes are checked for matching, arithmetic and contract (term, reference), not for price, quantity, operations
 * start or double invoicing; their line amounts and totals are negative. deviationAmount sums the amounts of the
 * errors and warnings.
 */
export function checkInvoice(input: CheckInput): InvoiceCheck {
  const { doc } = input;
  const credit = doc.kind === 'credit_note';
  const sign = credit ? -1n : 1n;
  const oioubl = isOioublFormat(doc.format);
  const deviations: Deviation[] = [];
  const add = (
    code: DeviationCode,
    severity: Severity,
    lineId: string | null,
    amount: Ore | null,
    params: Record<string, string>,
    text: string,
  ) => {
    deviations.push({ code, severity, lineId, amount: amount !== null && amount > 0n ? amount : null, params, text });
  };

  const buyer = matchBuyer(doc.buyer, input.organisation);

  let contractMatch: InvoiceCheck['contract'];
  let contract: ContractForControl | null = null;
  const assignment = input.assignment;
  if (assignment !== null && 'contractId' in assignment) {
    contract = input.contracts.find((c) => c.id === assignment.contractId) ?? null;
    contractMatch = {
      contractId: assignment.contractId,
      step: 'manual',
      explanation: contract
        ? `Kontrakten ${contract.number} (${contract.name}) er valgt manuelt.`
        : 'Kontrakten er valgt manuelt (kontraktens oplysninger er ikke med i kontrollen).',
    };
  } else if (assignment !== null) {
    contractMatch = { contractId: null, step: 'manual', explanation: `Markeret som køb uden for kontrakt: ${assignment.reason}` };
  } else {
    contractMatch = matchContract(doc, input.contracts, input.supplierId, input.orderReferences);
    contract = input.contracts.find((c) => c.id === contractMatch.contractId) ?? null;
  }

  const t = doc.totals;
  const netTotal = exact(t.lineExtension)
    .minus(exact(t.allowanceTotal ?? '0'))
    .plus(exact(t.chargeTotal ?? '0'));
  const payable = exact(t.payable);
  const tax = doc.taxAmount !== null ? exact(doc.taxAmount) : sumExact(doc.taxSubtotals.map((s) => exact(s.taxAmount)));

  // The document.
  if (input.duplicateOf !== null) {
    add(
      'duplicate_invoice',
      'error',
      null,
      exactToOre(payable.abs()),
      { duplicateInvoiceId: input.duplicateOf.invoiceId, duplicateNumber: input.duplicateOf.number, payable: kr(payable) },
      `Fakturaen er modtaget før (faktura ${input.duplicateOf.number}) og må ikke betales to gange. Beløb til betaling: ${kr(payable)}`,
    );
  }
  if (!buyer.matched) add('not_addressed_to_organisation', 'error', null, null, {}, buyer.explanation);
  if (input.supplierId === null) {
    const who = [doc.supplier.name, doc.supplier.cvr ? `CVR-nummer ${doc.supplier.cvr}` : null].filter(Boolean).join(', ');
    add(
      'unknown_supplier',
      'warning',
      null,
      null,
      { supplierName: doc.supplier.name ?? '', supplierCvr: doc.supplier.cvr ?? '' },
      `Leverandøren${who ? ` (${who})` : ''} er ikke registreret som leverandør hos organisationen.`,
    );
  }
  if (doc.supplier.cvr !== null) {
    const problem = cvrProblem(doc.supplier.cvr);
    const cvr = normaliseCvr(doc.supplier.cvr);
    if (problem !== null) {
      add(
        'supplier_cvr_checksum',
        'warning',
        null,
        null,
        { cvr, problem },
        problem === 'checksum'
          ? `Leverandørens CVR-nummer ${cvr} består ikke modulus 11-kontrollen. Kontrollér leverandørens CVR-nummer.`
          : `Leverandørens CVR-nummer "${cvr}" er ikke et CVR-nummer på 8 cifre. Kontrollér leverandørens CVR-nummer.`,
      );
    }
  }
  if (contractMatch.contractId === null) {
    if (assignment !== null && 'outsideContract' in assignment) {
      add(
        'no_contract',
        'info',
        null,
        null,
        { reason: assignment.reason },
        `Køb uden for kontrakt, godkendt af controlleren: ${assignment.reason}`,
      );
    } else {
      add(
        'no_contract',
        credit ? 'warning' : 'error',
        null,
        credit ? null : exactToOre(netTotal),
        { netAmount: kr(netTotal), netAmountValue: exactText(netTotal), step: contractMatch.step },
        `Fakturaen kan ikke knyttes til en kontrakt (køb uden for kontrakt). ${contractMatch.explanation}${credit ? '' : ` Beløb uden moms: ${kr(netTotal)}`}`,
      );
    }
  }
  const currencyOk = contract === null || contract.currency.trim().toUpperCase() === doc.currency.trim().toUpperCase();
  if (contract !== null && !currencyOk) {
    add(
      'currency_differs',
      'warning',
      null,
      null,
      { invoiceCurrency: doc.currency, contractCurrency: contract.currency },
      `Fakturaen er i ${doc.currency}, men kontraktens priser er i ${contract.currency}; priserne er ikke sammenlignet.`,
    );
  }
  if (doc.contractReferences.every((r) => r.trim() === '')) {
    add(
      'missing_contract_reference',
      'warning',
      null,
      null,
      { contractNumber: contract?.number ?? '' },
      `Fakturaen angiver ikke kontraktens nummer${contract ? ` (${contract.number})` : ''}. Kontraktens id skal stå på fakturaen.`,
    );
  }
  const contact = doc.buyer.contact;
  const hasPerson = [doc.buyerReference, contact?.id ?? null, contact?.name ?? null].some((v) => v !== null && v.trim() !== '');
  if (!hasPerson) {
    add(
      'missing_responsible_person',
      'warning',
      null,
      null,
      {},
      'Fakturaen angiver ikke den ansvarlige person hos kunden (reference eller kontaktperson), som skal stå på fakturaen.',
    );
  }
  deviations.push(...arithmeticDeviations(doc));

  // The lines: matching.
  const manual = new Map(input.lineAssignments.map((a) => [a.lineId, a.priceElementId]));
  const states: LineState[] = doc.lines.map((line) => {
    const amount = exactToOre(exact(line.lineAmount)) * sign;
    const lineSpan = lineDays(line, doc);
    const manualElement = contract?.priceElements.find((e) => e.id === manual.get(line.id));
    let match: { priceElementId: string | null; step: LineMatchStep; certain: boolean; explanation: string };
    if (contract === null) {
      match = {
        priceElementId: null,
        step: 'none',
        certain: false,
        explanation:
          contractMatch.contractId === null
            ? `Linje ${line.id}: fakturaen er ikke knyttet til en kontrakt, så linjen er ikke sammenholdt med priselementer.`
            : `Linje ${line.id}: kontraktens priselementer er ikke med i kontrollen, så linjen er ikke sammenholdt med dem.`,
      };
    } else if (manualElement) {
      match = {
        priceElementId: manualElement.id,
        step: 'manual',
        certain: true,
        explanation: `Linje ${line.id}: priselementet ${manualElement.number ? `${manualElement.number} (${manualElement.name})` : manualElement.name} er valgt manuelt.`,
      };
    } else {
      match = matchLine(line, contract);
    }
    const element = contract?.priceElements.find((e) => e.id === match.priceElementId) ?? null;
    const allowed =
      contract !== null && element !== null
        ? allowedUnitPrice(element.unitPrice, contract.priceRegulation, lineSpan.start, input.indexValues)
        : null;
    const unitFactor = element === null ? null : comparablePriceFactor(line.unitCode, element.unitCode);
    return {
      line,
      element,
      allowed,
      days: lineSpan,
      unitFactor,
      check: { lineId: line.id, ...match, allowedUnitPrice: allowed?.price ?? null, amount },
    };
  });

  // The lines: contract term and operations start.
  if (contract !== null) {
    for (const s of states) {
      const { line } = s;
      const { start, end } = s.days;
      const lineAmount = exact(line.lineAmount);
      const total = days(start, end);
      const label = lineLabel(line, s.element);
      const before =
        contract.inForceFrom !== null && start < contract.inForceFrom
          ? days(start, minDate(end, addDays(contract.inForceFrom, -1)))
          : 0;
      const after =
        contract.endsOn !== null && end > contract.endsOn ? days(maxDate(start, addDays(contract.endsOn, 1)), end) : 0;
      if (before + after > 0) {
        const share = lineAmount.times(before + after).dividedBy(total);
        const term = `${contract.inForceFrom ? formatDanishDate(contract.inForceFrom) : 'start'} – ${contract.endsOn ? formatDanishDate(contract.endsOn) : 'uden slutdato'}`;
        add(
          'contract_not_in_force',
          credit ? 'warning' : 'error',
          line.id,
          credit ? null : exactToOre(share),
          { start, end, daysOutside: String(before + after), days: String(total), amount: kr(share), contractTerm: term },
          `${label}: perioden ${periodText(start, end)} ligger ${before + after === total ? '' : 'delvis '}uden for kontraktens løbetid ${term} (${before + after} af ${total} dage).${credit ? '' : ` Beløb for dagene uden for kontrakten: ${kr(share)}`}`,
        );
      }
      const ops = contract.operationsStartOn;
      if (!credit && ops !== null && s.element !== null && s.check.certain && s.element.recurrence !== 'one_off' && start < ops) {
        const from = contract.inForceFrom !== null ? maxDate(start, contract.inForceFrom) : start;
        const to = minDate(end, addDays(ops, -1));
        const early = from <= to ? days(from, to) : 0;
        if (early > 0) {
          const share = lineAmount.times(early).dividedBy(total);
          add(
            'before_operations_start',
            'error',
            line.id,
            exactToOre(share),
            { start, end, operationsStartOn: ops, daysBefore: String(early), days: String(total), amount: kr(share) },
            `${label}: drift er faktureret for ${periodText(start, end)}, men driften starter først ${formatDanishDate(ops)} (${early} af ${total} dage før driftsstart). Beløb for dagene før driftsstart: ${kr(share)}`,
          );
        }
      }
    }
  }

  // The lines: element, unit, price, quantity, double invoicing.
  const running = new Map<string, Exact>();
  const cumulativeBefore = (element: PriceElementForControl): Exact =>
    sumExact(
      input.invoicedBefore
        .filter((b) => b.priceElementId === element.id)
        .map((b) => {
          const factor = b.unitCode == null ? EXACT_ONE : (comparablePriceFactor(b.unitCode, element.unitCode) ?? EXACT_ONE);
          const quantity = exact(b.quantity).abs().times(factor);
          return b.kind === 'credit_note' ? quantity.negated() : quantity;
        }),
    );
  for (const [index, s] of states.entries()) {
    if (contract === null) break;
    const { line, element, allowed } = s;
    const label = lineLabel(line, element);
    const lineAmount = exact(line.lineAmount);
    if (element === null) {
      add(
        'unknown_price_element',
        'warning',
        line.id,
        credit ? null : exactToOre(lineAmount),
        { amount: kr(lineAmount) },
        `${label}: linjen kan ikke knyttes til et af kontraktens priselementer; den skal begynde med priselementets nummer.${credit ? '' : ` Beløb: ${kr(lineAmount)}`}`,
      );
      continue;
    }
    if (!s.check.certain) {
      add(
        'uncertain_line_match',
        'info',
        line.id,
        null,
        { priceElementId: element.id },
        `${s.check.explanation} Prisen kontrolleres, når priselementet er bekræftet.`,
      );
      continue;
    }
    if (s.unitFactor === null) {
      add(
        'unit_differs',
        'info',
        line.id,
        null,
        { lineUnit: line.unitCode ?? '', elementUnit: element.unitCode },
        `${label}: enheden ${unitName(line.unitCode)} (${line.unitCode ?? 'ingen'}) kan ikke sammenlignes med priselementets enhed ${unitName(element.unitCode)} (${element.unitCode}); pris og antal er ikke kontrolleret.`,
      );
      continue;
    }
    if (credit || allowed === null) continue;
    const unitFactor = s.unitFactor;
    const quantity = exact(line.quantity).times(unitFactor);
    const allowedOre = exactToOre(exact(allowed.price));
    const allowedPrice = oreToExact(allowedOre);
    const missing = allowed.indexMissing
      ? ` Indekstallet for ${allowed.indexMissing} mangler; det seneste kendte indekstal før er brugt.`
      : '';

    const unitPrice = effectiveUnitPrice(line, oioubl);
    if (unitPrice !== null && currencyOk && quantity.gt(EXACT_ZERO)) {
      const inElementUnits = unitPrice.dividedBy(unitFactor);
      if (exactToOre(inElementUnits) > allowedOre) {
        const excess = inElementUnits.minus(allowedPrice).times(quantity);
        const shown = unitFactor.eq(EXACT_ONE)
          ? kr(unitPrice)
          : `${kr(unitPrice)} pr. ${unitName(line.unitCode)} (${kr(inElementUnits)} pr. ${unitName(element.unitCode)})`;
        add(
          'price_above_contract',
          'error',
          line.id,
          exactToOre(excess),
          {
            priceElementId: element.id,
            unitPrice: kr(inElementUnits),
            unitPriceValue: roundedText(inElementUnits, 10),
            contractPrice: kr(exact(element.unitPrice)),
            contractPriceValue: element.unitPrice,
            allowedPrice: kr(allowedPrice),
            allowedPriceValue: allowed.price,
            regulationFactor: allowed.factor,
            regulatedOn: allowed.steps.at(-1)?.on ?? '',
            quantity: roundedText(quantity, 10),
            amount: kr(excess),
            indexMissing: allowed.indexMissing ?? '',
          },
          `${endSentence(`${label}: enhedsprisen ${shown} er højere end kontraktens pris ${kr(exact(element.unitPrice))}${regulationPhrase(contract.priceRegulation, allowed)}`)} For meget faktureret: ${kr(excess)}${missing}`,
        );
      }
    }

    if (element.quantity !== null) {
      const agreed = exact(element.quantity);
      const unit = unitName(element.unitCode);
      if (element.recurrence !== 'one_off' && !isTimeUnit(element.unitCode)) {
        if (quantity.gt(agreed)) {
          const excess = quantity.minus(agreed);
          const money = excess.times(allowedPrice);
          add(
            'quantity_above_agreed',
            'warning',
            line.id,
            currencyOk ? exactToOre(money) : null,
            { quantity: roundedText(quantity, 10), agreed: element.quantity, excess: roundedText(excess, 10), amount: kr(money) },
            `${label}: antallet ${formatDanishNumber(roundedText(quantity, 4))} ${unit} er større end kontraktens aftalte antal ${formatDanishNumber(element.quantity)} ${unit} (${formatDanishNumber(roundedText(excess, 4))} for mange à ${kr(allowedPrice)}).${currencyOk ? ` Beløb: ${kr(money)}` : ''}`,
          );
        }
      } else if (element.recurrence === 'one_off' || isWorkTimeUnit(element.unitCode)) {
        const before = running.get(element.id) ?? cumulativeBefore(element);
        const after = before.plus(quantity);
        running.set(element.id, after);
        if (after.gt(agreed) && quantity.gt(EXACT_ZERO)) {
          const excess = minExact(quantity, after.minus(agreed));
          const money = excess.times(allowedPrice);
          add(
            'quantity_above_agreed',
            'warning',
            line.id,
            currencyOk ? exactToOre(money) : null,
            {
              quantity: roundedText(quantity, 10),
              invoicedBefore: roundedText(before, 10),
              invoicedInTotal: roundedText(after, 10),
              agreed: element.quantity,
              excess: roundedText(excess, 10),
              amount: kr(money),
            },
            `${label}: med denne linje er der i alt faktureret ${formatDanishNumber(roundedText(after, 4))} ${unit} på priselementet, men kontrakten aftaler ${formatDanishNumber(element.quantity)} ${unit} (${formatDanishNumber(roundedText(excess, 4))} for mange à ${kr(allowedPrice)}).${currencyOk ? ` Beløb: ${kr(money)}` : ''}`,
          );
        }
      }
    }

    if (element.recurrence !== 'one_off' && s.days.explicit && lineAmount.gt(EXACT_ZERO)) {
      const { start, end } = s.days;
      const earlier = input.invoicedBefore.filter(
        (b) =>
          b.kind === 'invoice' &&
          b.priceElementId === element.id &&
          b.invoiceId !== input.duplicateOf?.invoiceId &&
          b.period?.start != null &&
          b.period.end != null &&
          b.period.start <= end &&
          b.period.end >= start,
      );
      const sameInvoice = states
        .slice(0, index)
        .filter(
          (o) =>
            o.element?.id === element.id &&
            o.check.certain &&
            o.days.explicit &&
            exact(o.line.lineAmount).gt(EXACT_ZERO) &&
            o.days.start <= end &&
            o.days.end >= start,
        );
      const intervals = [
        ...earlier.map((b) => ({ start: b.period?.start ?? start, end: b.period?.end ?? end })),
        ...sameInvoice.map((o) => ({ start: o.days.start, end: o.days.end })),
      ];
      const overlap = coveredDays(start, end, intervals);
      if (overlap > 0) {
        const total = days(start, end);
        const share = lineAmount.times(overlap).dividedBy(total);
        const where = [
          ...new Set(earlier.map((b) => `faktura ${b.invoiceNumber}`)),
          ...sameInvoice.map((o) => `linje ${o.line.id} i denne faktura`),
        ];
        add(
          'recurring_invoiced_twice',
          'error',
          line.id,
          exactToOre(share),
          {
            start,
            end,
            overlapDays: String(overlap),
            days: String(total),
            earlierInvoices: [...new Set(earlier.map((b) => b.invoiceNumber))].join(', '),
            earlierInvoiceIds: [...new Set(earlier.map((b) => b.invoiceId))].join(', '),
            amount: kr(share),
          },
          `${label}: perioden ${periodText(start, end)} er allerede faktureret for samme priselement på ${where.join(' og ')} (${overlap} af ${total} dage). Beløb for de dobbelt fakturerede dage: ${kr(share)}`,
        );
      }
    }
  }

  const deviationAmount = deviations.filter((d) => d.severity !== 'info').reduce((sum, d) => sum + (d.amount ?? 0n), 0n);
  const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
  const maxSeverity = deviations.reduce<Severity | null>(
    (max, d) => (max === null || rank[d.severity] > rank[max] ? d.severity : max),
    null,
  );
  return {
    buyer,
    contract: contractMatch,
    lines: states.map((s) => s.check),
    deviations,
    totals: {
      lineExtension: exactToOre(exact(t.lineExtension)) * sign,
      tax: exactToOre(tax) * sign,
      payable: exactToOre(payable) * sign,
    },
    deviationAmount,
    maxSeverity,
  };
}

function minExact(a: Exact, b: Exact): Exact {
  return a.lt(b) ? a : b;
}
