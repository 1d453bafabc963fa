import type SQLite from 'better-sqlite3';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SqliteDialect,
  type TransactionSettings,
} from 'kysely';

/**
 * SQLite with two connections to one file in WAL mode: a writer for every transaction and every statement that
 * writes, one at a time, and a reader (`query_only`) for statements outside transactions that only read. A read
 * therefore never waits for a transaction in progress (a long import, say): it sees the data as last committed,
 * which is what it would see a moment before or after. Whether a statement only reads is SQLite's own verdict
 * (`Statement.readonly`). Writes outside transactions and transactions queue for the writer without blocking
 * the event loop. An in-memory database is one connection (a second would be another database).
 */
export class ReadWriteSqliteDialect extends SqliteDialect {
  constructor(
    private readonly writer: SQLite.Database,
    private readonly reader: SQLite.Database | null,
  ) {
    super({ database: writer });
  }

  override createDriver(): Driver {
    return this.reader ? new ReadWriteDriver(this.writer, this.reader) : super.createDriver();
  }
}

class ReadWriteDriver implements Driver {
  readonly #writerLock = new Lock();
  readonly writer: Statements;
  readonly reader: Statements;

  constructor(writer: SQLite.Database, reader: SQLite.Database) {
    this.writer = new Statements(writer);
    this.reader = new Statements(reader);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this.writer, this.reader, this.#writerLock);
  }

  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await (connection as RoutedConnection).begin();
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as RoutedConnection).end('commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as RoutedConnection).end('rollback');
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as RoutedConnection).release();
  }

  async destroy(): Promise<void> {
    this.reader.database.close();
    this.writer.database.close();
  }
}

class RoutedConnection implements DatabaseConnection {
  #inTransaction = false;

  constructor(
    private readonly writer: Statements,
    private readonly reader: Statements,
    private readonly writerLock: Lock,
  ) {}

  async begin(): Promise<void> {
    await this.writerLock.acquire();
    this.#inTransaction = true;
    try {
      this.writer.database.exec('begin');
    } catch (error) {
      this.release();
      throw error;
    }
  }

  async end(command: 'commit' | 'rollback'): Promise<void> {
    try {
      this.writer.database.exec(command);
    } finally {
      this.release();
    }
  }

  /** Gives the writer back if this connection still holds it (a transaction that ended, or failed to). */
  release(): void {
    if (!this.#inTransaction) return;
    this.#inTransaction = false;
    this.writerLock.release();
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.#inTransaction) return run<R>(this.writer.prepared(query.sql), query);
    const statement = this.reader.prepared(query.sql);
    if (statement.readonly) return run<R>(statement, query);
    await this.writerLock.acquire();
    try {
      return run<R>(this.writer.prepared(query.sql), query);
    } finally {
      this.writerLock.release();
    }
  }

  // biome-ignore lint/correctness/useYield: streaming is not used by the product; the contract requires the method
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on SQLite');
  }
}

function run<R>(statement: SQLite.Statement, query: CompiledQuery): QueryResult<R> {
  const parameters = query.parameters as unknown[];
  if (statement.reader) return { rows: statement.all(parameters) as R[] };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

/**
 * A connection's prepared statements by their SQL, the most recently used kept (preparing took as long as
 * running in an import's profile). A statement is not re-entrant, but better-sqlite3 runs one to completion
 * synchronously, so reusing it is safe.
 */
class Statements {
  static readonly MAX = 500;
  readonly #cache = new Map<string, SQLite.Statement>();

  constructor(readonly database: SQLite.Database) {}

  prepared(sql: string): SQLite.Statement {
    let statement = this.#cache.get(sql);
    if (statement) {
      this.#cache.delete(sql);
    } else {
      statement = this.database.prepare(sql);
      if (this.#cache.size >= Statements.MAX) this.#cache.delete(this.#cache.keys().next().value as string);
    }
    this.#cache.set(sql, statement);
    return statement;
  }
}

/** A first-come first-served lock that waits without blocking the event loop. */
class Lock {
  #held = false;
  readonly #waiting: Array<() => void> = [];

  async acquire(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
}
