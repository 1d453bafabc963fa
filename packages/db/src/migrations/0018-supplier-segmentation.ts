import { CRITICALITIES, criticalityFromWords } from '@overblik/core';
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

/**
 * Supplier segmentation (issue 18). Criticality becomes one ordered scale in core (lav < middel < hoej < kritisk)
 * instead of an organisation's option list: a contract's value that is a key of the scale stays; a value an
 * organisation added is placed on the scale by the words of its key and label (`criticalityFromWords`: "Meget
 * høj" is kritisk); a value no word places is cleared and kept as the tag "Kritikalitet: <label>" on the contract,
 * where a person sees it and can choose. The list's own values go. Contracts get the mark "samfundskritisk".
 * Then the segmentation's tables: an organisation's settings (weights, limits, the segments' names, the follow-up
 * regime, whether contracts are placed too), and the confirmed placements of suppliers and contracts.
 */
export const supplierSegmentation: Migration = {
  name: '0018-supplier-segmentation',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    if (dialect === 'sqlite') await db.transaction().execute((trx) => steps(trx, dialect));
    else await steps(db, dialect);
  },
};

type Row = { id: string; organisation_id: string; criticality: string; tags: string };

async function steps(db: Kysely<unknown>, dialect: DialectName) {
  const t = columnTypes(dialect);
  await db.schema
    .alterTable('contracts')
    .addColumn('societally_critical', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  const scale = CRITICALITIES.map((c) => sql.lit(c));
  const off = await sql<Row>`select id, organisation_id, criticality, tags from contracts
    where criticality is not null and criticality not in (${sql.join(scale)})`.execute(db);
  const labels = await sql<{ organisation_id: string; key: string; label: string | null }>`
    select organisation_id, key, label from option_values where list = 'criticality'`.execute(db);
  const labelOf = new Map(labels.rows.map((r) => [`${r.organisation_id}\u0000${r.key}`, r.label]));
  for (const row of off.rows) {
    const label = labelOf.get(`${row.organisation_id}\u0000${row.criticality}`) ?? null;
    const level = criticalityFromWords(row.criticality, label);
    if (level) {
      await sql`update contracts set criticality = ${level} where id = ${row.id}`.execute(db);
      continue;
    }
    const tags = JSON.parse(row.tags) as string[];
    const tag = `Kritikalitet: ${label ?? row.criticality}`.slice(0, 50);
    const kept = tags.includes(tag) ? tags : [...tags, tag];
    await sql`update contracts set criticality = null, tags = ${JSON.stringify(kept)} where id = ${row.id}`.execute(db);
  }
  await sql`delete from option_values where list = 'criticality'`.execute(db);

  await db.schema
    .createTable('supplier_segment_settings')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().unique().references('organisations.id'))
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('full_spend', 'bigint', (c) => c.notNull())
    .addColumn('many_contracts', 'integer', (c) => c.notNull())
    .addColumn('high_from', 'integer', (c) => c.notNull())
    .addColumn('segment_labels', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('regime', 'text', (c) => c.notNull())
    .addColumn('place_contracts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('supplier_segments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
    .addColumn('supplier_id', t.id, (c) => c.notNull().references('suppliers.id'))
    .addColumn('contract_id', t.id, (c) => c.references('contracts.id'))
    // 'supplier', or the contract's id: one placement per supplier and one per contract.
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('importance', 'integer', (c) => c.notNull())
    .addColumn('supply_risk', 'integer', (c) => c.notNull())
    .addColumn('proposed_segment', 'text', (c) => c.notNull())
    .addColumn('proposal_reasons', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('confirmed_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('confirmed_by_name', 'text', (c) => c.notNull())
    .addColumn('confirmed_on', t.date, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('supplier_segments_scope_unique', ['organisation_id', 'supplier_id', 'scope'])
    .execute();
  await db.schema.createIndex('supplier_segments_organisation_idx').on('supplier_segments').column('organisation_id').execute();
}
