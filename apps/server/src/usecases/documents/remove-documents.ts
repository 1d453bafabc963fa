import { type DocumentOwner, deleteAudited, type Executor, listDocuments, listDocumentVersions } from '@overblik/db';
import type { Caller } from '../../context.js';
import { unindex } from '../search/search-index.js';

/**
 * Removing documents, apart from the rest of documents.ts: the contract and supplier use cases remove the
 * documents of what they delete, and documents.ts looks contracts and suppliers up, so one module would make
 * a cycle.
 */

/** A document and its versions, each deletion audited, and its search entries. */
export async function removeDocument(trx: Executor, caller: Caller, organisationId: string, documentId: string) {
  for (const version of await listDocumentVersions(trx, organisationId, [documentId]))
    await deleteAudited(trx, caller.audit, 'documentVersions', { id: version.id, organisationId });
  await deleteAudited(trx, caller.audit, 'documents', { id: documentId, organisationId });
  await unindex(trx, organisationId, 'document', documentId);
}

/** Every document of a contract or supplier (when the contract or supplier itself is deleted). */
export async function deleteDocumentsOf(trx: Executor, caller: Caller, organisationId: string, owner: DocumentOwner) {
  const { items } = await listDocuments(trx, organisationId, { ...owner, limit: 100_000, offset: 0 });
  for (const document of items) await removeDocument(trx, caller, organisationId, document.id);
}
