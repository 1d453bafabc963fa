import type {
  ConfirmSegmentRequest,
  SegmentExportQuery,
  SegmentMatrix,
  SegmentQuery,
  SegmentSettings,
  SupplierSegmentation,
  UpdateSegmentSettingsRequest,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';

const base = (organisationId: string) => `/organisations/${organisationId}`;

/** The matrix, every supplier's segmentation and the settings: a placement or a setting changed asks for all again. */
export const segmentsKey = (organisationId: string) => ['organisations', organisationId, 'segments'] as const;

export const segmentMatrixQuery = (organisationId: string, query: SegmentQuery) =>
  queryOptions({
    queryKey: [...segmentsKey(organisationId), 'matrix', query],
    queryFn: () => api.get<SegmentMatrix>(`${base(organisationId)}/supplier-segments`, query),
    placeholderData: (previous) => previous,
  });

export const supplierSegmentationQuery = (organisationId: string, supplierId: string) =>
  queryOptions({
    queryKey: [...segmentsKey(organisationId), 'supplier', supplierId],
    queryFn: () => api.get<SupplierSegmentation>(`${base(organisationId)}/suppliers/${supplierId}/segment`),
  });

export const segmentSettingsQuery = (organisationId: string) =>
  queryOptions({
    queryKey: [...segmentsKey(organisationId), 'settings'],
    queryFn: () => api.get<SegmentSettings>(`${base(organisationId)}/segment-settings`),
  });

export const confirmSegment = (organisationId: string, supplierId: string, body: ConfirmSegmentRequest) =>
  api.put<SupplierSegmentation>(`${base(organisationId)}/suppliers/${supplierId}/segment`, body);

export const removeSegmentPlacement = (organisationId: string, supplierId: string, contractId?: string) =>
  api.delete(`${base(organisationId)}/suppliers/${supplierId}/segment${contractId ? `?contractId=${contractId}` : ''}`);

export const updateSegmentSettings = (organisationId: string, body: UpdateSegmentSettingsRequest) =>
  api.patch<SegmentSettings>(`${base(organisationId)}/segment-settings`, body);

export type SegmentExportFormat = NonNullable<SegmentExportQuery['format']>;

export const segmentExportUrl = (organisationId: string, format: SegmentExportFormat, segment?: SegmentExportQuery['segment']) =>
  apiUrl(`${base(organisationId)}/exports/supplier-segments`, {
    format,
    ...(segment && { segment }),
  } satisfies SegmentExportQuery);
