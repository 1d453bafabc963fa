import { formatDanishNumber, formatKroner } from '../money/kroner-format.js';
import type { Deviation, DeviationCode } from './control-types.js';
import type {
  DecimalText,
  EInvoice,
  EInvoiceAllowanceCharge,
  EInvoiceFormat,
  EInvoiceLine,
  EInvoiceTaxSubtotal,
} from './document.js';
import { EXACT_ONE, EXACT_ZERO, type Exact, exact, exactText, exactToOre, roundedText, sumExact } from './exact-decimal.js';
import { normaliseUnitCode } from './unit-codes.js';

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

const kr = (value: Exact) => formatKroner(exactToOre(value));
const num = (value: Exact) => formatDanishNumber(roundedText(value, 10));
const sumAllowanceCharges = (items: readonly EInvoiceAllowanceCharge[], charge: boolean) =>
  sumExact(items.filter((ac) => ac.charge === charge).map((ac) => exact(ac.amount)));

type Check = { code: DeviationCode; lineId: string | null; rule: string; what: string; text: (f: Figures) => string };
type Figures = { expected: string; found: string; difference: string };

/**
 * Whether `found` is within `tolerance` of one of `candidates` (an amount may be written according to more than
 * one reading of a format, see below); if not, a deviation against the first candidate, the format's main rule.
 */
function compare(found: Exact, candidates: readonly Exact[], tolerance: DecimalText, check: Check): Deviation | null {
  const limit = exact(tolerance);
  if (candidates.some((c) => found.minus(c).abs().lte(limit))) return null;
  const expected = candidates[0] ?? EXACT_ZERO;
  const difference = found.minus(expected);
  const figures: Figures = { expected: kr(expected), found: kr(found), difference: kr(difference.abs()) };
  return {
    code: check.code,
    severity: 'error',
    lineId: check.lineId,
    amount: exactToOre(difference.abs()),
    params: {
      what: check.what,
      rule: check.rule,
      expected: figures.expected,
      found: figures.found,
      difference: figures.difference,
      expectedValue: roundedText(expected, 10),
      foundValue: exactText(found),
      differenceValue: roundedText(difference, 10),
      tolerance: formatDanishNumber(tolerance, 2),
      toleranceValue: tolerance,
    },
    text: check.text(figures),
  };
}

function lineDeviation(line: EInvoiceLine, oioubl: boolean, tolerance: DecimalText): Deviation | null {
  if (line.price === null) return null;
  const quantity = exact(line.quantity);
  const price = exact(line.price);
  const stated = line.baseQuantity === null ? EXACT_ONE : exact(line.baseQuantity);
  const base = stated.isZero() ? EXACT_ONE : stated;
  const charges = sumAllowanceCharges(line.allowanceCharges, true);
  const allowances = sumAllowanceCharges(line.allowanceCharges, false);
  const adjust = (amount: Exact) => amount.plus(charges).minus(allowances);
  const perBase = quantity.times(price).dividedBy(base);
  let candidates: Exact[];
  let formula: string;
  if (!oioubl) {
    candidates = [adjust(perBase)];
    formula = `${num(quantity)} × ${kr(price)}${base.eq(EXACT_ONE) ? '' : ` ÷ ${num(base)}`}`;
  } else {
    const factor = line.orderableUnitFactor === null ? EXACT_ONE : exact(line.orderableUnitFactor);
    const priceUnit = normaliseUnitCode(line.baseQuantityUnitCode);
    const unitsDiffer = priceUnit !== null && priceUnit !== normaliseUnitCode(line.unitCode);
    const perFactor = quantity.times(price).times(factor);
    const main = unitsDiffer ? perFactor : perBase;
    candidates = [main, perBase, perFactor, perBase.times(factor)].flatMap((c) => [c, adjust(c)]);
    formula = unitsDiffer
      ? `${num(quantity)} × ${kr(price)} × ${num(factor)}`
      : `${num(quantity)} × ${kr(price)}${base.eq(EXACT_ONE) ? '' : ` ÷ ${num(base)}`}`;
  }
  const extras = oioubl
    ? ''
    : `${charges.isZero() ? '' : ` + tillæg ${kr(charges)}`}${allowances.isZero() ? '' : ` − rabat ${kr(allowances)}`}`;
  return compare(exact(line.lineAmount), candidates, tolerance, {
    code: 'arithmetic_line',
    lineId: line.id,
    rule: oioubl ? 'F-INV340/F-INV343' : 'PEPPOL-EN16931-R120',
    what: 'line_amount',
    text: (f) =>
      `Linje ${line.id}: ${formula}${extras} giver ${f.expected}, men linjebeløbet er ${f.found} (forskel ${f.difference}).`,
  });
}

