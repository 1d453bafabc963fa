type Change = { before: unknown; after: unknown };

/**
 * Fields that only repeat another when both changed alike: an activity's recurrence anchor moves with its due day
 * when it happens once (and when a derived deadline moves), so the due day would be listed twice.
 */
const ECHOES: Readonly<Record<string, string>> = { anchorOn: 'dueOn' };

/**
 * Names recorded beside a person's id (who marked an activity done, who decided an invoice): the id is shown by the
 * person's name, so the recorded name would list the same person twice.
 */
const NAMES_OF: Readonly<Record<string, string>> = { doneByName: 'doneByUserId', decidedByName: 'decidedByUserId' };

/** The changes without those that repeat another change of the same event. */
export function withoutEchoes<C extends Change>(changes: Readonly<Record<string, C>>): Record<string, C> {
  return Object.fromEntries(
    Object.entries(changes).filter(([field, change]) => {
      const id = NAMES_OF[field];
      if (id !== undefined && changes[id] !== undefined) return false;
      const original = ECHOES[field] === undefined ? undefined : changes[ECHOES[field]];
      return !(original && original.before === change.before && original.after === change.after);
    }),
  );
}
