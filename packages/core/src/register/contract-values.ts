/**
 * The fixed value sets of a contract, each declared once, `as const`: the API's unions (`Literals` in
 * packages/api), the database's column types, the import's and export's labels (keyed by these values) and the
 * web app's choices are derived from them. Adding a value here makes the compiler point at every place that
 * must say something about it (a label, a rule).
 */

/** Derived from the dates (`contractStatus`), never typed by hand. */
export const CONTRACT_STATUSES = ['draft', 'active', 'under_termination', 'terminated', 'expired'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const TERM_KINDS = ['months', 'end_date', 'ongoing'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const RENEWALS = ['none', 'automatic', 'by_agreement'] as const;
export type Renewal = (typeof RENEWALS)[number];

/**
 * What notice runs to: the end of a month, quarter, half-year or year, or (`named_month`) the end of one given
 * month of the year (`noticeEndMonth`, 1–12), e.g. the end of February, or 30 June for a school or fiscal year.
 */
export const NOTICE_PERIOD_ENDS = ['month', 'quarter', 'half_year', 'year', 'named_month'] as const;
export type NoticePeriodEnd = (typeof NOTICE_PERIOD_ENDS)[number];

export const PRICE_REGULATION_KINDS = ['none', 'index', 'fixed_percent'] as const;
export type PriceRegulationKind = (typeof PRICE_REGULATION_KINDS)[number];

export const TRANSFERABILITIES = ['easy', 'moderate', 'difficult'] as const;
export type Transferability = (typeof TRANSFERABILITIES)[number];

export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];

export const DPA_REQUIREMENTS = ['yes', 'no', 'by_law'] as const;
export type DpaRequirement = (typeof DPA_REQUIREMENTS)[number];

export const CONTRACT_OPTION_KINDS = ['extension', 'purchase'] as const;
export type ContractOptionKind = (typeof CONTRACT_OPTION_KINDS)[number];

/** The columns the contract list can be sorted by; a leading `-` sorts descending. */
export const CONTRACT_SORT_COLUMNS = [
  'number',
  'name',
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
] as const;
export type ContractSortColumn = (typeof CONTRACT_SORT_COLUMNS)[number];
export type ContractSort = ContractSortColumn | `-${ContractSortColumn}`;

/** Every sort: each column ascending, then descending. */
export const CONTRACT_SORTS: readonly ContractSort[] = CONTRACT_SORT_COLUMNS.flatMap((c) => [c, `-${c}` as const]);
