import type * as Api from '@overblik/api';
import {
  type CalendarDate,
  type Clock,
  CONTRACT_FIELDS,
  CONTRACT_PLAIN_FIELDS,
  type ContractDeadlines,
  type ContractPlainField,
  contractDeadlines,
  contractTermProblems,
  type DeadlineOption,
  type DeadlineTerms,
  danishSortKeyOf,
  defaultApiValue,
  type OptionList,
  RESPONSIBILITY_FIELDS,
} from '@overblik/core';
import {
  type Contract,
  type ContractMoneyField,
  type ContractRow,
  contractAncestors,
  type Executor,
  findContractByNumber,
  findMembership,
  getContract,
  getSupplier,
  getUnit,
} from '@overblik/db';
import { AppError, type FieldError, invalidFields } from '../../errors/app-error.js';
import { storedValuesOf } from '../fields.js';
import { resolvedList } from '../option-lists/option-lists.js';

/** The stored columns a contract request may set (everything but id, organisation and bookkeeping). */
export type ContractValues = Partial<
  Omit<ContractRow, 'id' | 'organisationId' | 'nameSort' | 'endsOn' | 'createdAt' | 'updatedAt' | ContractMoneyField>
> &
  Partial<Record<ContractMoneyField, bigint | null>>;

/**
 * A create or update request as stored values: the plain fields by their kind (`storedValuesOf`: text trimmed,
 * blank is null; money in øre; decimals in canonical form), lists as JSON text. Fields left out of the request
 * stay out (PATCH).
 */
export function contractValuesOf(input: Api.UpdateContractRequest): ContractValues {
  const out: Record<string, unknown> = storedValuesOf(CONTRACT_FIELDS, input);
  if (input.number !== undefined) out.number = input.number.trim();
  if (input.name !== undefined) out.name = input.name.trim();
  for (const field of CUSTOM_PASS_THROUGH) {
    if (input[field] !== undefined) out[field] = input[field];
  }
  if (input.agreementElements !== undefined) out.agreementElements = JSON.stringify([...new Set(input.agreementElements)]);
  if (input.tags !== undefined) out.tags = JSON.stringify(uniqueTags(input.tags));
  if (input.links !== undefined)
    out.links = JSON.stringify(input.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })));
  return out as ContractValues;
}

/** The fields that are not plain fields of the declaration but are stored as sent. */
const CUSTOM_PASS_THROUGH = [
  'supplierId',
  'parentId',
  'responsibleUnitId',
  'termKind',
  'termMonths',
  'termEndsOn',
  'currency',
  'priceIndexBaseMonth',
  'priceRegulationDate',
] as const;

/** Tags trimmed, blank ones dropped, and the same tag (in any case) kept once, as first written. */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase('da');
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** The contract's state after a change: stored row values with the change applied. */
export type ContractState = Omit<ContractRow, ContractMoneyField> & Record<ContractMoneyField, bigint | null>;

/**
 * Every field of a contract at its default, in the API's form: what a new contract has unless the request
 * says otherwise (also what the demo resets its contracts to).
 */
export const CONTRACT_DEFAULTS: Required<Omit<Api.UpdateContractRequest, 'number' | 'name' | 'responsibilities'>> = {
  ...(Object.fromEntries(CONTRACT_PLAIN_FIELDS.map((name) => [name, defaultApiValue(CONTRACT_FIELDS[name])])) as Pick<
    Required<Api.UpdateContractRequest>,
    ContractPlainField
  >),
  supplierId: null,
  parentId: null,
  agreementElements: [],
  tags: [],
  responsibleUnitId: null,
  termKind: 'ongoing',
  termMonths: null,
  termEndsOn: null,
  currency: 'DKK',
  priceIndexBaseMonth: null,
  priceRegulationDate: null,
  links: [],
};

export function defaultContractState(organisationId: string, values: ContractValues, clock: Clock): ContractState {
  const now = clock.now().toISOString();
  const state = {
    id: crypto.randomUUID(),
    organisationId,
    number: '',
    name: '',
    nameSort: '',
    endsOn: null,
    currentTermEnd: null,
    latestNoticeDate: null,
    earliestEnd: null,
    nextOptionDeadline: null,
    nextPriceRegulation: null,
    deadlinesOn: null,
    createdAt: now,
    updatedAt: now,
    ...contractValuesOf(CONTRACT_DEFAULTS),
    ...values,
  } as ContractState;
  return withDerived(state, [], clock.today());
}

