import type {
  CalendarDate,
  DecimalText,
  EInvoiceAllowanceCharge,
  EInvoicePaymentMeans,
  EInvoiceTaxSubtotal,
} from '@overblik/core';
import { first, missing, type Place, routesOf, Scope } from './scope.js';
import { date, decimal, indicator, type Leaf, text } from './values.js';

const ALLOWANCE_CHARGE_ROUTES = routesOf([
  'cbc:ChargeIndicator',
  'cbc:AllowanceChargeReasonCode',
  'cbc:AllowanceChargeReason',
  'cbc:MultiplierFactorNumeric',
  'cbc:Amount',
  'cbc:BaseAmount',
  'cac:TaxCategory/cbc:ID',
  'cac:TaxCategory/cbc:Percent',
]);

/** cac:AllowanceCharge of the document or of a line. */
export class AllowanceChargeScope extends Scope {
  readonly routes = ALLOWANCE_CHARGE_ROUTES;
  private charge: boolean | null = null;
  private amount: DecimalText | null = null;
  private baseAmount: DecimalText | null = null;
  private multiplierPercent: DecimalText | null = null;
  private reasonCode: string | null = null;
  private reason: string | null = null;
  private taxCategory: string | null = null;
  private taxPercent: DecimalText | null = null;

  constructor(
    private readonly place: Place,
    private readonly done: (allowanceCharge: EInvoiceAllowanceCharge) => void,
  ) {
    super();
  }

  leaf(path: string, leaf: Leaf): void {
    switch (path) {
      case 'cbc:ChargeIndicator':
        this.charge = first(this.charge, () => indicator(leaf));
        break;
      case 'cbc:AllowanceChargeReasonCode':
        this.reasonCode = first(this.reasonCode, () => text(leaf));
        break;
      case 'cbc:AllowanceChargeReason':
        this.reason = first(this.reason, () => text(leaf));
        break;
      case 'cbc:MultiplierFactorNumeric':
        this.multiplierPercent = first(this.multiplierPercent, () => decimal(leaf));
        break;
      case 'cbc:Amount':
        this.amount = first(this.amount, () => decimal(leaf));
        break;
      case 'cbc:BaseAmount':
        this.baseAmount = first(this.baseAmount, () => decimal(leaf));
        break;
      case 'cac:TaxCategory/cbc:ID':
        this.taxCategory = first(this.taxCategory, () => text(leaf));
        break;
      case 'cac:TaxCategory/cbc:Percent':
        this.taxPercent = first(this.taxPercent, () => decimal(leaf));
        break;
    }
  }

  override close(): void {
    if (this.charge === null) throw missing(this.place, 'cbc:ChargeIndicator');
    if (this.amount === null) throw missing(this.place, 'cbc:Amount');
    this.done({
      charge: this.charge,
      amount: this.amount,
      baseAmount: this.baseAmount,
      multiplierPercent: this.multiplierPercent,
      reasonCode: this.reasonCode,
      reason: this.reason,
      taxCategory: this.taxCategory,
      taxPercent: this.taxPercent,
    });
  }
}

const PRICE_ALLOWANCE_ROUTES = routesOf(['cbc:Amount', 'cbc:BaseAmount']);

/** cac:Price/cac:AllowanceCharge: the gross price (BaseAmount) and the price discount (Amount). */
export class PriceAllowanceScope extends Scope {
  readonly routes = PRICE_ALLOWANCE_ROUTES;
  private amount: DecimalText | null = null;
  private baseAmount: DecimalText | null = null;

  constructor(private readonly done: (grossPrice: DecimalText | null, discount: DecimalText | null) => void) {
    super();
  }

  leaf(path: string, leaf: Leaf): void {
    if (path === 'cbc:Amount') this.amount = first(this.amount, () => decimal(leaf));
    else this.baseAmount = first(this.baseAmount, () => decimal(leaf));
  }

  override close(): void {
    this.done(this.baseAmount, this.amount);
  }
}

export type TaxTotal = { currency: string | null; taxAmount: DecimalText | null; subtotals: EInvoiceTaxSubtotal[] };

const TAX_TOTAL_ROUTES = routesOf(['cbc:TaxAmount'], ['cac:TaxSubtotal']);

/** A document-level cac:TaxTotal; which of several counts is decided once the document currency is known. */
export class TaxTotalScope extends Scope {
  readonly routes = TAX_TOTAL_ROUTES;
  private readonly total: TaxTotal = { currency: null, taxAmount: null, subtotals: [] };

  constructor(private readonly done: (total: TaxTotal) => void) {
    super();
  }

  override enter(path: string, place: () => Place): Scope | null {
    if (path !== 'cac:TaxSubtotal') return null;
    return new TaxSubtotalScope(place(), (subtotal) => this.total.subtotals.push(subtotal));
  }

  leaf(_path: string, leaf: Leaf): void {
    if (this.total.taxAmount !== null) return;
    this.total.taxAmount = decimal(leaf);
    this.total.currency = leaf.attribute('currencyID')?.trim() || null;
  }

  override close(): void {
    this.done(this.total);
  }
}

