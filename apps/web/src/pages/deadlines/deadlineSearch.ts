/** The deadlines page's view and filters in the address, so links, reloads and the back button keep them. */
export type DeadlineSearch = {
  /** The month calendar instead of the lists. */
  view?: 'calendar' | undefined;
  /** The calendar's month, `YYYY-MM` (this month when left out). */
  month?: string | undefined;
  type?: string | undefined;
  responsibleUserId?: string | undefined;
  supplierId?: string | undefined;
  unitId?: string | undefined;
};

/** The filters both views share, as the API takes them (only those set). */
export type DeadlineFilter = { type?: string; responsibleUserId?: string; supplierId?: string; unitId?: string };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function validateDeadlineSearch(search: Record<string, unknown>): DeadlineSearch {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const month = text(search.month);
  return {
    view: search.view === 'calendar' ? 'calendar' : undefined,
    month: month && MONTH.test(month) ? month : undefined,
    type: text(search.type),
    responsibleUserId: text(search.responsibleUserId),
    supplierId: text(search.supplierId),
    unitId: text(search.unitId),
  };
}

/** The filters that are set (others left out, so they are not sent). */
export function filterOf(search: DeadlineSearch): DeadlineFilter {
  const filter: DeadlineFilter = {};
  for (const key of ['type', 'responsibleUserId', 'supplierId', 'unitId'] as const) {
    const value = search[key];
    if (value !== undefined) filter[key] = value;
  }
  return filter;
}
