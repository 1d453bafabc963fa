import type { PreferenceKey } from '@overblik/api';
import { CONTRACT_SORT_COLUMNS } from '@overblik/core';
import type { SortField } from './contractSearch.ts';

/** Columns a person may show or hide in the contract list: every sortable column but number and name, always shown. */
export type OptionalColumn = Exclude<SortField, 'number' | 'name'>;
export const OPTIONAL_COLUMNS = CONTRACT_SORT_COLUMNS.filter((c): c is OptionalColumn => c !== 'number' && c !== 'name');

export const DEFAULT_COLUMNS: readonly OptionalColumn[] = ['supplierName', 'contractType', 'status', 'endsOn', 'annualCost'];

/** The preference key under which the chosen columns are kept (`GET/PUT /me/preferences/{key}`). */
export const COLUMNS_PREFERENCE: PreferenceKey = 'contracts.columns';

/** The chosen columns from a stored preference, in the list's own order; the defaults when never chosen. */
export function columnsOf(value: unknown): readonly OptionalColumn[] {
  if (!Array.isArray(value)) return DEFAULT_COLUMNS;
  return OPTIONAL_COLUMNS.filter((c) => value.includes(c));
}