const TAX_SUBTOTAL_ROUTES = routesOf([
  'cbc:TaxableAmount',
  'cbc:TaxAmount',
  'cbc:Percent',
  'cac:TaxCategory/cbc:ID',
  'cac:TaxCategory/cbc:Percent',
  'cac:TaxCategory/cac:TaxScheme/cbc:ID',
]);

class TaxSubtotalScope extends Scope {
  readonly routes = TAX_SUBTOTAL_ROUTES;
  private taxableAmount: DecimalText | null = null;
  private taxAmount: DecimalText | null = null;
  private subtotalPercent: DecimalText | null = null;
  private category: string | null = null;
  private categoryPercent: DecimalText | null = null;
  private scheme: string | null = null;

  constructor(
    private readonly place: Place,
    private readonly done: (subtotal: EInvoiceTaxSubtotal) => void,
  ) {
    super();
  }

  leaf(path: string, leaf: Leaf): void {
    switch (path) {
      case 'cbc:TaxableAmount':
        this.taxableAmount = first(this.taxableAmount, () => decimal(leaf));
        break;
      case 'cbc:TaxAmount':
        this.taxAmount = first(this.taxAmount, () => decimal(leaf));
        break;
      case 'cbc:Percent':
        this.subtotalPercent = first(this.subtotalPercent, () => decimal(leaf));
        break;
      case 'cac:TaxCategory/cbc:ID':
        this.category = first(this.category, () => text(leaf));
        break;
      case 'cac:TaxCategory/cbc:Percent':
        this.categoryPercent = first(this.categoryPercent, () => decimal(leaf));
        break;
      case 'cac:TaxCategory/cac:TaxScheme/cbc:ID':
        this.scheme = first(this.scheme, () => text(leaf));
        break;
    }
  }

  override close(): void {
    if (this.taxableAmount === null) throw missing(this.place, 'cbc:TaxableAmount');
    if (this.taxAmount === null) throw missing(this.place, 'cbc:TaxAmount');
    this.done({
      taxableAmount: this.taxableAmount,
      taxAmount: this.taxAmount,
      category: this.category,
      percent: this.categoryPercent ?? this.subtotalPercent,
      scheme: this.scheme,
    });
  }
}

const PAYMENT_MEANS_ROUTES = routesOf([
  'cbc:PaymentMeansCode',
  'cbc:PaymentDueDate',
  'cbc:InstructionID',
  'cbc:PaymentID',
  'cac:PayeeFinancialAccount/cbc:ID',
  'cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID',
  'cac:CreditAccount/cbc:AccountID',
]);

/** cac:PaymentMeans: OIOUBL puts the FIK creditor in CreditAccount, Peppol in PayeeFinancialAccount. */
export class PaymentMeansScope extends Scope {
  readonly routes = PAYMENT_MEANS_ROUTES;
  private readonly means: EInvoicePaymentMeans = {
    code: null,
    paymentId: null,
    instructionId: null,
    account: null,
    branch: null,
    dueDate: null,
  };
  private creditAccount: string | null = null;

  constructor(private readonly done: (means: EInvoicePaymentMeans) => void) {
    super();
  }

  leaf(path: string, leaf: Leaf): void {
    const m = this.means;
    switch (path) {
      case 'cbc:PaymentMeansCode':
        m.code = first(m.code, () => text(leaf));
        break;
      case 'cbc:PaymentDueDate':
        m.dueDate = first(m.dueDate, () => date(leaf));
        break;
      case 'cbc:InstructionID':
        m.instructionId = first(m.instructionId, () => text(leaf));
        break;
      case 'cbc:PaymentID':
        m.paymentId = first(m.paymentId, () => text(leaf));
        break;
      case 'cac:PayeeFinancialAccount/cbc:ID':
        m.account = first(m.account, () => text(leaf));
        break;
      case 'cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID':
        m.branch = first(m.branch, () => text(leaf));
        break;
      case 'cac:CreditAccount/cbc:AccountID':
        this.creditAccount = first(this.creditAccount, () => text(leaf));
        break;
    }
  }

  override close(): void {
    this.done({ ...this.means, account: this.means.account ?? this.creditAccount });
  }
}

const DOCUMENT_REFERENCE_ROUTES = routesOf(['cbc:ID', 'cbc:IssueDate']);

/** cac:BillingReference/cac:InvoiceDocumentReference (or CreditNoteDocumentReference): the preceding document. */
export class DocumentReferenceScope extends Scope {
  readonly routes = DOCUMENT_REFERENCE_ROUTES;
  private id: string | null = null;
  private issueDate: CalendarDate | null = null;

  constructor(private readonly done: (reference: { id: string; issueDate: CalendarDate | null }) => void) {
    super();
  }

  leaf(path: string, leaf: Leaf): void {
    if (path === 'cbc:ID') this.id = first(this.id, () => text(leaf));
    else this.issueDate = first(this.issueDate, () => date(leaf));
  }

  override close(): void {
    if (this.id !== null) this.done({ id: this.id, issueDate: this.issueDate });
  }
}
