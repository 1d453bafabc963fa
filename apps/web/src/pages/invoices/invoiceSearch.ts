import type { InvoiceQuery } from '@overblik/api';

type Status = NonNullable<InvoiceQuery['status']>;
type Severity = NonNullable<InvoiceQuery['severity']>;
type Kind = NonNullable<InvoiceQuery['kind']>;

/** The statuses the inbox can show; "Åbne" (received, checked, disputed) is the default. */
export const STATUSES = [
  'open',
  'all',
  'received',
  'checked',
  'approved',
  'disputed',
  'rejected',
] as const satisfies readonly Status[];
export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];
export const KINDS = ['invoice', 'credit_note'] as const satisfies readonly Kind[];
export const DEFAULT_STATUS = 'open' satisfies Status;
export const PAGE_SIZE = 50;

/** The inbox's filters and page in the address, so links, reloads and the back button keep them. */
export type InvoiceSearch = {
  status?: Exclude<Status, typeof DEFAULT_STATUS> | undefined;
  severity?: Severity | undefined;
  kind?: Kind | undefined;
  q?: string | undefined;
  /** Only invoices without a contract. */
  outsideContract?: true | undefined;
  contractId?: string | undefined;
  offset?: number | undefined;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateInvoiceSearch(search: Record<string, unknown>): InvoiceSearch {
  // The router parses `?q=2024` as a number; a search for an invoice number is still text.
  const text = typeof search.q === 'number' ? String(search.q) : typeof search.q === 'string' ? search.q.trim() : '';
  const status = STATUSES.find((s) => s === search.status);
  const offset = Number(search.offset);
  const contractId = typeof search.contractId === 'string' && UUID.test(search.contractId) ? search.contractId : undefined;
  return {
    status: status === DEFAULT_STATUS ? undefined : status,
    severity: SEVERITIES.find((s) => s === search.severity),
    kind: KINDS.find((k) => k === search.kind),
    q: text ? text.slice(0, 100) : undefined,
    outsideContract: search.outsideContract === true || search.outsideContract === 'true' ? true : undefined,
    contractId,
    offset: Number.isInteger(offset) && offset > 0 ? offset : undefined,
  };
}

/** The API query for the inbox (filters left out when not set). */
export function invoiceQueryOf(search: InvoiceSearch): InvoiceQuery {
  const query: InvoiceQuery = { status: search.status ?? DEFAULT_STATUS, limit: PAGE_SIZE, offset: search.offset ?? 0 };
  if (search.severity) query.severity = search.severity;
  if (search.kind) query.kind = search.kind;
  if (search.q) query.q = search.q;
  if (search.outsideContract) query.outsideContract = true;
  if (search.contractId) query.contractId = search.contractId;
  return query;
}

/** Whether anything narrows the list beyond the default "open invoices" (to tell "none yet" from "none match"). */
export function isFiltered(search: InvoiceSearch): boolean {
  const { offset: _offset, ...filters } = search;
  return Object.values(filters).some((v) => v !== undefined);
}
