import type {
  AssignContractRequest,
  AssignLineRequest,
  ConsumptionQuery,
  ConsumptionReport,
  IntakeReport,
  InvoiceDecisionRequest,
  InvoiceDetail,
  InvoiceExportQuery,
  InvoiceIntakeQuery,
  InvoicePage,
  InvoiceQuery,
  RecheckReport,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, type Upload } from './client.ts';

export type InvoiceExportFormat = NonNullable<InvoiceExportQuery['format']>;
export type ConsumptionExportFormat = Exclude<NonNullable<ConsumptionQuery['format']>, 'json'>;

const base = (organisationId: string) => `/organisations/${organisationId}`;

/**
 * Everything that follows from the organisation's invoices — the inbox, each invoice and the consumption report —
 * so a new invoice or a decision asks for all of it again.
 */
export const invoicesKey = (organisationId: string) => ['organisations', organisationId, 'invoices'] as const;

export const invoicesQuery = (organisationId: string, query: InvoiceQuery) =>
  queryOptions({
    queryKey: [...invoicesKey(organisationId), 'list', query],
    queryFn: () => api.get<InvoicePage>(`${base(organisationId)}/invoices`, query),
    placeholderData: (previous) => previous,
  });

export const invoiceQuery = (organisationId: string, invoiceId: string) =>
  queryOptions({
    queryKey: [...invoicesKey(organisationId), 'detail', invoiceId],
    queryFn: () => api.get<InvoiceDetail>(`${base(organisationId)}/invoices/${invoiceId}`),
  });

/** The original XML exactly as received (the server names the file). */
export const invoiceXmlUrl = (organisationId: string, invoiceId: string) =>
  apiUrl(`${base(organisationId)}/invoices/${invoiceId}/xml`);

/** Approved invoices for the finance system, one row per line with its account coding. */
export const invoiceExportUrl = (organisationId: string, format: InvoiceExportFormat) =>
  apiUrl(`${base(organisationId)}/invoices/export`, { format, status: 'approved' } satisfies InvoiceExportQuery);

/**
 * Many XML files in one multipart request, received by the given organisation; each file is answered on its own
 * (created, duplicate or refused), so one bad file does not stop the others.
 */
export const receiveInvoices = (organisationId: string, upload: Upload) =>
  api.upload<IntakeReport>('/invoices', upload, { organisationId } satisfies InvoiceIntakeQuery);

/** Checks every open invoice again against the register as it is now. */
export const recheckInvoices = (organisationId: string) => api.post<RecheckReport>(`${base(organisationId)}/invoices/check`);

export const checkInvoiceAgain = (organisationId: string, invoiceId: string) =>
  api.post<InvoiceDetail>(`${base(organisationId)}/invoices/${invoiceId}/check`);

export const assignInvoiceContract = (organisationId: string, invoiceId: string, body: AssignContractRequest) =>
  api.put<InvoiceDetail>(`${base(organisationId)}/invoices/${invoiceId}/contract`, body);

export const assignInvoiceLine = (organisationId: string, invoiceId: string, lineId: string, body: AssignLineRequest) =>
  api.put<InvoiceDetail>(`${base(organisationId)}/invoices/${invoiceId}/lines/${encodeURIComponent(lineId)}/price-element`, body);

export const decideInvoice = (organisationId: string, invoiceId: string, body: InvoiceDecisionRequest) =>
  api.post<InvoiceDetail>(`${base(organisationId)}/invoices/${invoiceId}/decision`, body);

export const consumptionQuery = (organisationId: string, year: number) =>
  queryOptions({
    queryKey: [...invoicesKey(organisationId), 'consumption', year],
    queryFn: () => api.get<ConsumptionReport>(`${base(organisationId)}/consumption`, { year } satisfies ConsumptionQuery),
    placeholderData: (previous) => previous,
  });

/** The tables behind the consumption charts as a workbook or a CSV file. */
export const consumptionExportUrl = (organisationId: string, year: number, format: ConsumptionExportFormat) =>
  apiUrl(`${base(organisationId)}/consumption`, { year, format } satisfies ConsumptionQuery);
