import { addRatio, multiplyRatio, ratioFromDecimal, subtractRatio, sumRatios } from '../money/ratio.js';
import type { ContractForControl, PriceElementForControl } from './control-types.js';
import type { DecimalText, EInvoice, EInvoiceAllowanceCharge, EInvoiceLine, EInvoiceParty } from './document.js';
import { exact, exactText, roundToOre } from './exact.js';

/**
 * Hand-built e-invoices for the tests of invoice control (the parser in packages/ubl produces the same shape).
 * Not exported from the package: test support only.
 */

export function testParty(over: Partial<EInvoiceParty> = {}): EInvoiceParty {
  return {
    name: null,
    endpoint: null,
    identifiers: [],
    legalIds: [],
    taxIds: [],
    cvr: null,
    gln: null,
    contact: null,
    ...over,
  };
}

export function testLine(id: string, over: Partial<EInvoiceLine> = {}): EInvoiceLine {
  return {
    id,
    sourceLine: 1,
    note: null,
    quantity: '1',
    unitCode: 'C62',
    lineAmount: '100',
    accountingCost: null,
    period: null,
    orderLineId: null,
    itemName: null,
    description: null,
    sellersItemId: null,
    buyersItemId: null,
    standardItemId: null,
    classifications: [],
    price: '100',
    baseQuantity: null,
    baseQuantityUnitCode: null,
    orderableUnitFactor: null,
    grossPrice: null,
    priceDiscount: null,
    allowanceCharges: [],
    taxCategory: 'S',
    taxPercent: '25',
    taxAmount: null,
    ...over,
  };
}

export function testAllowanceCharge(
  charge: boolean,
  amount: DecimalText,
  taxPercent: DecimalText | null = '25',
): EInvoiceAllowanceCharge {
  return {
    charge,
    amount,
    baseAmount: null,
    multiplierPercent: null,
    reasonCode: null,
    reason: charge ? 'Gebyr' : 'Rabat',
    taxCategory: taxPercent === null ? null : 'S',
    taxPercent,
  };
}

/**
 * A Peppol invoice whose totals follow from its lines and document allowances/charges (25 % VAT on everything),
 * every amount rounded to øre half away from zero. `over` replaces fields afterwards (to break a total on purpose).
 */
export function balancedInvoice(
  lines: EInvoiceLine[],
  options: { allowanceCharges?: EInvoiceAllowanceCharge[]; prepaid?: DecimalText; rounding?: DecimalText } = {},
  over: Partial<EInvoice> = {},
): EInvoice {
  const acs = options.allowanceCharges ?? [];
  const lineExtension = sumRatios(lines.map((l) => exact(l.lineAmount)));
  const allowances = sumRatios(acs.filter((a) => !a.charge).map((a) => exact(a.amount)));
  const charges = sumRatios(acs.filter((a) => a.charge).map((a) => exact(a.amount)));
  const taxExclusive = addRatio(subtractRatio(lineExtension, allowances), charges);
  const tax = roundToOre(multiplyRatio(taxExclusive, ratioFromDecimal('0.25')));
  const taxInclusive = addRatio(taxExclusive, tax);
  const prepaid = exact(options.prepaid ?? '0');
  const rounding = exact(options.rounding ?? '0');
  return {
    format: 'peppol-bis3',
    customizationId: 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
    profileId: 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
    kind: 'invoice',
    typeCode: '380',
    number: 'F-1001',
    uuid: null,
    issueDate: '2024-03-05',
    dueDate: '2024-04-05',
    currency: 'DKK',
    taxCurrency: null,
    notes: [],
    buyerReference: 'Anna Jensen',
    accountingCost: null,
    contractReferences: ['K-2020-01'],
    orderReference: null,
    salesOrderId: null,
    projectReference: null,
    billingReferences: [],
    period: null,
    supplier: testParty({ name: 'Leverandøren A/S', cvr: '10150817' }),
    buyer: testParty({ name: 'Kommunen', cvr: '29189897', gln: '5798009882806' }),
    paymentMeans: [],
    allowanceCharges: acs,
    taxAmount: exactText(tax),
    taxSubtotals: [
      { taxableAmount: exactText(taxExclusive), taxAmount: exactText(tax), category: 'S', percent: '25', scheme: 'VAT' },
    ],
    totals: {
      lineExtension: exactText(lineExtension),
      taxExclusive: exactText(taxExclusive),
      taxInclusive: exactText(taxInclusive),
      allowanceTotal: acs.some((a) => !a.charge) ? exactText(allowances) : null,
      chargeTotal: acs.some((a) => a.charge) ? exactText(charges) : null,
      prepaid: options.prepaid ?? null,
      payableRounding: options.rounding ?? null,
      payable: exactText(addRatio(subtractRatio(taxInclusive, prepaid), rounding)),
    },
    lines,
    ...over,
  };
}

export function testElement(id: string, over: Partial<PriceElementForControl> = {}): PriceElementForControl {
  return {
    id,
    number: null,
    name: `Element ${id}`,
    unitCode: 'C62',
    unitPrice: '100',
    quantity: null,
    recurrence: 'one_off',
    validFrom: null,
    validTo: null,
    ...over,
  };
}

export function testContract(id: string, over: Partial<ContractForControl> = {}): ContractForControl {
  return {
    id,
    number: `K-${id}`,
    name: `Kontrakt ${id}`,
    supplierId: 's1',
    currency: 'DKK',
    inForceFrom: '2020-01-01',
    endsOn: '2027-12-31',
    operationsStartOn: null,
    priceRegulation: { kind: 'none' },
    priceElements: [],
    itemMappings: [],
    ...over,
  };
}
