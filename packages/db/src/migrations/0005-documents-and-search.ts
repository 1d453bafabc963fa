import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

/**
 * Documents of contracts and suppliers with their versions (the files themselves live in a content-addressed
 * folder, not in the database), and the full-text search index over the register. SQLite searches an FTS5
 * table of Danish stems (snowball, computed by the application); PostgreSQL a GIN index on a
 * stored `to_tsvector('danish', body)` column. Neither folds æ/ø/å.
 */
export const documentsAndSearch: Migration = {
  name: '0005-documents-and-search',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('documents')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('contract_id', t.id, (c) => c.references('contracts.id'))
      .addColumn('supplier_id', t.id, (c) => c.references('suppliers.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addCheckConstraint('documents_one_owner', sql`(contract_id is null) <> (supplier_id is null)`)
      .execute();
    await db.schema.createIndex('documents_contract_idx').on('documents').columns(['organisation_id', 'contract_id']).execute();
    await db.schema.createIndex('documents_supplier_idx').on('documents').columns(['organisation_id', 'supplier_id']).execute();
    await db.schema.createIndex('documents_updated_idx').on('documents').columns(['organisation_id', 'updated_at']).execute();

    await db.schema
      .createTable('document_versions')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('document_id', t.id, (c) => c.notNull().references('documents.id'))
      .addColumn('contract_id', t.id)
      .addColumn('supplier_id', t.id)
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size_bytes', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('text_status', 'text', (c) => c.notNull())
      .addColumn('text_chars', 'integer', (c) => c.notNull())
      .addColumn('uploaded_by', 'text', (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('document_versions_unique', ['document_id', 'version'])
      .execute();

    await db.schema
      .createTable('search_entries')
      .addColumn('id', t.serial, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('entity_id', t.id, (c) => c.notNull())
      .addColumn('contract_id', t.id)
      .addColumn('supplier_id', t.id)
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('search_entries_entity_idx')
      .on('search_entries')
      .columns(['organisation_id', 'kind', 'entity_id'])
      .execute();
    if (dialect === 'postgres') {
      // Stored, so ranking reads the vector instead of parsing and stemming every matching text again.
      await sql`alter table search_entries add column tsv tsvector generated always as (to_tsvector('danish', body)) stored`.execute(
        db,
      );
      await sql`create index search_entries_fts_idx on search_entries using gin (tsv)`.execute(db);
    } else {
      await sql`create virtual table search_fts using fts5(terms, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
    }
  },
};
