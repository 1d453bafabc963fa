import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

/**
 * Cost sharing (issue 6): a joint organisation's projects with their pricing model and terms, the member
 * municipalities with their facts (availability, wave, pilot, exit), and populations by day, imported and
 * versioned (a figure is never changed or deleted; the figure of the import with the higher version for the same
 * municipality and day supersedes it, and the import records what it changed). A member row belongs to the joint organisation and
 * names the member's organisation: that is the explicit share through which the municipality reads its plan.
 */
export const costSharing: Migration = {
  name: '0009-cost-sharing',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('cost_projects')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('period_start', t.date, (c) => c.notNull())
      .addColumn('period_end', t.date, (c) => c.notNull())
      .addColumn('invoicing', 'text', (c) => c.notNull())
      .addColumn('proration', 'text', (c) => c.notNull())
      .addColumn('population_date', 'text', (c) => c.notNull())
      .addColumn('pilot_free_months', 'integer', (c) => c.notNull())
      .addColumn('exit_payment', 'integer')
      .addColumn('business_case_costs', 'bigint')
      .addColumn('model_kind', 'text', (c) => c.notNull())
      .addColumn('model', 'text', (c) => c.notNull())
      .addColumn('comparison_name', 'text')
      .addColumn('comparison_model', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('cost_projects_organisation_idx')
      .on('cost_projects')
      .columns(['organisation_id', 'name'])
      .execute();

    await db.schema
      .createTable('cost_project_members')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('project_id', t.id, (c) => c.notNull().references('cost_projects.id'))
      .addColumn('member_organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('municipality_code', 'text', (c) => c.notNull())
      .addColumn('available_from', t.date, (c) => c.notNull())
      .addColumn('wave', 'text')
      .addColumn('pilot', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('exit_on', t.date)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('cost_project_members_unique', ['project_id', 'member_organisation_id'])
      .execute();
    await db.schema
      .createIndex('cost_project_members_project_idx')
      .on('cost_project_members')
      .columns(['organisation_id', 'project_id'])
      .execute();
    await db.schema
      .createIndex('cost_project_members_member_idx')
      .on('cost_project_members')
      .columns(['member_organisation_id'])
      .execute();

    await db.schema
      .createTable('population_imports')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('file_name', 'text')
      .addColumn('layout', 'text', (c) => c.notNull())
      .addColumn('figure_count', 'integer', (c) => c.notNull())
      .addColumn('changed_count', 'integer', (c) => c.notNull())
      .addColumn('changes', 'text', (c) => c.notNull())
      .addColumn('imported_by', 'text', (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('population_imports_version_unique', ['organisation_id', 'version'])
      .execute();

    await db.schema
      .createTable('population_figures')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('import_id', t.id, (c) => c.notNull().references('population_imports.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('municipality_code', 'text', (c) => c.notNull())
      .addColumn('date', t.date, (c) => c.notNull())
      .addColumn('population', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('population_figures_lookup_idx')
      .on('population_figures')
      .columns(['organisation_id', 'municipality_code', 'date', 'version'])
      .execute();
  },
};
