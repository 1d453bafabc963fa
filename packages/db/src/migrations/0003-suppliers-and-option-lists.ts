import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

/** Per-organisation changes to the option lists, and suppliers with their contacts (contract register, issue 3). */
export const suppliersAndOptionLists: Migration = {
  name: '0003-suppliers-and-option-lists',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('option_values')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('list', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('custom', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('option_values_list_key_unique', ['organisation_id', 'list', 'key'])
      .execute();

    await db.schema
      .createTable('suppliers')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull().defaultTo('DK'))
      .addColumn('cvr', 'text')
      .addColumn('foreign_id', 'text')
      .addColumn('street', 'text')
      .addColumn('postal_code', 'text')
      .addColumn('city', 'text')
      .addColumn('classification', 'text')
      .addColumn('notes', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('suppliers_organisation_name_idx').on('suppliers').columns(['organisation_id', 'name']).execute();
    await db.schema
      .createIndex('suppliers_organisation_updated_idx')
      .on('suppliers')
      .columns(['organisation_id', 'updated_at'])
      .execute();
    // One supplier per CVR number within an organisation; foreign suppliers have none.
    await sql`create unique index suppliers_organisation_cvr_unique on suppliers (organisation_id, cvr) where cvr is not null`.execute(
      db,
    );

    await db.schema
      .createTable('supplier_contacts')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('supplier_id', t.id, (c) => c.notNull().references('suppliers.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text')
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('supplier_contacts_supplier_idx')
      .on('supplier_contacts')
      .columns(['organisation_id', 'supplier_id'])
      .execute();
  },
};
