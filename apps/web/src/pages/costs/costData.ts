import type { Problem, YearAmount } from '@overblik/api';

/** A problem found in a project description: where (`$.model.rate`) and what, in Danish. */
export type PathProblem = { path: string; message: string };

/**
 * A field named by the server as the JSON path the cost-sharing rules use (`$.members[2].exitOn`), or as a JSON
 * pointer as the request validation does (`/members/2/exitOn`): always as the JSON path.
 */
export function toJsonPath(field: string): string {
  if (field.startsWith('$')) return field;
  const parts = field
    .split('/')
    .filter((p) => p !== '')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : `${path}.${part}`), '$');
}

/** The field problems of an API answer (validation, an invalid project, a plan that cannot be computed). */
export function problemsOf(problem: Pick<Problem, 'errors'> | undefined): PathProblem[] {
  return (problem?.errors ?? []).map((e) => ({ path: toJsonPath(e.field), message: e.message }));
}

/** Whether `path` is `prefix` or lies below it (`$.model.kink.factor` lies below `$.model`). */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** Every year that occurs in any of the lists, in order. */
export function yearsOf(lists: readonly (readonly YearAmount[])[]): number[] {
  return [...new Set(lists.flatMap((list) => list.map((y) => y.year)))].sort((a, b) => a - b);
}

/** The amount for a year, or "0.00" when the list has none (a member that pays nothing that year). */
export function amountFor(list: readonly YearAmount[], year: number): string {
  return list.find((y) => y.year === year)?.amount ?? '0.00';
}

/** A row per year, with zero for the years a list skips, so a chart and its table show the same years. */
export function yearRows(list: readonly YearAmount[], years: readonly number[] = yearsOf([list])): YearAmount[] {
  return years.map((year) => ({ year, amount: amountFor(list, year) }));
}

/** Whether an amount in kroner ("1234.50", "-3.00", "0.00") is above zero, read as text, never as a float. */
export function isPositive(amount: string): boolean {
  const value = amount.trim();
  return !value.startsWith('-') && /[1-9]/.test(value);
}

/** An item billed per unit outside a buffet (CPR-opslag), with the years its usage is known for. */
export type OutsideItem = { name: string; unitPrice: string; years: number[] };

/**
 * The items outside the buffet of a stored model (`{ kind: "buffet", outside: [{ name, unitPrice, usage }] }`);
 * none for other models. The model was checked when it was saved, so only its shape is read here.
 */
export function outsideItemsOf(model: Record<string, unknown>): OutsideItem[] {
  if (model.kind !== 'buffet' || !Array.isArray(model.outside)) return [];
  return model.outside.flatMap((item: { name?: unknown; unitPrice?: unknown; usage?: unknown }) => {
    if (typeof item?.name !== 'string') return [];
    const usage = typeof item.usage === 'object' && item.usage !== null ? Object.values(item.usage) : [];
    const years = new Set(usage.flatMap((perYear) => Object.keys(perYear ?? {}).map(Number)));
    return [{ name: item.name, unitPrice: String(item.unitPrice ?? ''), years: [...years].sort((a, b) => a - b) }];
  });
}

/** A place in a project as its parts: `$.members[2].exitOn` → ['members', 2, 'exitOn']. */
export function pathParts(path: string): (string | number)[] {
  return [...toJsonPath(path).matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

/**
 * A place in a project in words, for a person: a member by its name (the members in the project's order), the rest
 * by the words `word` gives for each part ("Kommune 101: indbyggertal", "model: sats").
 */
export function placeInWords(
  path: string,
  memberNames: readonly string[],
  word: (part: string) => string,
  memberByNumber: (n: number) => string,
): string {
  const parts = pathParts(path);
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    if (part === 'members' && typeof next === 'number') {
      words.push(memberNames[next] ?? memberByNumber(next + 1));
      i++;
    } else if (typeof part === 'number') words.push(String(part + 1));
    else if (part !== undefined) words.push(word(part));
  }
  return words.length === 0 ? word('project') : words.join(': ');
}
