import Type, { type Static } from 'typebox';
import { Instant, Nullable, Uuid } from './common.js';
import { CalendarDate, Decimal, Money } from './values.js';

/** Invoice control (issue 5): received e-invoices, their check against the contracts, decisions and reports. */

export const InvoiceStatus = Type.Union(
  [
    Type.Literal('received'),
    Type.Literal('checked'),
    Type.Literal('approved'),
    Type.Literal('disputed'),
    Type.Literal('rejected'),
  ],
  { description: 'received → checked (automatically) → approved / disputed / rejected (by an IT controller)' },
);
export type InvoiceStatus = Static<typeof InvoiceStatus>;
export const InvoiceKind = Type.Union([Type.Literal('invoice'), Type.Literal('credit_note')]);
export const Severity = Type.Union([Type.Literal('info'), Type.Literal('warning'), Type.Literal('error')]);
export const ContractMatch = Type.Union(
  [
    Type.Literal('contract_reference'),
    Type.Literal('order_reference'),
    Type.Literal('only_active_contract'),
    Type.Literal('manual'),
    Type.Literal('none'),
  ],
  { description: 'How the contract was found; manual: assigned by a person' },
);
export const LineMatch = Type.Union([
  Type.Literal('price_element_number'),
  Type.Literal('sellers_item_id'),
  Type.Literal('suggested'),
  Type.Literal('manual'),
  Type.Literal('none'),
]);

export const Deviation = Type.Object({
  code: Type.String({ description: 'e.g. price_above_contract, no_contract, recurring_invoiced_twice (docs/invoices.md)' }),
  severity: Severity,
  lineId: Nullable(Type.String({ description: "The invoice line's own id (cbc:ID), null for the whole invoice" })),
  amount: Nullable(Money),
  params: Type.Record(Type.String(), Type.String()),
  text: Type.String({ description: 'Danish explanation' }),
});
export type Deviation = Static<typeof Deviation>;

export const InvoiceSummary = Type.Object({
  id: Uuid,
  kind: InvoiceKind,
  format: Type.String({ description: 'oioubl-2.0, oioubl-2.1, peppol-bis3 or ubl' }),
  number: Type.String(),
  issueDate: CalendarDate,
  dueDate: Nullable(CalendarDate),
  currency: Type.String(),
  supplierName: Nullable(Type.String()),
  supplierCvr: Nullable(Type.String()),
  supplierId: Nullable(Uuid),
  contractId: Nullable(Uuid),
  contractNumber: Nullable(Type.String()),
  contractName: Nullable(Type.String()),
  contractMatch: ContractMatch,
  outsideContract: Type.Boolean(),
  periodStart: Nullable(CalendarDate),
  periodEnd: Nullable(CalendarDate),
  lineCount: Type.Integer(),
  lineExtensionAmount: Money,
  taxAmount: Money,
  payableAmount: Type.String({ description: 'Signed: a credit note is negative' }),
  status: InvoiceStatus,
  deviationCount: Type.Integer(),
  deviationAmount: Money,
  maxSeverity: Nullable(Severity),
  duplicateOfId: Nullable(Uuid),
  receivedAt: Instant,
  updatedAt: Instant,
});
export type InvoiceSummary = Static<typeof InvoiceSummary>;

export const InvoiceLine = Type.Object({
  lineId: Type.String(),
  position: Type.Integer(),
  itemName: Nullable(Type.String()),
  description: Nullable(Type.String()),
  quantity: Type.String(),
  unitCode: Nullable(Type.String()),
  price: Nullable(Type.String()),
  baseQuantity: Nullable(Type.String()),
  lineAmount: Type.String({ description: 'Signed: negative on a credit note' }),
  periodStart: Nullable(CalendarDate),
  periodEnd: Nullable(CalendarDate),
  sellersItemId: Nullable(Type.String()),
  accountingCost: Nullable(Type.String()),
  priceElement: Nullable(
    Type.Object({
      id: Uuid,
      number: Nullable(Type.String()),
      name: Type.String(),
      unitCode: Type.String(),
      unitPrice: Decimal,
      quantity: Nullable(Decimal),
      recurrence: Type.String(),
      accountCoding: Nullable(Type.String()),
    }),
  ),
  match: LineMatch,
  matchCertain: Type.Boolean(),
  matchExplanation: Nullable(Type.String()),
  allowedUnitPrice: Nullable(Type.String({ description: 'The contract price after price regulation for the line period' })),
  deviations: Type.Array(Deviation),
});
export type InvoiceLine = Static<typeof InvoiceLine>;

