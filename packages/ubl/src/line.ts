import type { CalendarDate, DecimalText, EInvoiceAllowanceCharge, EInvoiceKind, EInvoiceLine, SchemedId } from '@overblik/core';
import { AllowanceChargeScope, PriceAllowanceScope } from './parts.js';
import { first, missing, type Place, type Route, routesOf, Scope } from './scope.js';
import { date, decimal, type Leaf, schemed, text } from './values.js';

const LEAVES = [
  'cbc:ID',
  'cbc:Note',
  'cbc:LineExtensionAmount',
  'cbc:AccountingCost',
  'cac:InvoicePeriod/cbc:StartDate',
  'cac:InvoicePeriod/cbc:EndDate',
  'cac:OrderLineReference/cbc:LineID',
  'cac:TaxTotal/cbc:TaxAmount',
  'cac:TaxTotal/cac:TaxSubtotal/cbc:Percent',
  'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID',
  'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent',
  'cac:Item/cbc:Name',
  'cac:Item/cbc:Description',
  'cac:Item/cac:SellersItemIdentification/cbc:ID',
  'cac:Item/cac:BuyersItemIdentification/cbc:ID',
  'cac:Item/cac:StandardItemIdentification/cbc:ID',
  'cac:Item/cac:CommodityClassification/cbc:ItemClassificationCode',
  'cac:Item/cac:ClassifiedTaxCategory/cbc:ID',
  'cac:Item/cac:ClassifiedTaxCategory/cbc:Percent',
  'cac:Price/cbc:PriceAmount',
  'cac:Price/cbc:BaseQuantity',
  'cac:Price/cbc:OrderableUnitFactorRate',
];

/** The line's quantity element, by document kind. */
const QUANTITY: Record<EInvoiceKind, string> = { invoice: 'cbc:InvoicedQuantity', credit_note: 'cbc:CreditedQuantity' };
const ENTRIES = ['cac:AllowanceCharge', 'cac:Price/cac:AllowanceCharge', 'cac:TaxTotal', 'cac:TaxTotal/cac:TaxSubtotal'];
const LINE_ROUTES: Record<EInvoiceKind, Route> = {
  invoice: routesOf([...LEAVES, QUANTITY.invoice], ENTRIES),
  credit_note: routesOf([...LEAVES, QUANTITY.credit_note], ENTRIES),
};

/** A cac:InvoiceLine or cac:CreditNoteLine. */
export class LineScope extends Scope {
  readonly routes: Route;
  private id: string | null = null;
  private note: string | null = null;
  private quantity: DecimalText | null = null;
  private unitCode: string | null = null;
  private lineAmount: DecimalText | null = null;
  private accountingCost: string | null = null;
  private start: CalendarDate | null = null;
  private end: CalendarDate | null = null;
  private orderLineId: string | null = null;
  private itemName: string | null = null;
  private description: string | null = null;
  private sellersItemId: string | null = null;
  private buyersItemId: string | null = null;
  private standardItemId: SchemedId | null = null;
  private readonly classifications: SchemedId[] = [];
  private price: DecimalText | null = null;
  private baseQuantity: DecimalText | null = null;
  private baseQuantityUnitCode: string | null = null;
  private orderableUnitFactor: DecimalText | null = null;
  private grossPrice: DecimalText | null = null;
  private priceDiscount: DecimalText | null = null;
  private priceAllowances = 0;
  private readonly allowanceCharges: EInvoiceAllowanceCharge[] = [];
  private classifiedCategory: string | null = null;
  private classifiedPercent: DecimalText | null = null;
  // OIOUBL line tax: only the first TaxTotal and, in it, the first TaxSubtotal describe the line's VAT.
  private taxTotals = 0;
  private taxSubtotals = 0;
  private taxAmount: DecimalText | null = null;
  private subtotalCategory: string | null = null;
  private subtotalCategoryPercent: DecimalText | null = null;
  private subtotalPercent: DecimalText | null = null;

  constructor(
    private readonly kind: EInvoiceKind,
    private readonly place: Place,
    private readonly done: (line: EInvoiceLine) => void,
  ) {
    super();
    this.routes = LINE_ROUTES[kind];
  }

  override enter(path: string, place: () => Place): Scope | null {
    switch (path) {
      case 'cac:AllowanceCharge':
        return new AllowanceChargeScope(place(), (ac) => this.allowanceCharges.push(ac));
      case 'cac:Price/cac:AllowanceCharge':
        if (++this.priceAllowances > 1) return null;
        return new PriceAllowanceScope((gross, discount) => {
          this.grossPrice = gross;
          this.priceDiscount = discount;
        });
      case 'cac:TaxTotal':
        this.taxTotals++;
        return null;
      case 'cac:TaxTotal/cac:TaxSubtotal':
        if (this.taxTotals === 1) this.taxSubtotals++;
        return null;
      default:
        return null;
    }
  }

  leaf(path: string, leaf: Leaf): void {
    // One switch on the route's own string literals (identity compares), then the field.
    switch (path) {
      case 'cac:TaxTotal/cbc:TaxAmount':
      case 'cac:TaxTotal/cac:TaxSubtotal/cbc:Percent':
      case 'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID':
      case 'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent':
        this.taxLeaf(path, leaf);
        return;
      case 'cac:Price/cbc:PriceAmount':
      case 'cac:Price/cbc:BaseQuantity':
      case 'cac:Price/cbc:OrderableUnitFactorRate':
        this.priceLeaf(path, leaf);
        return;
      case 'cbc:InvoicedQuantity':
      case 'cbc:CreditedQuantity':
        if (this.quantity !== null) return;
        this.quantity = decimal(leaf);
        this.unitCode = leaf.attribute('unitCode')?.trim() || null;
        return;
      default:
        if (path.startsWith('cac:Item/')) this.itemLeaf(path, leaf);
        else this.basicLeaf(path, leaf);
    }
  }

