export type FieldChange = { before: unknown; after: unknown };
export type ChangeSet = Record<string, FieldChange>;
export type Row = Readonly<Record<string, unknown>>;

/**
 * Fields that never enter an audit record: secrets, bookkeeping that every write touches, derived sort keys,
 * a contract's deadlines computed for a day (they move with the calendar, not with anyone's change; the
 * terms they follow from are audited), the wording of an invoice check's findings, and a cost project's problems.
 */
export const NEVER_AUDITED = new Set([
  'passwordHash',
  'tokenHash',
  'updatedAt',
  'createdAt',
  'nameSort',
  'currentTermEnd',
  'latestNoticeDate',
  'earliestEnd',
  'nextOptionDeadline',
  'nextPriceRegulation',
  'deadlinesOn',
  'nextReminderOn',
  // An invoice check's full findings and explanations; their count, amount and severity are audited.
  'checkedAt',
  'deviations',
  'contractExplanation',
  // A cost project's problems: derived from its audited description and the imported (audited) populations.
  'problems',
]);

/**
 * The fields that differ between two versions of an object, with their before and after values.
 * A create is `diffFields(null, row)`, a delete `diffFields(row, null)`. Values are compared by their
 * JSON form, so an equal array or object is no change; `undefined` and `null` both mean "no value".
 */
export function diffFields(before: Row | null, after: Row | null, ignore: ReadonlySet<string> = NEVER_AUDITED): ChangeSet {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: ChangeSet = {};
  for (const key of [...keys].sort()) {
    if (ignore.has(key)) continue;
    const b = normalise(before?.[key]);
    const a = normalise(after?.[key]);
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  return value;
}
