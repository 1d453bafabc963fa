import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, type DialectName, openDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';

/**
 * The dialects a test run covers, as in Kysely's own test loop: `DIALECTS=sqlite,postgres`.
 * PostgreSQL tests need `OVERBLIK_TEST_POSTGRES_URL` (a role allowed to create databases).
 */
export function testDialects(): DialectName[] {
  const names = (process.env.DIALECTS ?? 'sqlite')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  for (const name of names) {
    if (name !== 'sqlite' && name !== 'postgres') throw new Error(`DIALECTS: unknown dialect "${name}"`);
  }
  if (names.includes('postgres') && !process.env.OVERBLIK_TEST_POSTGRES_URL) {
    throw new Error('DIALECTS includes postgres but OVERBLIK_TEST_POSTGRES_URL is not set');
  }
  return names as DialectName[];
}

export type TestDatabase = DatabaseHandle & {
  /** A URL or file another process (a server under test) can open. */
  connection: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };
  drop(): Promise<void>;
};

/**
 * A fresh, migrated database of its own for one test file: a temp SQLite file or a new PostgreSQL database.
 * `until` migrates only up to that migration (its name), for a test of the next one on the data before it.
 */
export async function createTestDatabase(dialect: DialectName, until?: string): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'overblik-test-'));
    const file = path.join(dir, 'overblik.sqlite');
    const handle = openDatabase({ dialect: 'sqlite', file });
    await migrateToLatest(handle, until);
    return {
      ...handle,
      connection: { dialect, file },
      async drop() {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.OVERBLIK_TEST_POSTGRES_URL ?? '';
  const name = `overblik_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ dialect: 'postgres', url: url.toString(), poolSize: 5 });
  await migrateToLatest(handle, until);
  return {
    ...handle,
    connection: { dialect, url: url.toString() },
    async drop() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
