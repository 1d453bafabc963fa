import { readFileSync } from 'node:fs';
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

/** The `Database` interface read with the TypeScript compiler: table → column → nullable. */
function declaredSchema(): Declared {
  const file = new URL('./schema.ts', import.meta.url);
  const source = ts.createSourceFile('schema.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const aliases = new Map<string, ts.TypeNode>();
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
    if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement.type);
  }
  const nullable = (node: ts.TypeNode): boolean => {
    if (ts.isUnionTypeNode(node)) return node.types.some(nullable);
    if (ts.isLiteralTypeNode(node)) return node.literal.kind === ts.SyntaxKind.NullKeyword;
    if (ts.isParenthesizedTypeNode(node)) return nullable(node.type);
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText(source);
      // Generated<T> and ColumnType<Select, …>: what a select gives.
      const first = node.typeArguments?.[0];
      if ((name === 'Generated' || name === 'ColumnType') && first) return nullable(first);
      const alias = aliases.get(name);
      if (alias) return nullable(alias);
    }
    return false;
  };
  const database = interfaces.get('Database');
  if (!database) throw new Error('schema.ts has no interface Database');
  const declared: Declared = new Map();
  for (const member of database.members) {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) continue;
    const table = interfaces.get(member.type.typeName.getText(source));
    if (!table) throw new Error(`schema.ts: no interface ${member.type.getText(source)}`);
    const columns = new Map<string, boolean>();
    for (const column of table.members) {
      if (ts.isPropertySignature(column) && column.type) columns.set(column.name.getText(source), nullable(column.type));
    }
    declared.set(member.name.getText(source), columns);
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
