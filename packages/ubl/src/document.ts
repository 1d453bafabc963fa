import type {
  CalendarDate,
  DecimalText,
  EInvoice,
  EInvoiceAllowanceCharge,
  EInvoiceFormat,
  EInvoiceKind,
  EInvoiceLine,
  EInvoiceParty,
  EInvoicePaymentMeans,
  EInvoiceTotals,
} from '@overblik/core';
import { EInvoiceError } from './errors.js';
import { LineScope } from './line.js';
import { AllowanceChargeScope, DocumentReferenceScope, PaymentMeansScope, type TaxTotal, TaxTotalScope } from './parts.js';
import { PartyScope } from './party.js';
import { first, type Place, routesOf, Scope } from './scope.js';
import { date, decimal, type Leaf, sumDecimals, text } from './values.js';

const TOTALS = {
  'cac:LegalMonetaryTotal/cbc:LineExtensionAmount': 'lineExtension',
  'cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount': 'taxExclusive',
  'cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount': 'taxInclusive',
  'cac:LegalMonetaryTotal/cbc:AllowanceTotalAmount': 'allowanceTotal',
  'cac:LegalMonetaryTotal/cbc:ChargeTotalAmount': 'chargeTotal',
  'cac:LegalMonetaryTotal/cbc:PrepaidAmount': 'prepaid',
  'cac:LegalMonetaryTotal/cbc:PayableRoundingAmount': 'payableRounding',
  'cac:LegalMonetaryTotal/cbc:PayableAmount': 'payable',
} as const satisfies Record<string, keyof EInvoiceTotals>;

type Totals = { -readonly [K in keyof EInvoiceTotals]: DecimalText | null };

const DOCUMENT_ROUTES = routesOf(
  [
    'cbc:UBLVersionID',
    'cbc:CustomizationID',
    'cbc:ProfileID',
    'cbc:ID',
    'cbc:UUID',
    'cbc:IssueDate',
    'cbc:DueDate',
    'cbc:InvoiceTypeCode',
    'cbc:CreditNoteTypeCode',
    'cbc:Note',
    'cbc:DocumentCurrencyCode',
    'cbc:TaxCurrencyCode',
    'cbc:AccountingCost',
    'cbc:BuyerReference',
    'cac:InvoicePeriod/cbc:StartDate',
    'cac:InvoicePeriod/cbc:EndDate',
    'cac:OrderReference/cbc:ID',
    'cac:OrderReference/cbc:SalesOrderID',
    'cac:ContractDocumentReference/cbc:ID',
    'cac:ProjectReference/cbc:ID',
    ...Object.keys(TOTALS),
  ],
  [
    'cac:AccountingSupplierParty/cac:Party',
    'cac:AccountingCustomerParty/cac:Party',
    'cac:InvoiceLine',
    'cac:CreditNoteLine',
    'cac:AllowanceCharge',
    'cac:TaxTotal',
    'cac:PaymentMeans',
    'cac:BillingReference/cac:InvoiceDocumentReference',
    'cac:BillingReference/cac:CreditNoteDocumentReference',
  ],
);

/** The root Invoice or CreditNote: the header fields, and the scopes for parties, lines and the other aggregates. */
export class DocumentScope extends Scope {
  readonly routes = DOCUMENT_ROUTES;
  private ublVersion: string | null = null;
  private customizationId: string | null = null;
  private profileId: string | null = null;
  private number: string | null = null;
  private uuid: string | null = null;
  private issueDate: CalendarDate | null = null;
  private dueDate: CalendarDate | null = null;
  private typeCode: string | null = null;
  private readonly notes: string[] = [];
  private currency: string | null = null;
  private taxCurrency: string | null = null;
  private accountingCost: string | null = null;
  private buyerReference: string | null = null;
  private start: CalendarDate | null = null;
  private end: CalendarDate | null = null;
  private orderReference: string | null = null;
  private salesOrderId: string | null = null;
  private readonly contractReferences: string[] = [];
  private projectReference: string | null = null;
  private readonly billingReferences: { id: string; issueDate: CalendarDate | null }[] = [];
  private supplier: EInvoiceParty | null = null;
  private buyer: EInvoiceParty | null = null;
  private readonly paymentMeans: EInvoicePaymentMeans[] = [];
  private readonly allowanceCharges: EInvoiceAllowanceCharge[] = [];
  private readonly taxTotals: TaxTotal[] = [];
  private readonly totals: Totals = {
    lineExtension: null,
    taxExclusive: null,
    taxInclusive: null,
    allowanceTotal: null,
    chargeTotal: null,
    prepaid: null,
    payableRounding: null,
    payable: null,
  };
  // Only the currency of PayableAmount is kept, as the fallback when DocumentCurrencyCode is absent.
  private payableCurrency: string | null = null;
  private readonly lines: EInvoiceLine[] = [];

