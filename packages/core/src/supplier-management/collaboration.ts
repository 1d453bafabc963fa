/**
 * A supplier's collaboration organisation (samarbejdsorganisation, Drejebog level 2): ordered levels, at each the
 * organisation's people and the supplier's contacts "mirrored" against each other, the forum that meets there and
 * the escalation path upwards. The default levels are created with one action; their names can be changed.
 */

export const DEFAULT_COLLABORATION_LEVELS = [
  { key: 'strategisk', da: 'Strategisk', en: 'Strategic' },
  { key: 'taktisk', da: 'Taktisk', en: 'Tactical' },
  { key: 'operationelt', da: 'Operationelt', en: 'Operational' },
] as const;

export type MirrorSide = { name: string; role: string | null };
export type MirrorRow<O extends MirrorSide, T extends MirrorSide> = { ours: O | null; theirs: T | null };

const roleKey = (role: string | null) => (role ?? '').trim().toLocaleLowerCase('da');

/**
 * Our people and the supplier's contacts at one level side by side: the pairs with the same role text first (in
 * our order), then the rest row by row in their own order, so a reader sees which of our roles meets which of
 * theirs and who has no counterpart.
 */
export function mirrorParticipants<O extends MirrorSide, T extends MirrorSide>(
  ours: readonly O[],
  theirs: readonly T[],
): MirrorRow<O, T>[] {
  const rows: MirrorRow<O, T>[] = [];
  const left: O[] = [];
  const remaining = [...theirs];
  for (const person of ours) {
    const key = roleKey(person.role);
    const match = key === '' ? -1 : remaining.findIndex((c) => roleKey(c.role) === key);
    if (match === -1) left.push(person);
    else rows.push({ ours: person, theirs: remaining.splice(match, 1)[0] ?? null });
  }
  for (let i = 0; i < Math.max(left.length, remaining.length); i++) {
    rows.push({ ours: left[i] ?? null, theirs: remaining[i] ?? null });
  }
  return rows;
}
