import type {
  Contact,
  CreateContactRequest,
  CreateSupplierRequest,
  ExportQuery,
  ImportQuery,
  ImportReport,
  Supplier,
  SupplierPage,
  SupplierQuery,
  SupplierWithContacts,
  UpdateContactRequest,
  UpdateSupplierRequest,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';

export type { SupplierSort } from '@overblik/api';

export const suppliersKey = (organisationId: string) => ['organisations', organisationId, 'suppliers'] as const;

export const suppliersQuery = (organisationId: string, query: SupplierQuery) =>
  queryOptions({
    queryKey: [...suppliersKey(organisationId), 'list', query],
    queryFn: () => api.get<SupplierPage>(`/organisations/${organisationId}/suppliers`, query),
    placeholderData: (previous) => previous,
  });

export const supplierQuery = (organisationId: string, supplierId: string) =>
  queryOptions({
    queryKey: [...suppliersKey(organisationId), supplierId],
    queryFn: () => api.get<SupplierWithContacts>(`/organisations/${organisationId}/suppliers/${supplierId}`),
  });

export const createSupplier = (organisationId: string, body: CreateSupplierRequest) =>
  api.post<Supplier>(`/organisations/${organisationId}/suppliers`, body);

export const updateSupplier = (organisationId: string, supplierId: string, body: UpdateSupplierRequest) =>
  api.patch<Supplier>(`/organisations/${organisationId}/suppliers/${supplierId}`, body);

export const deleteSupplier = (organisationId: string, supplierId: string) =>
  api.delete(`/organisations/${organisationId}/suppliers/${supplierId}`);

export const createContact = (organisationId: string, supplierId: string, body: CreateContactRequest) =>
  api.post<Contact>(`/organisations/${organisationId}/suppliers/${supplierId}/contacts`, body);

export const updateContact = (organisationId: string, supplierId: string, contactId: string, body: UpdateContactRequest) =>
  api.patch<Contact>(`/organisations/${organisationId}/suppliers/${supplierId}/contacts/${contactId}`, body);

export const deleteContact = (organisationId: string, supplierId: string, contactId: string) =>
  api.delete(`/organisations/${organisationId}/suppliers/${supplierId}/contacts/${contactId}`);

export type ExportFormat = NonNullable<ExportQuery['format']>;

/** Downloads are plain links: the browser sends the session cookie with a GET, and the server names the file. */
export const supplierExportUrl = (organisationId: string, format: ExportFormat) =>
  apiUrl(`/organisations/${organisationId}/exports/suppliers`, { format } satisfies ExportQuery);

export const supplierImportTemplateUrl = (organisationId: string) =>
  apiUrl(`/organisations/${organisationId}/imports/suppliers/template`);

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The content type the import expects, chosen by the file's name: browsers report CSV files differently
 * (Windows says application/vnd.ms-excel), and the server reads the bytes anyway.
 */
export function spreadsheetContentType(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (name.endsWith('.csv')) return 'text/csv';
  return 'application/octet-stream';
}

/** A dry run answers the plan and every error; a real import writes all rows or, with any error, answers 422. */
export const importSuppliers = (organisationId: string, file: File, query: ImportQuery) =>
  api.upload<ImportReport>(
    `/organisations/${organisationId}/imports/suppliers`,
    { file, contentType: spreadsheetContentType(file) },
    query,
  );
