import type { DocumentRow, DocumentVersionRow } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';

export type DocumentOwner = { contractId: string } | { supplierId: string };

export type DocumentFilter = {
  contractId?: string;
  supplierId?: string;
  changedSince?: string;
  limit: number;
  offset: number;
};

export async function listDocuments(
  db: Executor,
  organisationId: string,
  filter: DocumentFilter,
): Promise<{ items: DocumentRow[]; total: number }> {
  let query = forOrganisation(db, organisationId).selectFrom('documents');
  if (filter.contractId) query = query.where('contractId', '=', filter.contractId);
  if (filter.supplierId) query = query.where('supplierId', '=', filter.supplierId);
  if (filter.changedSince) query = query.where('updatedAt', '>=', filter.changedSince);
  const counted = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await query
    .selectAll()
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { items, total: Number(counted.n) };
}

export async function getDocument(db: Executor, organisationId: string, documentId: string): Promise<DocumentRow | undefined> {
  return forOrganisation(db, organisationId).selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirst();
}

/** Versions of the given documents, newest first. */
export async function listDocumentVersions(
  db: Executor,
  organisationId: string,
  documentIds: readonly string[],
): Promise<DocumentVersionRow[]> {
  if (documentIds.length === 0) return [];
  return forOrganisation(db, organisationId)
    .selectFrom('documentVersions')
    .selectAll()
    .where('documentId', 'in', [...documentIds])
    .orderBy('version', 'desc')
    .execute();
}

export async function getDocumentVersion(
  db: Executor,
  organisationId: string,
  documentId: string,
  versionId: string,
): Promise<DocumentVersionRow | undefined> {
  return forOrganisation(db, organisationId)
    .selectFrom('documentVersions')
    .selectAll()
    .where('documentId', '=', documentId)
    .where('id', '=', versionId)
    .executeTakeFirst();
}