/**
 * The arithmetic of an e-invoice or credit note, recomputed exactly (decimal.js, never floats) and compared with
 * what the document states, with the tolerances of its format (`arithmeticTolerances`). Every finding is an
 * error with the code arithmetic_line (with the line's id), arithmetic_total or arithmetic_vat, the absolute
 * difference in øre (half away from zero) as its amount, and the expected and found values in params (Danish
 * "1.234,50 kr." and raw decimals). A credit note's amounts are positive and are checked the same way.
 *
 * Peppol BIS 3 (and plain UBL):
 * - each line with a price: quantity × (price ÷ base quantity) + Σ line charges − Σ line allowances = line amount (±0.02);
 * - Σ line amounts = LineExtensionAmount (±0.01);
 * - AllowanceTotalAmount = Σ document allowances and ChargeTotalAmount = Σ document charges (a missing total counts 0);
 * - TaxExclusiveAmount = LineExtensionAmount − AllowanceTotalAmount + ChargeTotalAmount;
 * - per VAT subtotal (scheme VAT, 63 or none; not excise; with a percent): taxable × percent ÷ 100 = tax (±0.01);
 * - Σ subtotal tax (VAT and other schemes) = the TaxTotal's TaxAmount;
 * - TaxInclusiveAmount = TaxExclusiveAmount + tax; PayableAmount = TaxInclusiveAmount − PrepaidAmount + PayableRoundingAmount.
 *
 * OIOUBL 2.0x/2.1 differs where its official examples and schematron differ from EN 16931, and an amount passes when
 * it fits any of the readings below (the main reading is reported when none fits):
 * - line (±1.00): price ÷ base quantity × quantity (F-INV340), or, when the price unit differs from the invoiced unit,
 *   price × quantity × OrderableUnitFactorRate (F-INV343); the "Prices advanced" example also counts the quantity in
 *   price units (price × quantity × factor with base quantity 2), so both readings are accepted for every line, with
 *   and without the line's allowances and charges (OIOUBL repeats those at document level);
 * - TaxExclusiveAmount is OIOUBL's total tax ("momsbeløb"), so it may equal the tax instead of the net amount;
 * - TaxInclusiveAmount = net amount + tax (+ PayableRoundingAmount, which OIOUBL includes there), and PayableAmount =
 *   TaxInclusiveAmount − PrepaidAmount (+ PayableRoundingAmount when the inclusive amount does not hold it);
 * - VAT per subtotal ±1.00, on the stated taxable amount or on that amount less the document allowances (plus the
 *   document charges) at the subtotal's rate: the official "Stor" credit note states the taxable amount before its
 *   document allowance and the VAT after it.
 * Where a document has more than one TaxTotal (OIOUBL excise in its own TaxTotal), the tax total may equal Σ of all
 * subtotals or Σ of the VAT subtotals, and the totals accept either tax figure.
 */