export const InvoiceDetail = Type.Object({
  ...InvoiceSummary.properties,
  customizationId: Nullable(Type.String()),
  profileId: Nullable(Type.String()),
  sha256: Type.String({ description: 'SHA-256 of the XML exactly as received' }),
  sizeBytes: Type.Integer(),
  fileName: Nullable(Type.String()),
  source: Type.String({ description: 'web, api, cli or folder' }),
  receivedBy: Type.String(),
  supplierEndpoint: Nullable(Type.String()),
  buyerGln: Nullable(Type.String()),
  buyerCvr: Nullable(Type.String()),
  buyerName: Nullable(Type.String()),
  buyerReference: Nullable(Type.String()),
  buyerUnitId: Nullable(Uuid),
  buyerUnitName: Nullable(Type.String()),
  buyerMatch: Nullable(Type.String({ description: 'How the invoice was found to be addressed to the organisation' })),
  contractReference: Nullable(Type.String()),
  orderReference: Nullable(Type.String()),
  accountingCost: Nullable(Type.String()),
  billingReferences: Type.Array(Type.String()),
  notes: Type.Array(Type.String()),
  paymentMeans: Type.Array(
    Type.Object({
      code: Nullable(Type.String()),
      paymentId: Nullable(Type.String()),
      account: Nullable(Type.String()),
      dueDate: Nullable(CalendarDate),
    }),
  ),
  allowanceTotal: Nullable(Type.String()),
  chargeTotal: Nullable(Type.String()),
  contractExplanation: Nullable(Type.String()),
  assignedContractId: Nullable(Uuid),
  outsideContractReason: Nullable(Type.String()),
  deviations: Type.Array(Deviation),
  lines: Type.Array(InvoiceLine),
  decisionComment: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(Instant),
  disputeText: Nullable(Type.String({ description: 'The letter to the supplier, made when the invoice is disputed' })),
  checkedAt: Nullable(Instant),
  canDecide: Type.Boolean({ description: 'Whether the caller may approve, dispute or reject it' }),
});
export type InvoiceDetail = Static<typeof InvoiceDetail>;

export const InvoiceQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([InvoiceStatus, Type.Literal('open'), Type.Literal('all')], { default: 'all' })),
    kind: Type.Optional(InvoiceKind),
    supplierId: Type.Optional(Uuid),
    contractId: Type.Optional(Uuid),
    outsideContract: Type.Optional(Type.Boolean({ description: 'Only invoices without a contract' })),
    severity: Type.Optional(Severity),
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the invoice number or supplier name' })),
    from: Type.Optional(CalendarDate),
    to: Type.Optional(CalendarDate),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);
export type InvoiceQuery = Static<typeof InvoiceQuery>;
export const InvoicePage = Type.Object({ items: Type.Array(InvoiceSummary), total: Type.Integer() });
export type InvoicePage = Static<typeof InvoicePage>;
export const InvoiceParams = Type.Object({ organisationId: Uuid, invoiceId: Uuid }, { additionalProperties: false });
export const InvoiceLineParams = Type.Object(
  { organisationId: Uuid, invoiceId: Uuid, lineId: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const InvoiceIntakeQuery = Type.Object(
  {
    organisationId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'The receiving organisation. Without it the invoice goes to the organisation of its buyer (EAN/GLN of a unit, else CVR) among those the caller may write to',
      }),
    ),
    fileName: Type.Optional(Type.String({ maxLength: 255 })),
  },
  { additionalProperties: false },
);
export type InvoiceIntakeQuery = Static<typeof InvoiceIntakeQuery>;

export const IntakeResult = Type.Object({
  fileName: Nullable(Type.String()),
  outcome: Type.Union([Type.Literal('created'), Type.Literal('duplicate'), Type.Literal('refused')]),
  kind: Nullable(InvoiceKind),
  invoiceId: Nullable(Uuid),
  organisationId: Nullable(Uuid),
  number: Nullable(Type.String()),
  status: Nullable(InvoiceStatus),
  deviationCount: Nullable(Type.Integer()),
  error: Nullable(
    Type.Object({
      code: Type.String(),
      message: Type.String(),
      line: Nullable(Type.Integer({ description: 'Line in the XML file, where known' })),
    }),
  ),
});
export type IntakeResult = Static<typeof IntakeResult>;
export const IntakeReport = Type.Object({
  created: Type.Integer(),
  duplicates: Type.Integer(),
  refused: Type.Integer(),
  results: Type.Array(IntakeResult),
});
export type IntakeReport = Static<typeof IntakeReport>;

