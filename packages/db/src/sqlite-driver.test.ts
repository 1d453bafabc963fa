import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './connect.js';

describe('SQLite with a writer and a reader connection', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'overblik-rw-'));
  const handle = openDatabase({ dialect: 'sqlite', file: path.join(dir, 'rw.sqlite') });
  const db = handle.db;
  afterAll(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a read while a transaction is open, with the data as last committed, and serialises the writes', async () => {
    await sql`create table t (n integer)`.execute(db);
    await sql`insert into t values (1)`.execute(db);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = db.transaction().execute(async (trx) => {
      await sql`insert into t values (2)`.execute(trx);
      await held;
      await sql`insert into t values (3)`.execute(trx);
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The transaction holds the writer; a read outside it is answered now, without its uncommitted row.
    const during = await sql<{ n: number }>`select n from t order by n`.execute(db);
    expect(during.rows.map((r) => r.n)).toEqual([1]);
    // A write outside the transaction waits for it (without blocking the event loop), then follows it.
    let written = false;
    const write = sql`insert into t values (4)`.execute(db).then(() => {
      written = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(written).toBe(false);
    release();
    await transaction;
    await write;
    const after = await sql<{ n: number }>`select n from t order by n`.execute(db);
    expect(after.rows.map((r) => r.n)).toEqual([1, 2, 3, 4]);
  });

  it('rolls a failed transaction back and gives the writer to the next one', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`insert into t values (5)`.execute(trx);
        throw new Error('fejl');
      }),
    ).rejects.toThrow('fejl');
    await db.transaction().execute(async (trx) => sql`insert into t values (6)`.execute(trx));
    const rows = await sql<{ n: number }>`select n from t where n >= 5`.execute(db);
    expect(rows.rows.map((r) => r.n)).toEqual([6]);
  });
});
