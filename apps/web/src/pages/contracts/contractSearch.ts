import type { ContractQuery } from '@overblik/api';
import { CONTRACT_SORTS, CONTRACT_STATUSES, type ContractSort, type ContractSortColumn } from '@overblik/core';
import type { ContractListQuery } from '../../api/contracts.ts';

/** The contract list's search, filters, sort and page in the address, so links and the back button keep them. */
export type ContractSearch = {
  q?: string | undefined;
  supplierId?: string | undefined;
  contractType?: string | undefined;
  status?: NonNullable<ContractQuery['status']> | undefined;
  responsibleUserId?: string | undefined;
  unitId?: string | undefined;
  agreementElement?: string | undefined;
  tag?: string | undefined;
  endsWithinDays?: number | undefined;
  noticeWithinDays?: number | undefined;
  sort?: ContractSort | undefined;
  offset?: number | undefined;
};

export type SortField = ContractSortColumn;

export const STATUSES = CONTRACT_STATUSES;

export const DEFAULT_SORT: ContractSort = 'number';
export const PAGE_SIZE = 50;

export function validateContractSearch(search: Record<string, unknown>): ContractSearch {
  // The router parses `?q=2024` as a number; a search for a contract number is still text.
  const text = (value: unknown) => {
    const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    return s || undefined;
  };
  const count = (value: unknown) => {
    const n = Number(value);
    return value !== '' && value !== null && Number.isInteger(n) && n >= 0 ? n : undefined;
  };
  const sort = CONTRACT_SORTS.find((s) => s === search.sort);
  const offset = count(search.offset);
  const days = (value: unknown) => {
    const n = count(value);
    return n !== undefined && n <= 36_500 ? n : undefined;
  };
  return {
    q: text(search.q),
    supplierId: text(search.supplierId),
    contractType: text(search.contractType),
    status: STATUSES.find((s) => s === search.status),
    responsibleUserId: text(search.responsibleUserId),
    unitId: text(search.unitId),
    agreementElement: text(search.agreementElement),
    tag: text(search.tag),
    endsWithinDays: days(search.endsWithinDays),
    noticeWithinDays: days(search.noticeWithinDays),
    sort: sort === DEFAULT_SORT ? undefined : sort,
    offset: offset ? offset : undefined,
  };
}

/** The API query for a list search (filters left out when not set). */
export function contractQueryOf(search: ContractSearch): ContractListQuery {
  const { sort, offset, ...filters } = search;
  const query: ContractListQuery = { sort: sort ?? DEFAULT_SORT, limit: PAGE_SIZE, offset: offset ?? 0 };
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined) Object.assign(query, { [key]: value });
  }
  return query;
}

/** Whether any filter narrows the list (to tell "no contracts yet" from "none match"). */
export function isFiltered(search: ContractSearch): boolean {
  const { sort: _sort, offset: _offset, ...filters } = search;
  return Object.values(filters).some((v) => v !== undefined);
}
