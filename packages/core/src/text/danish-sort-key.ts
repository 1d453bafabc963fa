/**
 * A text key that sorts as Danish readers expect when compared byte by byte (as an index does):
 * case-insensitive, with Æ/Ä, Ø/Ö and Å/Aa after Z in that order, as `Intl.Collator('da')` orders names.
 * The three letters become the ASCII characters after `z` (`{`, `|`, `}`). The database's
 * `danishSortKey(column)` computes the same key in SQL; the contract list stores it in an indexed column.
 */
export function danishSortKeyOf(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('aa', '}')
    .replaceAll('å', '}')
    .replaceAll('ø', '|')
    .replaceAll('ö', '|')
    .replaceAll('æ', '{')
    .replaceAll('ä', '{');
}