  constructor(
    private readonly kind: EInvoiceKind,
    private readonly root: string,
  ) {
    super();
  }

  override enter(path: string, place: () => Place): Scope | null {
    switch (path) {
      case 'cac:AccountingSupplierParty/cac:Party':
        return this.supplier ? null : new PartyScope((party) => (this.supplier = party));
      case 'cac:AccountingCustomerParty/cac:Party':
        return this.buyer ? null : new PartyScope((party) => (this.buyer = party));
      case 'cac:InvoiceLine':
        return this.kind === 'invoice' ? new LineScope('invoice', place(), (line) => this.lines.push(line)) : null;
      case 'cac:CreditNoteLine':
        return this.kind === 'credit_note' ? new LineScope('credit_note', place(), (line) => this.lines.push(line)) : null;
      case 'cac:AllowanceCharge':
        return new AllowanceChargeScope(place(), (ac) => this.allowanceCharges.push(ac));
      case 'cac:TaxTotal':
        return new TaxTotalScope((total) => this.taxTotals.push(total));
      case 'cac:PaymentMeans':
        return new PaymentMeansScope((means) => this.paymentMeans.push(means));
      case 'cac:BillingReference/cac:InvoiceDocumentReference':
      case 'cac:BillingReference/cac:CreditNoteDocumentReference':
        return new DocumentReferenceScope((reference) => this.billingReferences.push(reference));
      default:
        return null;
    }
  }

  leaf(path: string, leaf: Leaf): void {
    if (path in TOTALS) {
      const field = TOTALS[path as keyof typeof TOTALS];
      if (this.totals[field] !== null) return;
      this.totals[field] = decimal(leaf);
      if (field === 'payable') this.payableCurrency = leaf.attribute('currencyID')?.trim() || null;
      return;
    }
    switch (path) {
      case 'cbc:Note': {
        const note = text(leaf);
        if (note !== null) this.notes.push(note);
        return;
      }
      case 'cac:ContractDocumentReference/cbc:ID': {
        const reference = text(leaf);
        if (reference !== null) this.contractReferences.push(reference);
        return;
      }
      case 'cbc:IssueDate':
        this.issueDate = first(this.issueDate, () => date(leaf));
        return;
      case 'cbc:DueDate':
        this.dueDate = first(this.dueDate, () => date(leaf));
        return;
      case 'cac:InvoicePeriod/cbc:StartDate':
        this.start = first(this.start, () => date(leaf));
        return;
      case 'cac:InvoicePeriod/cbc:EndDate':
        this.end = first(this.end, () => date(leaf));
        return;
      default:
        this.textLeaf(path, leaf);
    }
  }

  private textLeaf(path: string, leaf: Leaf): void {
    const value = () => text(leaf);
    switch (path) {
      case 'cbc:UBLVersionID':
        this.ublVersion = first(this.ublVersion, value);
        break;
      case 'cbc:CustomizationID':
        this.customizationId = first(this.customizationId, value);
        break;
      case 'cbc:ProfileID':
        this.profileId = first(this.profileId, value);
        break;
      case 'cbc:ID':
        this.number = first(this.number, value);
        break;
      case 'cbc:UUID':
        this.uuid = first(this.uuid, value);
        break;
      case 'cbc:InvoiceTypeCode':
      case 'cbc:CreditNoteTypeCode':
        this.typeCode = first(this.typeCode, value);
        break;
      case 'cbc:DocumentCurrencyCode':
        this.currency = first(this.currency, value);
        break;
      case 'cbc:TaxCurrencyCode':
        this.taxCurrency = first(this.taxCurrency, value);
        break;
      case 'cbc:AccountingCost':
        this.accountingCost = first(this.accountingCost, value);
        break;
      case 'cbc:BuyerReference':
        this.buyerReference = first(this.buyerReference, value);
        break;
      case 'cac:OrderReference/cbc:ID':
        this.orderReference = first(this.orderReference, value);
        break;
      case 'cac:OrderReference/cbc:SalesOrderID':
        this.salesOrderId = first(this.salesOrderId, value);
        break;
      case 'cac:ProjectReference/cbc:ID':
        this.projectReference = first(this.projectReference, value);
        break;
    }
  }