  private basicLeaf(path: string, leaf: Leaf): void {
    switch (path) {
      case 'cbc:ID':
        this.id = first(this.id, () => text(leaf));
        break;
      case 'cbc:Note':
        this.note = first(this.note, () => text(leaf));
        break;
      case 'cbc:LineExtensionAmount':
        this.lineAmount = first(this.lineAmount, () => decimal(leaf));
        break;
      case 'cbc:AccountingCost':
        this.accountingCost = first(this.accountingCost, () => text(leaf));
        break;
      case 'cac:InvoicePeriod/cbc:StartDate':
        this.start = first(this.start, () => date(leaf));
        break;
      case 'cac:InvoicePeriod/cbc:EndDate':
        this.end = first(this.end, () => date(leaf));
        break;
      case 'cac:OrderLineReference/cbc:LineID':
        this.orderLineId = first(this.orderLineId, () => text(leaf));
        break;
    }
  }

  private taxLeaf(path: string, leaf: Leaf): void {
    if (this.taxTotals !== 1) return;
    if (path === 'cac:TaxTotal/cbc:TaxAmount') {
      this.taxAmount = first(this.taxAmount, () => decimal(leaf));
      return;
    }
    if (this.taxSubtotals !== 1) return;
    if (path.endsWith('cac:TaxCategory/cbc:ID')) this.subtotalCategory = first(this.subtotalCategory, () => text(leaf));
    else if (path.endsWith('cac:TaxCategory/cbc:Percent')) {
      this.subtotalCategoryPercent = first(this.subtotalCategoryPercent, () => decimal(leaf));
    } else this.subtotalPercent = first(this.subtotalPercent, () => decimal(leaf));
  }

  private itemLeaf(path: string, leaf: Leaf): void {
    switch (path) {
      case 'cac:Item/cbc:Name':
        this.itemName = first(this.itemName, () => text(leaf));
        break;
      case 'cac:Item/cbc:Description':
        this.description = first(this.description, () => text(leaf));
        break;
      case 'cac:Item/cac:SellersItemIdentification/cbc:ID':
        this.sellersItemId = first(this.sellersItemId, () => text(leaf));
        break;
      case 'cac:Item/cac:BuyersItemIdentification/cbc:ID':
        this.buyersItemId = first(this.buyersItemId, () => text(leaf));
        break;
      case 'cac:Item/cac:StandardItemIdentification/cbc:ID':
        this.standardItemId = first(this.standardItemId, () => schemed(leaf));
        break;
      case 'cac:Item/cac:CommodityClassification/cbc:ItemClassificationCode': {
        const code = schemed(leaf, 'listID');
        if (code) this.classifications.push(code);
        break;
      }
      case 'cac:Item/cac:ClassifiedTaxCategory/cbc:ID':
        this.classifiedCategory = first(this.classifiedCategory, () => text(leaf));
        break;
      case 'cac:Item/cac:ClassifiedTaxCategory/cbc:Percent':
        this.classifiedPercent = first(this.classifiedPercent, () => decimal(leaf));
        break;
    }
  }

  private priceLeaf(path: string, leaf: Leaf): void {
    switch (path) {
      case 'cac:Price/cbc:PriceAmount':
        this.price = first(this.price, () => decimal(leaf));
        break;
      case 'cac:Price/cbc:BaseQuantity':
        if (this.baseQuantity !== null) return;
        this.baseQuantity = decimal(leaf);
        this.baseQuantityUnitCode = leaf.attribute('unitCode')?.trim() || null;
        break;
      case 'cac:Price/cbc:OrderableUnitFactorRate':
        this.orderableUnitFactor = first(this.orderableUnitFactor, () => decimal(leaf));
        break;
    }
  }

  override close(): void {
    if (this.id === null) throw missing(this.place, 'cbc:ID');
    if (this.quantity === null) throw missing(this.place, QUANTITY[this.kind]);
    if (this.lineAmount === null) throw missing(this.place, 'cbc:LineExtensionAmount');
    this.done({
      id: this.id,
      sourceLine: this.place.line,
      note: this.note,
      quantity: this.quantity,
      unitCode: this.unitCode,
      lineAmount: this.lineAmount,
      accountingCost: this.accountingCost,
      period: this.start === null && this.end === null ? null : { start: this.start, end: this.end },
      orderLineId: this.orderLineId,
      itemName: this.itemName,
      description: this.description,
      sellersItemId: this.sellersItemId,
      buyersItemId: this.buyersItemId,
      standardItemId: this.standardItemId,
      classifications: this.classifications,
      price: this.price,
      baseQuantity: this.baseQuantity,
      baseQuantityUnitCode: this.baseQuantityUnitCode,
      orderableUnitFactor: this.orderableUnitFactor,
      grossPrice: this.grossPrice,
      priceDiscount: this.priceDiscount,
      allowanceCharges: this.allowanceCharges,
      // Peppol puts the line's VAT on the item; OIOUBL in the line's TaxTotal (OIOUBL 2.1 files may carry both).
      taxCategory: this.classifiedCategory ?? this.subtotalCategory,
      taxPercent: this.classifiedPercent ?? this.subtotalCategoryPercent ?? this.subtotalPercent,
      taxAmount: this.taxAmount,
    });
  }
}
