import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

/**
 * Contracts with their responsibilities, price elements and options (contract register, issue 3); a
 * person's own preferences; and the audit trail's `context_id` (the contract or supplier a changed
 * object belongs to), so a contract's history includes its price elements and options.
 */
export const contracts: Migration = {
  name: '0004-contracts',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    const money = 'bigint';
    await db.schema
      .createTable('contracts')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('number', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_sort', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('supplier_id', t.id, (c) => c.references('suppliers.id'))
      .addColumn('system_name', 'text')
      .addColumn('contract_type', 'text')
      .addColumn('parent_id', t.id, (c) => c.references('contracts.id'))
      .addColumn('template', 'text')
      .addColumn('procurement_form', 'text')
      .addColumn('ski_agreement_number', 'text')
      .addColumn('agreement_elements', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('criticality', 'text')
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('responsible_unit_id', t.id, (c) => c.references('units.id'))
      .addColumn('signed_on', t.date)
      .addColumn('in_force_from', t.date)
      .addColumn('operations_start_on', t.date)
      .addColumn('term_kind', 'text', (c) => c.notNull())
      .addColumn('term_months', 'integer')
      .addColumn('term_ends_on', t.date)
      .addColumn('irrevocable_until', t.date)
      .addColumn('notice_months', 'integer')
      .addColumn('notice_period_end', 'text')
      .addColumn('renewal', 'text', (c) => c.notNull())
      .addColumn('renewal_months', 'integer')
      .addColumn('termination_given_on', t.date)
      .addColumn('termination_effective_on', t.date)
      .addColumn('exit_clause', 'text')
      .addColumn('data_return', 'text')
      .addColumn('archiving_duty', 'text')
      .addColumn('transferability', 'text')
      .addColumn('transferability_note', 'text')
      .addColumn('currency', 'text', (c) => c.notNull().defaultTo('DKK'))
      .addColumn('total_value', money)
      .addColumn('annual_cost', money)
      .addColumn('payment_model', 'text')
      .addColumn('payment_frequency', 'text')
      .addColumn('price_regulation', 'text', (c) => c.notNull().defaultTo('none'))
      .addColumn('price_index', 'text')
      .addColumn('price_index_base_month', 'text')
      .addColumn('price_regulation_date', 'text')
      .addColumn('price_regulation_percent', 'text')
      .addColumn('price_regulation_cap_percent', 'text')
      .addColumn('price_regulation_floor_percent', 'text')
      .addColumn('personal_data', 'text')
      .addColumn('dpa_required', 'text')
      .addColumn('dpa_reference', 'text')
      .addColumn('esdh_reference', 'text')
      .addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('notes', 'text')
      .addColumn('ends_on', t.date)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('contracts_organisation_number_unique', ['organisation_id', 'number'])
      .execute();
    for (const column of [
      'name_sort',
      'supplier_id',
      'ends_on',
      'updated_at',
      'parent_id',
      'in_force_from',
      'annual_cost',
      'total_value',
    ]) {
      await db.schema
        .createIndex(`contracts_organisation_${column}_idx`)
        .on('contracts')
        .columns(['organisation_id', column])
        .execute();
    }

    await db.schema
      .createTable('contract_responsibilities')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('contract_id', t.id, (c) => c.notNull().references('contracts.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('contract_responsibilities_unique', ['contract_id', 'role', 'user_id'])
      .execute();
    await db.schema
      .createIndex('contract_responsibilities_user_idx')
      .on('contract_responsibilities')
      .columns(['organisation_id', 'user_id'])
      .execute();

    await db.schema
      .createTable('price_elements')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('contract_id', t.id, (c) => c.notNull().references('contracts.id'))
      .addColumn('number', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('unit_code', 'text', (c) => c.notNull())
      .addColumn('unit_price', 'text', (c) => c.notNull())
      .addColumn('quantity', 'text')
      .addColumn('recurrence', 'text', (c) => c.notNull())
      .addColumn('valid_from', t.date)
      .addColumn('valid_to', t.date)
      .addColumn('paying_unit_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('account_coding', 'text')
      .addColumn('notes', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('price_elements_contract_idx')
      .on('price_elements')
      .columns(['organisation_id', 'contract_id'])
      .execute();
    await db.schema
      .createIndex('price_elements_updated_idx')
      .on('price_elements')
      .columns(['organisation_id', 'updated_at'])
      .execute();
    // The number a supplier puts on its invoice lines identifies one price element of the contract.
    await sql`create unique index price_elements_contract_number_unique on price_elements (contract_id, number) where number is not null`.execute(
      db,
    );

    await db.schema
      .createTable('contract_options')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('contract_id', t.id, (c) => c.notNull().references('contracts.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('periods', 'integer')
      .addColumn('period_months', 'integer')
      .addColumn('latest_exercise_on', t.date)
      .addColumn('lead_time_months', 'integer')
      .addColumn('exercised_periods', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('exercised_on', t.date)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('contract_options_contract_idx')
      .on('contract_options')
      .columns(['organisation_id', 'contract_id'])
      .execute();

    await db.schema
      .createTable('user_preferences')
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('user_preferences_pk', ['user_id', 'key'])
      .execute();

    await db.schema.alterTable('audit_events').addColumn('context_id', 'text').execute();
    await db.schema
      .createIndex('audit_events_context_idx')
      .on('audit_events')
      .columns(['organisation_id', 'context_id'])
      .execute();
  },
};