  /** The invoice, once the whole document has been read; refuses it if a required element is missing. */
  result(): EInvoice {
    const need = <T>(value: T | null, path: string): T => {
      if (value === null) throw new EInvoiceError('missing', `${this.root}/${path} is missing`);
      return value;
    };
    const number = need(this.number, 'cbc:ID');
    const issueDate = need(this.issueDate, 'cbc:IssueDate');
    const supplier = need(this.supplier, 'cac:AccountingSupplierParty/cac:Party');
    const buyer = need(this.buyer, 'cac:AccountingCustomerParty/cac:Party');
    const lineExtension = need(this.totals.lineExtension, 'cac:LegalMonetaryTotal/cbc:LineExtensionAmount');
    const payable = need(this.totals.payable, 'cac:LegalMonetaryTotal/cbc:PayableAmount');
    const currency = need(this.currency ?? this.payableCurrency, 'cbc:DocumentCurrencyCode');
    const tax = this.documentTax(currency);
    return {
      format: formatOf(this.customizationId, this.ublVersion),
      customizationId: this.customizationId,
      profileId: this.profileId,
      kind: this.kind,
      typeCode: this.typeCode,
      number,
      uuid: this.uuid,
      issueDate,
      dueDate: this.dueDate ?? this.paymentMeans.find((means) => means.dueDate !== null)?.dueDate ?? null,
      currency,
      taxCurrency: this.taxCurrency,
      notes: this.notes,
      buyerReference: this.buyerReference,
      accountingCost: this.accountingCost,
      contractReferences: this.contractReferences,
      orderReference: this.orderReference,
      salesOrderId: this.salesOrderId,
      projectReference: this.projectReference,
      billingReferences: this.billingReferences,
      period: this.start === null && this.end === null ? null : { start: this.start, end: this.end },
      supplier,
      buyer,
      paymentMeans: this.paymentMeans,
      allowanceCharges: this.allowanceCharges,
      taxAmount: tax.amount,
      taxSubtotals: tax.subtotals,
      totals: { ...this.totals, lineExtension, payable },
      lines: this.lines,
    };
  }

  /**
   * The tax in the document currency. Peppol may add a second TaxTotal in the tax currency (BT-111, no
   * subtotals): it is left out. OIOUBL may have several TaxTotals in the document currency, one per tax
   * scheme (VAT 63, an excise like 31): they all count, so their subtotals are listed and their amounts added.
   */
  private documentTax(currency: string): { amount: DecimalText | null; subtotals: EInvoice['taxSubtotals'] } {
    const inCurrency = this.taxTotals.filter((total) => total.currency === currency);
    const unlabelled = this.taxTotals.every((total) => total.currency === null);
    const chosen = inCurrency.length > 0 ? inCurrency : unlabelled ? this.taxTotals.slice(0, 1) : [];
    const amounts = chosen.flatMap((total) => (total.taxAmount === null ? [] : [total.taxAmount]));
    return {
      amount: amounts.length === 0 ? null : sumDecimals(amounts),
      subtotals: chosen.flatMap((total) => total.subtotals),
    };
  }
}

/** The format, from CustomizationID; OIOUBL-2.1 on a UBL 2.0 document is still OIOUBL 2.0x in structure (F-LIB002). */
export function formatOf(customizationId: string | null, ublVersion: string | null): EInvoiceFormat {
  if (customizationId === null) return 'ubl';
  if (/^OIOUBL-2\.0[12]$/.test(customizationId)) return 'oioubl-2.0';
  if (customizationId === 'OIOUBL-2.1') return ublVersion === '2.0' ? 'oioubl-2.0' : 'oioubl-2.1';
  if (customizationId.startsWith('urn:cen.eu:en16931:2017')) return 'peppol-bis3';
  return 'ubl';
}
