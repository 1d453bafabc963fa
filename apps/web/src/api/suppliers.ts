import type {
  Contact,
  CreateContactRequest,
  CreateSupplierRequest,
  Supplier,
  SupplierPage,
  SupplierQuery,
  SupplierWithContacts,
  UpdateContactRequest,
  UpdateSupplierRequest,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

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
