/** A money column as read (both drivers return integer øre as a number or a string) as exact øre. */
export function toOre(value: number | string | bigint | null): bigint | null {
  return value === null ? null : BigInt(value);
}
