import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { readMunicipalities } from '../reference/municipalities.js';
import type { Migration } from './types.js';

/** The 98 municipalities exist from the first start (source: packages/db/data/SOURCES.md). */
export const municipalities: Migration = {
  name: '0002-municipalities',
  async up(db: Kysely<unknown>) {
    const now = new Date().toISOString();
    const rows = readMunicipalities().map((m) => ({
      id: randomUUID(),
      kind: 'kommune',
      name: m.officialName,
      municipality_code: m.code,
      cvr: m.cvr,
      region: m.region,
      created_at: now,
      updated_at: now,
    }));
    await (db as Kysely<Record<string, Record<string, unknown>>>).insertInto('organisations').values(rows).execute();
  },
};
