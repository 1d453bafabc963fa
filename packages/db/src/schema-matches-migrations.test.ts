import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialects } from './testing.js';

/**
 * `schema.ts` is written by hand beside the migrations; this holds the two together. Every table of the
 * `Database` interface must exist after migrating, with exactly its columns (camelCase ↔ snake_case) and the
 * same nullability (a TypeScript type that admits `null` ↔ a nullable column); every table the migrations
 * make must be in `Database`, save the migrator's own and SQLite's full-text tables.
 */
const OUTSIDE_DATABASE = /^(kysely_migration|kysely_migration_lock|search_fts.*)$/;
/** Columns of one dialect only, read with raw SQL and so not in `Database`: PostgreSQL's generated tsvector. */
const DIALECT_ONLY: Record<string, readonly string[]> = { postgres: ['searchEntries.tsv'], sqlite: [] };

type Declared = Map<string, Map<string, boolean>>;

/**
 * The `Database` interface read with the TypeScript compiler's type checker: table → column → nullable (a
 * column whose select type admits `null`). The checker sees columns derived from a register's field
 * declarations (packages/core `fields.ts`) as well as those written out.
 */
function declaredSchema(): Declared {
  const file = fileURLToPath(new URL('./schema.ts', import.meta.url));
  const configPath = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const program = ts.createProgram([file], { ...config?.options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error('schema.ts not found');
  const database = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database',
  );
  if (!database) throw new Error('schema.ts has no interface Database');
  const admitsNull = (type: ts.Type): boolean =>
    type.isUnion() ? type.types.some(admitsNull) : (type.flags & ts.TypeFlags.Null) !== 0;
  const declared: Declared = new Map();
  for (const table of checker.getPropertiesOfType(checker.getTypeAtLocation(database))) {
    const columns = new Map<string, boolean>();
    for (const column of checker.getPropertiesOfType(checker.getTypeOfSymbolAtLocation(table, database))) {
      const type = checker.getTypeOfSymbolAtLocation(column, database);
      // Generated<T> and ColumnType<Select, …>: what a select gives.
      const selected = type.getProperty('__select__');
      columns.set(column.name, admitsNull(selected ? checker.getTypeOfSymbolAtLocation(selected, database) : type));
    }
    declared.set(table.name, columns);
  }
  return declared;
}

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

for (const dialect of testDialects()) {
  describe(`schema.ts against the migrations on ${dialect}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('declares every table the migrations make, each with exactly its columns and their nullability', async () => {
      const declared = declaredSchema();
      const tables = (await t.db.introspection.getTables()).filter((table) => !OUTSIDE_DATABASE.test(table.name));
      const migrated: Declared = new Map();
      for (const table of tables) {
        // SQLite lets a primary key other than an integer rowid hold NULL unless declared NOT NULL (a quirk kept
        // for compatibility); the application always writes it, so a primary key counts as not null.
        const keys =
          dialect === 'sqlite'
            ? new Set(
                (
                  await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${table.name})`.execute(t.db)
                ).rows
                  .filter((c) => c.pk > 0)
                  .map((c) => c.name),
              )
            : new Set<string>();
        const columns = table.columns.filter((c) => !DIALECT_ONLY[dialect]?.includes(`${camel(table.name)}.${camel(c.name)}`));
        migrated.set(camel(table.name), new Map(columns.map((c) => [camel(c.name), c.isNullable && !keys.has(c.name)])));
      }
      const describe = (schema: Declared) =>
        Object.fromEntries(
          [...schema]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([table, columns]) => [
              table,
              [...columns]
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([column, isNullable]) => `${column}${isNullable ? ' (null)' : ''}`),
            ]),
        );
      expect(describe(declared)).toEqual(describe(migrated));
    });
  });
}
