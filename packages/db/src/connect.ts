import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { ReadWriteSqliteDialect } from './sqlite-driver.js';

export type DialectName = 'sqlite' | 'postgres';

export type DatabaseConfig = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; poolSize?: number };

export type Db = Kysely<Database>;

export type DatabaseHandle = {
  db: Db;
  dialect: DialectName;
  /** Where the data lives, for logs and backups: a file path or a redacted URL. */
  location: string;
  close(): Promise<void>;
};

/**
 * `DATABASE_URL=postgres://…` selects PostgreSQL; otherwise the embedded SQLite database
 * `overblik.sqlite` in the data directory is used.
 */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  if (url) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  const dataDir = path.resolve(env.OVERBLIK_DATA_DIR ?? 'data');
  return { dialect: 'sqlite', file: path.join(dataDir, 'overblik.sqlite') };
}

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  return config.dialect === 'sqlite' ? openSqlite(config.file) : openPostgres(config.url, config.poolSize);
}

/**
 * The embedded database: a writer and, for a database in a file, a reader connection (ReadWriteSqliteDialect),
 * so that reads never wait for a long transaction.
 */
function openSqlite(file: string): DatabaseHandle {
  const inMemory = file === ':memory:';
  if (!inMemory) mkdirSync(path.dirname(file), { recursive: true });
  const writer = new SQLite(file);
  writer.pragma('journal_mode = WAL');
  writer.pragma('synchronous = NORMAL');
  configureSqlite(writer);
  const reader = inMemory ? null : new SQLite(file);
  if (reader) {
    configureSqlite(reader);
    reader.pragma('query_only = ON');
  }
  const db = new Kysely<Database>({ dialect: new ReadWriteSqliteDialect(writer, reader), plugins: [new CamelCasePlugin()] });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}

/** What every connection to the embedded database needs: waits, foreign keys, and a `lower` for all of Unicode. */
function configureSqlite(connection: SQLite.Database) {
  connection.pragma('busy_timeout = 5000');
  // 64 MB of page cache per connection (the default is 2 MB): a register of tens of thousands of contracts with
  // an index per sortable column no longer reads its index pages from the file on every insert.
  connection.pragma('cache_size = -65536');
  connection.pragma('foreign_keys = ON');
  // SQLite's own lower() folds only ASCII; searches must treat Æ/Ø/Å like PostgreSQL's lower() does.
  connection.function('lower', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  );
}

/** Parsers so PostgreSQL returns what better-sqlite3 returns for the same column. */
function postgresTypes(): pg.CustomTypesConfig {
  const { types } = pg;
  const overrides = new Map<number, (value: string) => unknown>([
    [types.builtins.DATE, (v) => v],
    [types.builtins.TIMESTAMPTZ, (v) => new Date(v).toISOString()],
    [types.builtins.TIMESTAMP, (v) => new Date(`${v}Z`).toISOString()],
    [types.builtins.INT8, parseSafeInteger],
    [types.builtins.NUMERIC, (v) => v],
  ]);
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      overrides.get(oid) ?? types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
  };
}

/** 64-bit integers (counts, ids, øre) come back as numbers; beyond 2^53 they would lose digits, so refuse. */
function parseSafeInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Integer ${value} is outside the exact range of a JS number`);
  return n;
}

function openPostgres(url: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: postgresTypes() });
  // An idle connection that the server ends (a restart, a dropped database, a network failure) is reported
  // on the pool; without a listener Node would treat it as an uncaught error and stop the process. The pool
  // discards the connection and opens a new one when next needed, so a line on stderr is all it takes.
  pool.on('error', (error) => {
    process.stderr.write(`PostgreSQL: an idle connection was closed (${error.message}); it will be reopened when needed\n`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  const redacted = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return { db, dialect: 'postgres', location: redacted, close: () => db.destroy() };
}
