import { indexText, queryWords } from '@overblik/core/search';
import { PostgresAdapter, sql } from 'kysely';
import { chunksOf, insertChunksOf } from '../audited.js';
import type { SearchKind } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';

/** One searchable text of an object: a field of a contract, a supplier, a contact, a price element or a document. */
export type SearchText = { field: string; body: string; contractId: string | null; supplierId: string | null };

export type SearchHitRow = {
  id: number;
  kind: SearchKind;
  entityId: string;
  contractId: string | null;
  supplierId: string | null;
  field: string;
  body: string;
  rank: number;
};

function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Makes the index hold exactly these texts for the object (empty texts are left out). */
export async function replaceSearchTexts(
  db: Executor,
  organisationId: string,
  kind: SearchKind,
  entityId: string,
  texts: readonly SearchText[],
): Promise<void> {
  await replaceSearchTextsOf(db, organisationId, kind, [{ entityId, texts }]);
}

/**
 * `replaceSearchTexts` for many objects of one kind (an import's batch), in a few multi-row statements. Each
 * object's fields must be distinct (they are: one text per field of the object).
 */
export async function replaceSearchTextsOf(
  db: Executor,
  organisationId: string,
  kind: SearchKind,
  objects: ReadonlyArray<{ entityId: string; texts: readonly SearchText[] }>,
): Promise<void> {
  for (const chunk of chunksOf(objects, 1, 500)) {
    const entityIds = chunk.map((o) => o.entityId);
    const entries = db
      .selectFrom('searchEntries')
      .select('id')
      .where('organisationId', '=', organisationId)
      .where('kind', '=', kind)
      .where('entityId', 'in', entityIds);
    if (!isPostgres(db)) await sql`delete from search_fts where rowid in (${entries})`.execute(db);
    await forOrganisation(db, organisationId)
      .deleteFrom('searchEntries')
      .where('kind', '=', kind)
      .where('entityId', 'in', entityIds)
      .execute();
  }
  const rows = objects.flatMap(({ entityId, texts }) =>
    texts.filter((t) => t.body.trim()).map((text) => ({ organisationId, kind, entityId, ...text })),
  );
  const bodies = new Map(rows.map((r) => [`${r.entityId}\n${r.field}`, r.body]));
  for (const chunk of insertChunksOf(rows)) {
    const written = await forOrganisation(db, organisationId)
      .insertInto('searchEntries')
      .values(chunk)
      .returning(['id', 'entityId', 'field'])
      .execute();
    if (isPostgres(db)) continue;
    // SQLite's full-text table holds the Danish stems the application computes, under the entry's rowid.
    for (const part of chunksOf(written, 2)) {
      const values = part.map((w) => sql`(${w.id}, ${indexText(bodies.get(`${w.entityId}\n${w.field}`) ?? '')})`);
      await sql`insert into search_fts (rowid, terms) values ${sql.join(values)}`.execute(db);
    }
  }
}

export async function removeSearchTexts(db: Executor, organisationId: string, kind: SearchKind, entityId: string) {
  await replaceSearchTextsOf(db, organisationId, kind, [{ entityId, texts: [] }]);
}

/**
 * Texts of the organisation that contain every word of the query (Danish stems, each also as a prefix, so
 * "leverandøren" finds "leverandør" and "leveran" finds both), best first. SQLite matches the stems the
 * application put into FTS5 (snowball); PostgreSQL stems with its own `danish` configuration.
 */
export async function searchTexts(db: Executor, organisationId: string, query: string, limit: number): Promise<SearchHitRow[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  if (isPostgres(db)) {
    const tsquery = words.map((w) => `${w}:*`).join(' & ');
    const result = await sql<SearchHitRow>`
      select e.id, e.kind, e.entity_id as "entityId", e.contract_id as "contractId", e.supplier_id as "supplierId",
             e.field, e.body, ts_rank(e.tsv, q) as rank
      from search_entries e, to_tsquery('danish', ${tsquery}) q
      where e.organisation_id = ${organisationId} and e.tsv @@ q
      order by rank desc, e.id
      limit ${limit}`.execute(db);
    return result.rows;
  }
  const match = indexText(words.join(' '))
    .split(' ')
    .map((stem) => `"${stem}"*`)
    .join(' ');
  const result = await sql<SearchHitRow>`
    select e.id, e.kind, e.entity_id as "entityId", e.contract_id as "contractId", e.supplier_id as "supplierId",
           e.field, e.body, -bm25(search_fts) as rank
    from search_fts join search_entries e on e.id = search_fts.rowid
    where search_fts match ${match} and e.organisation_id = ${organisationId}
    order by rank desc, e.id
    limit ${limit}`.execute(db);
  return result.rows;
}

/** The texts indexed for an object, in the order they were written. */
export async function listSearchTexts(db: Executor, organisationId: string, kind: SearchKind, entityId: string) {
  return db
    .selectFrom('searchEntries')
    .select(['field', 'body', 'contractId', 'supplierId'])
    .where('organisationId', '=', organisationId)
    .where('kind', '=', kind)
    .where('entityId', '=', entityId)
    .orderBy('id')
    .execute();
}