export function stateOf(contract: Contract): ContractState {
  const { supplierName: _supplierName, ...rest } = contract;
  return {
    ...rest,
    agreementElements: JSON.stringify(contract.agreementElements),
    tags: JSON.stringify(contract.tags),
    links: JSON.stringify(contract.links),
  };
}

/** Fills the derived columns: the Danish sort key of the name, the end and the deadlines for `day`. */
export function withDerived(state: ContractState, options: readonly DeadlineOption[], day: CalendarDate): ContractState {
  return withDeadlines(state, contractDeadlines(deadlineTermsOf(state), options, day), day);
}

/** Fills the derived columns from deadlines already computed for `day`. */
export function withDeadlines(state: ContractState, d: ContractDeadlines, day: CalendarDate): ContractState {
  return {
    ...state,
    nameSort: danishSortKeyOf(state.name),
    endsOn: d.finalEnd,
    currentTermEnd: d.currentTermEnd,
    latestNoticeDate: d.latestNoticeDate,
    earliestEnd: d.earliestEnd,
    nextOptionDeadline: d.optionDeadlines[0]?.deadline ?? null,
    nextPriceRegulation: d.nextPriceRegulation,
    deadlinesOn: day,
  };
}

/** The terms the deadline rules read, from a stored contract. */
export function deadlineTermsOf(c: Omit<ContractRow, ContractMoneyField>): DeadlineTerms {
  return {
    inForceFrom: c.inForceFrom,
    termKind: c.termKind,
    termMonths: c.termMonths,
    termEndsOn: c.termEndsOn,
    renewal: c.renewal,
    renewalMonths: c.renewalMonths,
    irrevocableUntil: c.irrevocableUntil,
    noticeMonths: c.noticeMonths,
    noticePeriodEnd: c.noticePeriodEnd,
    noticeEndMonth: c.noticeEndMonth,
    earlyTermination: c.earlyTermination === 1,
    terminationGivenOn: c.terminationGivenOn,
    terminationEffectiveOn: c.terminationEffectiveOn,
    priceRegulationDate: c.priceRegulationDate,
  };
}

/** The fields whose values come from an option list, and the list. */
const OPTION_FIELDS = Object.entries(CONTRACT_FIELDS).flatMap(([name, spec]) =>
  spec.kind === 'option' ? [[name as keyof ContractState, spec.list] as const] : [],
);

/**
 * How the checks find what a contract refers to. The API looks in the database (`registerLookup`); an import
 * looks in what it has loaded of the organisation and what the file creates so far (so its checks need no query
 * per row, and a dry run sees the rows it would create as if written).
 */
export type RegisterLookup = {
  hasSupplier(id: string): Promise<boolean>;
  hasUnit(id: string): Promise<boolean>;
  hasContract(id: string): Promise<boolean>;
  /** The contracts above `contractId`, nearest first. */
  ancestors(contractId: string): Promise<string[]>;
  contractIdWithNumber(number: string): Promise<string | null>;
  /** An option list's value by key (the organisation's own list merged with the defaults), or null. */
  option(list: OptionList, key: string): Promise<{ disabled: boolean } | null>;
  isMember(userId: string): Promise<boolean>;
};

/** The register's lookups in the database, for one organisation. */
export function registerLookup(db: Executor, organisationId: string): RegisterLookup {
  return {
    hasSupplier: async (id) => (await getSupplier(db, organisationId, id)) !== undefined,
    hasUnit: async (id) => (await getUnit(db, organisationId, id)) !== undefined,
    hasContract: async (id) => (await getContract(db, organisationId, id)) !== undefined,
    ancestors: (id) => contractAncestors(db, organisationId, id),
    contractIdWithNumber: async (number) => (await findContractByNumber(db, organisationId, number))?.id ?? null,
    option: async (list, key) => (await resolvedList(db, organisationId, list, 'da')).find((v) => v.key === key) ?? null,
    isMember: async (userId) => (await findMembership(db, organisationId, userId)) !== undefined,
  };
}

async function checkOptionIn(
  lookup: RegisterLookup,
  list: OptionList,
  key: string | null | undefined,
  field: string,
  current: string | null = null,
): Promise<FieldError | null> {
  if (key === null || key === undefined || key === current) return null;
  const value = await lookup.option(list, key);
  return !value || value.disabled ? { field, code: 'unknown_option' } : null;
}

