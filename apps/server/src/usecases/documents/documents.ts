import path from 'node:path';
import type * as Api from '@overblik/api';
import { safeFileName } from '@overblik/core';
import {
  type DocumentOwner,
  type DocumentRow,
  type DocumentVersionRow,
  type Executor,
  getDocument,
  getDocumentVersion,
  insertAudited,
  listDocuments as listDocumentRows,
  listDocumentVersions,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import type { ExtractedText } from '../../documents/extract-text.js';
import { FileStore } from '../../documents/file-store.js';
import { AppError } from '../../errors/app-error.js';
import type { FileDownload } from '../../http/send-file.js';
import { runTask } from '../../workers/pool.js';
import { requireOrganisation } from '../authorize.js';
import { contractOrThrow } from '../contracts/contracts.js';
import { indexDocument } from '../search/search-index.js';
import { supplierOrThrow } from '../suppliers/suppliers.js';
import { blankToNull } from '../text.js';
import { removeDocument } from './remove-documents.js';

/** The file as it arrived: bytes, the name the person gave it, and the media type it was sent with. */
export type Upload = { bytes: Buffer | undefined; fileName: string; mediaType: string | undefined };

/** Media types by extension, for files sent as application/octet-stream and for downloads. */
const MEDIA_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
};

export async function listDocuments(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.DocumentQuery,
): Promise<Api.DocumentPage> {
  requireOrganisation(caller, 'read', organisationId);
  const { items, total } = await listDocumentRows(deps.db, organisationId, {
    ...(query.contractId && { contractId: query.contractId }),
    ...(query.supplierId && { supplierId: query.supplierId }),
    ...(query.changedSince && { changedSince: new Date(query.changedSince).toISOString() }),
    limit: query.limit ?? 100,
    offset: query.offset ?? 0,
  });
  return { items: await presentDocuments(deps.db, organisationId, items), total };
}

export async function getDocumentInfo(deps: Deps, caller: Caller, organisationId: string, documentId: string) {
  requireOrganisation(caller, 'read', organisationId);
  const [document] = await presentDocuments(deps.db, organisationId, [
    await documentOrThrow(deps.db, organisationId, documentId),
  ]);
  return document as Api.DocumentInfo;
}

/**
 * Attaches a file to a contract or a supplier as a new document (version 1). The file is stored by its
 * content and its text extracted for search; a PDF without text (a scan) is kept but marked not searchable.
 */
export async function uploadDocument(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  owner: DocumentOwner,
  upload: Upload,
  meta: { title?: string; kind?: Api.DocumentInfo['kind'] },
): Promise<Api.DocumentInfo> {
  requireOrganisation(caller, 'write', organisationId);
  const prepared = await prepareUpload(deps, upload);
  const id = await deps.db.transaction().execute(async (trx) => {
    if ('contractId' in owner) await contractOrThrow(trx, organisationId, owner.contractId);
    else await supplierOrThrow(trx, organisationId, owner.supplierId);
    return (await insertDocument(trx, caller, organisationId, owner, prepared, meta)).documentId;
  });
  return getDocumentInfo(deps, caller, organisationId, id);
}

/**
 * Writes a new document (version 1) of a file already stored by `prepareUpload`, in the caller's transaction
 * (audited); also for files the product makes itself (approved minutes). The owner must exist.
 */
export async function insertDocument(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  owner: DocumentOwner,
  prepared: Prepared,
  meta: { title?: string; kind?: Api.DocumentInfo['kind'] },
): Promise<{ documentId: string; versionId: string }> {
  const now = caller.audit.clock.now().toISOString();
  const document = await insertAudited(trx, caller.audit, 'documents', {
    id: crypto.randomUUID(),
    organisationId,
    contractId: 'contractId' in owner ? owner.contractId : null,
    supplierId: 'supplierId' in owner ? owner.supplierId : null,
    title: meta.title?.trim() || titleOf(prepared.fileName),
    kind: meta.kind ?? 'working_copy',
    notes: null,
    createdAt: now,
    updatedAt: now,
  });
  const versionId = await addVersion(trx, caller, document, 1, prepared);
  return { documentId: document.id, versionId };
}

/** Uploads a new version of a document; the newest version is the one searched and shown. */
export async function uploadDocumentVersion(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  documentId: string,
  upload: Upload,
): Promise<Api.DocumentInfo> {
  requireOrganisation(caller, 'write', organisationId);
  const prepared = await prepareUpload(deps, upload);
  await deps.db.transaction().execute(async (trx) => {
    const document = await documentOrThrow(trx, organisationId, documentId);
    const [latest] = await listDocumentVersions(trx, organisationId, [documentId]);
    await addVersion(trx, caller, document, (latest?.version ?? 0) + 1, prepared);
    await updateAudited(trx, caller.audit, 'documents', { id: documentId, organisationId }, {});
  });
  return getDocumentInfo(deps, caller, organisationId, documentId);
}

