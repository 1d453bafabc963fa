import type { ColumnDataType, Kysely } from 'kysely';
import type { DialectName } from '../connect.js';

/** Column types per dialect, so a migration is written once for both databases. */
export function columnTypes(dialect: DialectName) {
  const pg = dialect === 'postgres';
  return {
    id: (pg ? 'uuid' : 'text') as ColumnDataType,
    instant: (pg ? 'timestamptz' : 'text') as ColumnDataType,
    date: (pg ? 'date' : 'text') as ColumnDataType,
    json: (pg ? 'jsonb' : 'text') as ColumnDataType,
    serial: (pg ? 'bigserial' : 'integer') as ColumnDataType,
  };
}

export type Migration = {
  name: string;
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
};
