import type { PreferenceKey } from '@overblik/api';
import type { SortField } from './contractSearch.ts';

/** Columns a person may show or hide in the contract list; number and name are always shown. */
export const OPTIONAL_COLUMNS = [
  'supplierName',
  'contractType',
  'status',
  'inForceFrom',
  'endsOn',
  'annualCost',
  'totalValue',
  'criticality',
  'updatedAt',
  'latestNoticeDate',
  'nextOptionDeadline',
] as const satisfies readonly SortField[];
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

export const DEFAULT_COLUMNS: readonly OptionalColumn[] = ['supplierName', 'contractType', 'status', 'endsOn', 'annualCost'];

/** The preference key under which the chosen columns are kept (`GET/PUT /me/preferences/{key}`). */
export const COLUMNS_PREFERENCE: PreferenceKey = 'contracts.columns';

/** The chosen columns from a stored preference, in the list's own order; the defaults when never chosen. */
export function columnsOf(value: unknown): readonly OptionalColumn[] {
  if (!Array.isArray(value)) return DEFAULT_COLUMNS;
  return OPTIONAL_COLUMNS.filter((c) => value.includes(c));
}