export async function updateDocument(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  documentId: string,
  input: Api.UpdateDocumentRequest,
): Promise<Api.DocumentInfo> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    await documentOrThrow(trx, organisationId, documentId);
    const patch: Partial<DocumentRow> = {};
    if (input.title !== undefined) patch.title = input.title.trim();
    if (input.kind !== undefined) patch.kind = input.kind;
    if (input.notes !== undefined) patch.notes = blankToNull(input.notes);
    await updateAudited(trx, caller.audit, 'documents', { id: documentId, organisationId }, patch);
    if (patch.title !== undefined || patch.notes !== undefined) await indexDocument(trx, organisationId, documentId, 'keep');
  });
  return getDocumentInfo(deps, caller, organisationId, documentId);
}

/**
 * Deletes a document and its versions (each deletion audited). The stored files stay in the file store;
 * a file is shared by every upload of the same content and its name reveals nothing of it.
 */
export async function deleteDocument(deps: Deps, caller: Caller, organisationId: string, documentId: string): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    await documentOrThrow(trx, organisationId, documentId);
    await removeDocument(trx, caller, organisationId, documentId);
  });
}

export async function downloadDocumentVersion(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  documentId: string,
  versionId: string,
): Promise<FileDownload> {
  requireOrganisation(caller, 'read', organisationId);
  const version = await getDocumentVersion(deps.db, organisationId, documentId, versionId);
  if (!version) throw new AppError('document_version_not_found');
  try {
    const bytes = await new FileStore(deps.config.filesDir).read(version.sha256);
    return { bytes, fileName: version.fileName, contentType: version.mediaType };
  } catch {
    throw new AppError('document_file_missing');
  }
}

export type Prepared = {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  text: ExtractedText;
};

/** Stores the file and reads its text, before the transaction (both can take a while for a large PDF). */
export async function prepareUpload(deps: Pick<Deps, 'config'>, upload: Upload): Promise<Prepared> {
  if (!upload.bytes || upload.bytes.length === 0) throw new AppError('document_empty');
  const fileName = safeFileName(upload.fileName, 'dokument');
  const declared = upload.mediaType?.split(';')[0]?.trim().toLowerCase();
  const mediaType =
    declared && declared !== 'application/octet-stream'
      ? declared
      : (MEDIA_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream');
  const sha256 = await new FileStore(deps.config.filesDir).put(upload.bytes);
  // Text extraction is CPU work: it runs in a worker thread.
  const text = await runTask('extractText', { bytes: upload.bytes, fileName, mediaType });
  return { fileName, mediaType, sizeBytes: upload.bytes.length, sha256, text };
}

async function addVersion(
  trx: Executor,
  caller: Caller,
  document: DocumentRow,
  version: number,
  file: Prepared,
): Promise<string> {
  const now = caller.audit.clock.now().toISOString();
  const row = await insertAudited(trx, caller.audit, 'documentVersions', {
    id: crypto.randomUUID(),
    organisationId: document.organisationId,
    documentId: document.id,
    contractId: document.contractId,
    supplierId: document.supplierId,
    version,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    textStatus: file.text.status,
    textChars: file.text.text.length,
    uploadedBy: caller.user.name,
    createdAt: now,
    updatedAt: now,
  });
  await indexDocument(trx, document.organisationId, document.id, file.text.status === 'text' ? file.text.text : null);
  return row.id;
}

function titleOf(fileName: string): string {
  return path.basename(fileName, path.extname(fileName)).replace(/[_]+/g, ' ').trim() || fileName;
}

async function documentOrThrow(db: Executor, organisationId: string, documentId: string): Promise<DocumentRow> {
  const document = await getDocument(db, organisationId, documentId);
  if (!document) throw new AppError('document_not_found');
  return document;
}

async function presentDocuments(db: Executor, organisationId: string, documents: readonly DocumentRow[]) {
  const versions = await listDocumentVersions(
    db,
    organisationId,
    documents.map((d) => d.id),
  );
  return documents.map((d): Api.DocumentInfo => {
    const own = versions.filter((v) => v.documentId === d.id).map(presentVersion);
    return {
      id: d.id,
      contractId: d.contractId,
      supplierId: d.supplierId,
      title: d.title,
      kind: d.kind,
      notes: d.notes,
      currentVersion: own[0] as Api.DocumentVersion,
      versions: own,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    };
  });
}

function presentVersion(v: DocumentVersionRow): Api.DocumentVersion {
  return {
    id: v.id,
    version: v.version,
    fileName: safeFileName(v.fileName, 'dokument'),
    mediaType: v.mediaType,
    sizeBytes: v.sizeBytes,
    sha256: v.sha256,
    textStatus: v.textStatus,
    searchable: v.textStatus === 'text',
    uploadedBy: v.uploadedBy,
    createdAt: v.createdAt,
  };
}