/**
 * Everything a contract must satisfy before it is written, given its state after the change and before it
 * (null when new): consistent terms, option values that exist (a disabled value may stay where it is), and
 * references (supplier, unit, parent) inside the organisation. Field errors are collected and thrown together.
 */
export async function checkContract(lookup: RegisterLookup, next: ContractState, current: ContractState | null): Promise<void> {
  const errors: FieldError[] = [];
  for (const problem of contractTermProblems(next)) {
    errors.push({ field: `/${problem.field}`, code: problem.problem === 'date_order' ? 'date_order' : problem.problem });
  }
  if (next.priceRegulation === 'index' && !next.priceIndex) errors.push({ field: '/priceIndex', code: 'required' });
  if (next.priceRegulation === 'fixed_percent' && !next.priceRegulationPercent)
    errors.push({ field: '/priceRegulationPercent', code: 'required' });
  if (next.priceRegulation !== 'fixed_percent' && next.priceRegulationPercent)
    errors.push({ field: '/priceRegulationPercent', code: 'not_allowed' });
  if (next.supplierId && next.supplierId !== current?.supplierId && !(await lookup.hasSupplier(next.supplierId)))
    errors.push({ field: '/supplierId', code: 'unknown_reference' });
  if (
    next.responsibleUnitId &&
    next.responsibleUnitId !== current?.responsibleUnitId &&
    !(await lookup.hasUnit(next.responsibleUnitId))
  )
    errors.push({ field: '/responsibleUnitId', code: 'unknown_reference' });
  if (next.parentId && next.parentId !== current?.parentId && !(await lookup.hasContract(next.parentId)))
    errors.push({ field: '/parentId', code: 'unknown_reference' });
  if (errors.length > 0) throw invalidFields(...errors);

  for (const [field, list] of OPTION_FIELDS) {
    const error = await checkOptionIn(
      lookup,
      list,
      next[field] as string | null,
      `/${field}`,
      (current?.[field] as string) ?? null,
    );
    if (error) throw invalidFields(error);
  }
  const had = new Set<string>(current ? (JSON.parse(current.agreementElements) as string[]) : []);
  for (const element of JSON.parse(next.agreementElements) as string[]) {
    const error = had.has(element) ? null : await checkOptionIn(lookup, 'agreement_element', element, '/agreementElements');
    if (error) throw invalidFields(error);
  }

  if (next.parentId && next.parentId !== current?.parentId) {
    if (next.parentId === next.id || (await lookup.ancestors(next.parentId)).includes(next.id))
      throw new AppError('contract_parent_invalid', [{ field: '/parentId', code: 'parent_invalid' }]);
  }
  if (next.number !== current?.number) {
    const holder = await lookup.contractIdWithNumber(next.number);
    if (holder && holder !== next.id) throw new AppError('contract_number_taken', [{ field: '/number', code: 'taken' }]);
  }
}

/** The named responsibilities: roles from the organisation's list (RESPONSIBILITY_FIELDS), persons who are its members, each pair once. */
export async function checkResponsibilities(
  lookup: RegisterLookup,
  responsibilities: readonly Api.ContractResponsibilityInput[],
  current: ReadonlyArray<{ role: string; userId: string }>,
): Promise<void> {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const existing = new Set(current.map((r) => r.role));
  const existingPairs = new Set(current.map((r) => `${r.role}:${r.userId}`));
  for (const [index, r] of responsibilities.entries()) {
    const pair = `${r.role}:${r.userId}`;
    if (seen.has(pair)) errors.push({ field: `/responsibilities/${index}`, code: 'duplicate' });
    seen.add(pair);
    // A responsibility already held may stay when its person has left the organisation (it shows who it was);
    // only new ones must name a member.
    if (!existingPairs.has(pair) && !(await lookup.isMember(r.userId)))
      errors.push({ field: `/responsibilities/${index}/userId`, code: 'not_a_member' });
  }
  if (errors.length > 0) throw invalidFields(...errors);
  for (const [index, r] of responsibilities.entries()) {
    const error = existing.has(r.role)
      ? null
      : await checkOptionIn(lookup, RESPONSIBILITY_FIELDS.role.list, r.role, `/responsibilities/${index}/role`);
    if (error) throw invalidFields(error);
  }
}
