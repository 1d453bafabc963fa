import type {
  DocumentInfo,
  DocumentPage,
  DocumentQuery,
  UpdateDocumentRequest,
  UploadDocumentQuery,
  UploadVersionQuery,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';

/** Whom a document belongs to: a contract or a supplier. */
export type DocumentOwner = { contractId: string } | { supplierId: string };

export const documentsKey = (organisationId: string) => ['organisations', organisationId, 'documents'] as const;

/** The most documents one contract or supplier is shown with; the API allows no more in one page. */
const SHOWN = 500;

export const documentsQuery = (organisationId: string, owner: DocumentOwner) =>
  queryOptions({
    queryKey: [...documentsKey(organisationId), owner],
    queryFn: () =>
      api.get<DocumentPage>(`/organisations/${organisationId}/documents`, { ...owner, limit: SHOWN } satisfies DocumentQuery),
  });

/** The file is sent as it is, with its own content type; the server takes an unknown one from the file name. */
const fileUpload = (file: File) => ({ file, contentType: file.type || 'application/octet-stream' });

export const uploadDocument = (
  organisationId: string,
  owner: DocumentOwner,
  file: File,
  meta: Omit<UploadDocumentQuery, 'fileName'>,
) => {
  const path =
    'contractId' in owner
      ? `/organisations/${organisationId}/contracts/${owner.contractId}/documents`
      : `/organisations/${organisationId}/suppliers/${owner.supplierId}/documents`;
  return api.upload<DocumentInfo>(path, fileUpload(file), { fileName: file.name, ...meta } satisfies UploadDocumentQuery);
};

export const uploadDocumentVersion = (organisationId: string, documentId: string, file: File) =>
  api.upload<DocumentInfo>(`/organisations/${organisationId}/documents/${documentId}/versions`, fileUpload(file), {
    fileName: file.name,
  } satisfies UploadVersionQuery);

export const updateDocument = (organisationId: string, documentId: string, body: UpdateDocumentRequest) =>
  api.patch<DocumentInfo>(`/organisations/${organisationId}/documents/${documentId}`, body);

export const deleteDocument = (organisationId: string, documentId: string) =>
  api.delete(`/organisations/${organisationId}/documents/${documentId}`);

/** A version's file, as a plain link (the server names the download). */
export const documentContentUrl = (organisationId: string, documentId: string, versionId: string) =>
  apiUrl(`/organisations/${organisationId}/documents/${documentId}/versions/${versionId}/content`);
