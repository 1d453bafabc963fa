/** Items grouped by a key, each group in the items' order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The items with the first of each key only, in the items' order. */
export function distinctBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...groupBy(items, key).values()].map((group) => group[0] as T);
}
