import { type RawBuilder, sql } from 'kysely';

/**
 * `column` contains `text`, case-insensitively (Æ/Ø/Å included on both databases: the SQLite connection
 * replaces `lower()` with a Unicode-aware one), with `%`, `_` and `\` in the text taken literally.
 */
export function containsIgnoringCase(column: string, text: string): RawBuilder<boolean> {
  const needle = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${needle} escape '\\'`;
}
