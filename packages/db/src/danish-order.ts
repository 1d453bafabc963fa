import { type RawBuilder, sql } from 'kysely';

/**
 * A sort key that orders text as Danish readers expect on both databases (neither has a Danish
 * collation by default): case-insensitive, Æ/Ä, Ø/Ö and Å/Aa after Z in that order, as in
 * `Intl.Collator('da')`. Characters after `z` in ASCII stand in for the three letters.
 */
export function danishSortKey(column: string): RawBuilder<string> {
  const lowered = sql`lower(${sql.ref(column)})`;
  const replacements: Array<[string, string]> = [
    ['aa', '}'],
    ['å', '}'],
    ['ø', '|'],
    ['ö', '|'],
    ['æ', '{'],
    ['ä', '{'],
  ];
  return replacements.reduce<RawBuilder<string>>(
    (expr, [from, to]) => sql`replace(${expr}, ${from}, ${to})`,
    lowered as RawBuilder<string>,
  );
}
