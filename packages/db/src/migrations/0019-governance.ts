import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

/**
 * Supplier management, part 1 (issue 18): the organisation's governance bodies (styringsorganer) and who sits in
 * them, a supplier's (or one of its contracts') collaboration organisation (levels, the people of both sides at
 * each, the escalation path), and the grundmodel roles held centrally in the organisation.
 */
export const governance: Migration = {
  name: '0019-governance',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('governance_bodies')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      // The Drejebog body it was created from (DREJEBOG_BODIES), so creating the defaults again adds nothing.
      .addColumn('key', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text')
      .addColumn('meetings_min', 'integer')
      .addColumn('meetings_max', 'integer')
      // JSON arrays: grundmodel role keys, and lines of text.
      .addColumn('participant_roles', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('inputs', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('outputs', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('responsibilities', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('escalates_to_id', t.id, (c) => c.references('governance_bodies.id'))
      .addColumn('escalates_to_text', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('governance_bodies_key_unique', ['organisation_id', 'key'])
      .execute();

    await db.schema
      .createTable('governance_body_members')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('body_id', t.id, (c) => c.notNull().references('governance_bodies.id'))
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('role', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('governance_body_members_unique', ['body_id', 'user_id'])
      .execute();
    await db.schema
      .createIndex('governance_body_members_user_idx')
      .on('governance_body_members')
      .columns(['organisation_id', 'user_id'])
      .execute();

    await db.schema
      .createTable('collaboration_levels')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('supplier_id', t.id, (c) => c.notNull().references('suppliers.id'))
      // Set when the organisation keeps a collaboration organisation for one contract of the supplier.
      .addColumn('contract_id', t.id, (c) => c.references('contracts.id'))
      // 0 is the top level.
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('forum', 'text')
      .addColumn('meetings_per_year', 'integer')
      // Calendar days to escalate an unresolved issue one level up (from the top level: to the governance body).
      .addColumn('escalation_days', 'integer')
      .addColumn('escalation_body_id', t.id, (c) => c.references('governance_bodies.id'))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('collaboration_levels_supplier_idx')
      .on('collaboration_levels')
      .columns(['organisation_id', 'supplier_id', 'position'])
      .execute();

    await db.schema
      .createTable('collaboration_participants')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('level_id', t.id, (c) => c.notNull().references('collaboration_levels.id'))
      // Exactly one: a member of the organisation, or a contact of the supplier.
      .addColumn('user_id', t.id, (c) => c.references('users.id'))
      .addColumn('contact_id', t.id, (c) => c.references('supplier_contacts.id'))
      .addColumn('role', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addCheckConstraint('collaboration_participants_one_side', sqlOneSide())
      .execute();
    await db.schema
      .createIndex('collaboration_participants_level_idx')
      .on('collaboration_participants')
      .columns(['organisation_id', 'level_id'])
      .execute();

    await db.schema
      .createTable('central_roles')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      // Key in the responsibility_role list.
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      // The unit of the organisation the role is held for; null: the whole organisation.
      .addColumn('unit_id', t.id, (c) => c.references('units.id'))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('central_roles_user_idx').on('central_roles').columns(['organisation_id', 'user_id']).execute();
  },
};

function sqlOneSide() {
  return sql`(user_id is null) <> (contact_id is null)`;
}