export function arithmeticDeviations(doc: EInvoice): Deviation[] {
  const oioubl = isOioublFormat(doc.format);
  const tolerances = arithmeticTolerances(doc.format);
  const found: (Deviation | null)[] = doc.lines.map((line) => lineDeviation(line, oioubl, tolerances.line));
  const total = (what: string, rule: string, text: (f: Figures) => string): Check => ({
    code: 'arithmetic_total',
    lineId: null,
    rule,
    what,
    text,
  });

  const t = doc.totals;
  const lineExtension = exact(t.lineExtension);
  const lineSum = sumExact(doc.lines.map((l) => exact(l.lineAmount)));
  found.push(
    compare(
      lineExtension,
      [lineSum],
      tolerances.lineSum,
      total(
        'line_extension',
        oioubl ? 'F-INV126' : 'BR-CO-10',
        (f) => `Summen af linjebeløbene er ${f.expected}, men fakturaens linjetotal er ${f.found} (forskel ${f.difference}).`,
      ),
    ),
  );

  const docAllowances = sumAllowanceCharges(doc.allowanceCharges, false);
  const docCharges = sumAllowanceCharges(doc.allowanceCharges, true);
  const allowanceTotal = t.allowanceTotal === null ? null : exact(t.allowanceTotal);
  const chargeTotal = t.chargeTotal === null ? null : exact(t.chargeTotal);
  if (allowanceTotal !== null || !docAllowances.isZero()) {
    found.push(
      compare(
        allowanceTotal ?? EXACT_ZERO,
        [docAllowances],
        tolerances.totals,
        total(
          'allowance_total',
          'BR-CO-11',
          (f) =>
            `Rabatterne på fakturaniveau er i alt ${f.expected}, men fakturaen angiver rabat i alt ${f.found} (forskel ${f.difference}).`,
        ),
      ),
    );
  }
  if (chargeTotal !== null || !docCharges.isZero()) {
    found.push(
      compare(
        chargeTotal ?? EXACT_ZERO,
        [docCharges],
        tolerances.totals,
        total(
          'charge_total',
          'BR-CO-12',
          (f) =>
            `Gebyrerne på fakturaniveau er i alt ${f.expected}, men fakturaen angiver gebyrer i alt ${f.found} (forskel ${f.difference}).`,
        ),
      ),
    );
  }
  const net = lineExtension.minus(allowanceTotal ?? docAllowances).plus(chargeTotal ?? docCharges);

  const vatSubtotals = doc.taxSubtotals.filter(isVatSubtotal);
  for (const s of vatSubtotals) {
    if (s.percent === null) continue;
    const taxable = exact(s.taxableAmount);
    const percent = exact(s.percent);
    const readings = [taxable];
    if (oioubl) {
      const atRate = doc.allowanceCharges.filter((ac) => ac.taxPercent !== null && exact(ac.taxPercent).eq(percent));
      readings.push(taxable.minus(sumAllowanceCharges(atRate, false)).plus(sumAllowanceCharges(atRate, true)));
    }
    found.push(
      compare(
        exact(s.taxAmount),
        readings.map((r) => r.times(percent).dividedBy(100)),
        tolerances.vat,
        {
          code: 'arithmetic_vat',
          lineId: null,
          rule: oioubl ? 'F-LIB400' : 'BR-CO-17',
          what: 'vat_subtotal',
          text: (f) =>
            `Moms af ${kr(taxable)} med ${formatDanishNumber(s.percent ?? '0')} % er ${f.expected}, men fakturaen angiver ${f.found} (forskel ${f.difference}).`,
        },
      ),
    );
  }
  const taxSumAll = sumExact(doc.taxSubtotals.map((s) => exact(s.taxAmount)));
  const taxSumVat = sumExact(vatSubtotals.map((s) => exact(s.taxAmount)));
  const taxAmount = doc.taxAmount === null ? null : exact(doc.taxAmount);
  if (taxAmount !== null && doc.taxSubtotals.length > 0) {
    found.push(
      compare(taxAmount, [taxSumAll, taxSumVat], tolerances.totals, {
        code: 'arithmetic_vat',
        lineId: null,
        rule: 'BR-CO-14',
        what: 'tax_total',
        text: (f) =>
          `Summen af momsbeløbene pr. sats er ${f.expected}, men fakturaens moms i alt er ${f.found} (forskel ${f.difference}).`,
      }),
    );
  }
  const taxes = taxAmount === null ? [taxSumAll] : taxAmount.eq(taxSumAll) ? [taxAmount] : [taxAmount, taxSumAll];
  const tax = taxes[0] ?? EXACT_ZERO;

  const taxExclusive = t.taxExclusive === null ? null : exact(t.taxExclusive);
  if (taxExclusive !== null) {
    found.push(
      oioubl
        ? compare(
            taxExclusive,
            [...taxes, net],
            tolerances.totals,
            total(
              'tax_exclusive',
              'F-INV128',
              (f) =>
                `Fakturaens moms i alt er ${f.expected}, men TaxExclusiveAmount (i OIOUBL det samlede momsbeløb) er ${f.found} (forskel ${f.difference}).`,
            ),
          )
        : compare(
            taxExclusive,
            [net],
            tolerances.totals,
            total(
              'tax_exclusive',
              'BR-CO-13',
              (f) =>
                `Linjetotal − rabatter + gebyrer giver ${f.expected}, men beløbet uden moms er ${f.found} (forskel ${f.difference}).`,
            ),
          ),
    );
  }

  const rounding = t.payableRounding === null ? EXACT_ZERO : exact(t.payableRounding);
  const prepaid = t.prepaid === null ? EXACT_ZERO : exact(t.prepaid);
  const exclusive = oioubl || taxExclusive === null ? net : taxExclusive;
  const inclusiveCandidates = oioubl
    ? taxes.flatMap((x) => [net.plus(x), net.plus(x).plus(rounding)])
    : taxes.map((x) => exclusive.plus(x));
  const taxInclusive = t.taxInclusive === null ? null : exact(t.taxInclusive);
  if (taxInclusive !== null) {
    found.push(
      compare(
        taxInclusive,
        inclusiveCandidates,
        tolerances.totals,
        total(
          'tax_inclusive',
          oioubl ? 'F-INV128' : 'BR-CO-15',
          (f) =>
            `Beløb uden moms ${kr(exclusive)} + moms ${kr(tax)}${oioubl && !rounding.isZero() ? ` + afrunding ${kr(rounding)}` : ''} giver ${f.expected}, men beløbet med moms er ${f.found} (forskel ${f.difference}).`,
        ),
      ),
    );
  }

  const inclusive = taxInclusive ?? inclusiveCandidates[0] ?? exclusive.plus(tax);
  const payableCandidates = oioubl
    ? [inclusive.minus(prepaid), inclusive.minus(prepaid).plus(rounding)]
    : [inclusive.minus(prepaid).plus(rounding)];
  found.push(
    compare(
      exact(t.payable),
      payableCandidates,
      tolerances.totals,
      total(
        'payable',
        oioubl ? 'F-INV133' : 'BR-CO-16',
        (f) =>
          `Beløb med moms ${kr(inclusive)}${prepaid.isZero() ? '' : ` − forudbetalt ${kr(prepaid)}`}${rounding.isZero() || oioubl ? '' : ` + afrunding ${kr(rounding)}`} giver ${f.expected}, men beløbet til betaling er ${f.found} (forskel ${f.difference}).`,
      ),
    ),
  );

  return found.filter((d): d is Deviation => d !== null);
}
