import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.js';
import { readPriceIndex } from '../reference/price-index.js';
import { columnTypes, type Migration } from './types.js';

/**
 * Invoice control (issue 5): received e-invoices and credit notes with their lines, the original XML kept
 * byte for byte (`invoice_files`, with its SHA-256 on the invoice), the organisation's mappings of order
 * references to contracts and of suppliers' item ids to price elements, and monthly price index values
 * (shipped: Danmarks Statistik's nettoprisindeks). What matching and checking found is stored on the invoice
 * and its lines (`matched_*`, `deviations`) and recomputed whenever the invoice is checked again; what a
 * person decided (assignments, status, comments) is kept apart from it and audited.
 */
export const invoices: Migration = {
  name: '0008-invoices',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    const money = 'bigint';
    await db.schema
      .createTable('invoices')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('number', 'text', (c) => c.notNull())
      .addColumn('issue_date', t.date, (c) => c.notNull())
      .addColumn('due_date', t.date)
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('supplier_cvr', 'text')
      .addColumn('supplier_endpoint', 'text')
      .addColumn('supplier_name', 'text')
      .addColumn('buyer_gln', 'text')
      .addColumn('buyer_cvr', 'text')
      .addColumn('buyer_reference', 'text')
      .addColumn('contract_reference', 'text')
      .addColumn('order_reference', 'text')
      .addColumn('accounting_cost', 'text')
      .addColumn('period_start', t.date)
      .addColumn('period_end', t.date)
      .addColumn('line_count', 'integer', (c) => c.notNull())
      .addColumn('line_extension_amount', money, (c) => c.notNull())
      .addColumn('tax_amount', money, (c) => c.notNull())
      .addColumn('payable_amount', money, (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('size_bytes', 'integer', (c) => c.notNull())
      .addColumn('file_name', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('received_by', 'text', (c) => c.notNull())
      .addColumn('duplicate_of_id', t.id, (c) => c.references('invoices.id'))
      // What a person decided.
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('assigned_contract_id', t.id, (c) => c.references('contracts.id'))
      .addColumn('outside_contract', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('outside_contract_reason', 'text')
      .addColumn('line_assignments', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('decision_comment', 'text')
      .addColumn('decided_by_user_id', t.id, (c) => c.references('users.id'))
      .addColumn('decided_by_name', 'text')
      .addColumn('decided_at', t.instant)
      .addColumn('dispute_text', 'text')
      // What matching and checking found (recomputed by every check).
      .addColumn('matched_supplier_id', t.id, (c) => c.references('suppliers.id'))
      .addColumn('matched_unit_id', t.id, (c) => c.references('units.id'))
      .addColumn('buyer_match', 'text')
      .addColumn('matched_contract_id', t.id, (c) => c.references('contracts.id'))
      .addColumn('contract_match', 'text', (c) => c.notNull().defaultTo('none'))
      .addColumn('contract_explanation', 'text')
      .addColumn('deviations', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('deviation_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('deviation_amount', money, (c) => c.notNull().defaultTo(0))
      .addColumn('max_severity', 'text')
      .addColumn('checked_at', t.instant)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('invoices_organisation_sha256_unique', ['organisation_id', 'sha256'])
      .execute();
    for (const columns of [
      ['status', 'issue_date'],
      ['issue_date'],
      ['supplier_cvr', 'number'],
      ['matched_contract_id', 'issue_date'],
      ['matched_supplier_id', 'issue_date'],
      ['updated_at'],
    ]) {
      await db.schema
        .createIndex(`invoices_organisation_${columns.join('_')}_idx`)
        .on('invoices')
        .columns(['organisation_id', ...columns])
        .execute();
    }

    await db.schema
      .createTable('invoice_files')
      .addColumn('invoice_id', t.id, (c) => c.primaryKey().references('invoices.id'))
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('content', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('invoice_lines')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('invoice_id', t.id, (c) => c.notNull().references('invoices.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('line_id', 'text', (c) => c.notNull())
      .addColumn('item_name', 'text')
      .addColumn('description', 'text')
      .addColumn('quantity', 'text', (c) => c.notNull())
      .addColumn('unit_code', 'text')
      .addColumn('price', 'text')
      .addColumn('base_quantity', 'text')
      .addColumn('line_amount', money, (c) => c.notNull())
      .addColumn('period_start', t.date)
      .addColumn('period_end', t.date)
      .addColumn('sellers_item_id', 'text')
      .addColumn('order_line_id', 'text')
      .addColumn('accounting_cost', 'text')
      .addColumn('tax_percent', 'text')
      .addColumn('matched_price_element_id', t.id, (c) => c.references('price_elements.id'))
      .addColumn('line_match', 'text', (c) => c.notNull().defaultTo('none'))
      .addColumn('line_match_certain', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('line_explanation', 'text')
      .addColumn('allowed_unit_price', 'text')
      .execute();
    await db.schema
      .createIndex('invoice_lines_invoice_idx')
      .on('invoice_lines')
      .columns(['organisation_id', 'invoice_id', 'position'])
      .execute();
    await db.schema
      .createIndex('invoice_lines_price_element_idx')
      .on('invoice_lines')
      .columns(['organisation_id', 'matched_price_element_id'])
      .execute();

    await db.schema
      .createTable('invoice_order_references')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('order_reference', 'text', (c) => c.notNull())
      .addColumn('contract_id', t.id, (c) => c.notNull().references('contracts.id'))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('invoice_order_references_unique', ['organisation_id', 'order_reference'])
      .execute();

    await db.schema
      .createTable('price_element_item_ids')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('contract_id', t.id, (c) => c.notNull().references('contracts.id'))
      .addColumn('price_element_id', t.id, (c) => c.notNull().references('price_elements.id'))
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('price_element_item_ids_unique', ['contract_id', 'item_id'])
      .execute();
    await db.schema
      .createIndex('price_element_item_ids_element_idx')
      .on('price_element_item_ids')
      .columns(['organisation_id', 'price_element_id'])
      .execute();

    await db.schema
      .createTable('price_index_values')
      .addColumn('index_name', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('price_index_values_pk', ['index_name', 'month'])
      .execute();
    const now = new Date().toISOString();
    const rows = readPriceIndex().map((v) => ({
      index_name: 'nettoprisindeks',
      month: v.month,
      value: v.value,
      updated_at: now,
    }));
    await (db as Kysely<Record<string, Record<string, unknown>>>).insertInto('price_index_values').values(rows).execute();
  },
};