export const AssignContractRequest = Type.Union(
  [
    Type.Object(
      {
        contractId: Nullable(Uuid),
        rememberOrderReference: Type.Optional(
          Type.Boolean({ description: 'Use this contract for later invoices with the same order reference' }),
        ),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      { outsideContract: Type.Literal(true), reason: Type.String({ minLength: 3, maxLength: 2000, pattern: '\\S' }) },
      { additionalProperties: false },
    ),
  ],
  { description: 'Assign the invoice to a contract (null: back to automatic matching), or mark it as outside contract' },
);
export type AssignContractRequest = Static<typeof AssignContractRequest>;

export const AssignLineRequest = Type.Object(
  {
    priceElementId: Nullable(Uuid),
    rememberItemId: Type.Optional(
      Type.Boolean({ description: "Map the line's seller item id to this price element for later invoices" }),
    ),
  },
  { additionalProperties: false },
);
export type AssignLineRequest = Static<typeof AssignLineRequest>;

export const InvoiceDecisionRequest = Type.Object(
  {
    status: Type.Union([Type.Literal('approved'), Type.Literal('disputed'), Type.Literal('rejected'), Type.Literal('checked')], {
      description: 'checked: reopen a decided invoice (administrators)',
    }),
    comment: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  },
  { additionalProperties: false },
);
export type InvoiceDecisionRequest = Static<typeof InvoiceDecisionRequest>;

export const RecheckReport = Type.Object({ checked: Type.Integer(), changed: Type.Integer() });
export type RecheckReport = Static<typeof RecheckReport>;

export const InvoiceExportQuery = Type.Object(
  {
    format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' })),
    status: Type.Optional(Type.Union([InvoiceStatus, Type.Literal('all')], { default: 'approved' })),
    from: Type.Optional(CalendarDate),
    to: Type.Optional(CalendarDate),
  },
  { additionalProperties: false },
);
export type InvoiceExportQuery = Static<typeof InvoiceExportQuery>;

export const OrderReferenceMapping = Type.Object({
  id: Uuid,
  orderReference: Type.String(),
  contractId: Uuid,
  contractNumber: Type.String(),
  createdAt: Instant,
});
export const OrderReferenceMappingList = Type.Object({ items: Type.Array(OrderReferenceMapping) });
export type OrderReferenceMappingList = Static<typeof OrderReferenceMappingList>;
export const OrderReferenceParams = Type.Object({ organisationId: Uuid, mappingId: Uuid }, { additionalProperties: false });

export const ConsumptionQuery = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('xlsx'), Type.Literal('csv')], { default: 'json' })),
  },
  { additionalProperties: false },
);
export type ConsumptionQuery = Static<typeof ConsumptionQuery>;

export const SupplierConsumption = Type.Object({
  supplierId: Nullable(Uuid),
  supplierName: Type.String(),
  supplierCvr: Nullable(Type.String()),
  invoiced: Money,
  withinContracts: Money,
  outsideContracts: Money,
  credited: Money,
  deviationAmount: Money,
  recovered: Money,
  invoiceCount: Type.Integer(),
});
export const ContractConsumption = Type.Object({
  contractId: Uuid,
  contractNumber: Type.String(),
  contractName: Type.String(),
  supplierName: Nullable(Type.String()),
  invoiced: Money,
  expected: Money,
  difference: Money,
  deviationAmount: Money,
  recovered: Money,
});
export const MonthConsumption = Type.Object({
  month: Type.String({ description: 'YYYY-MM' }),
  withinContracts: Money,
  outsideContracts: Money,
});
export const ConsumptionReport = Type.Object({
  year: Type.Integer(),
  totals: Type.Object({
    invoiced: Money,
    withinContracts: Money,
    outsideContracts: Money,
    deviationAmount: Money,
    recovered: Money,
  }),
  months: Type.Array(MonthConsumption),
  suppliers: Type.Array(SupplierConsumption),
  contracts: Type.Array(ContractConsumption),
  rules: Type.String({ description: 'How the figures are computed (Danish)' }),
});
export type ConsumptionReport = Static<typeof ConsumptionReport>;
