import type * as Api from '@overblik/api';
import {
  DEFAULT_OPTIONS,
  OPTION_LISTS,
  type OptionList,
  type OptionOverride,
  optionKeyFor,
  resolveOptionList,
} from '@overblik/core';
import {
  type Executor,
  findOptionOverride,
  insertAudited,
  listOptionOverrides,
  type OptionValueRow,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';

const toOverride = (row: OptionValueRow): OptionOverride => ({
  key: row.key,
  label: row.label,
  disabled: row.disabled === 1,
  custom: row.custom === 1,
  position: row.position,
});

export async function resolvedList(db: Executor, organisationId: string, list: OptionList, locale: Locale) {
  return resolveOptionList(list, (await listOptionOverrides(db, organisationId, list)).map(toOverride), locale);
}

export async function listOptionLists(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  locale: Locale,
): Promise<Api.OptionListsResponse> {
  requireOrganisation(caller, 'read', organisationId);
  const rows = await listOptionOverrides(deps.db, organisationId);
  const lists = Object.fromEntries(
    OPTION_LISTS.map((list) => [list, resolveOptionList(list, rows.filter((r) => r.list === list).map(toOverride), locale)]),
  );
  return { lists };
}

/** Adds a value of the organisation's own to a list; its key is made from the label and never changes. */
export async function addOption(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  list: OptionList,
  input: Api.AddOptionRequest,
  locale: Locale,
): Promise<Api.OptionValue> {
  requireOrganisation(caller, 'admin', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const overrides = await listOptionOverrides(trx, organisationId, list);
    const taken = new Set([...DEFAULT_OPTIONS[list].map((d) => d.key), ...overrides.map((o) => o.key)]);
    const key = optionKeyFor(input.label, taken);
    await insertOverride(trx, caller, organisationId, list, key, {
      label: input.label.trim(),
      custom: 1,
      position: Math.max(0, ...overrides.map((o) => o.position)) + 1,
    });
    return valueByKey(await resolvedList(trx, organisationId, list, locale), key);
  });
}

/** Renames, disables or enables a value, a default or the organisation's own. */
export async function updateOption(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  list: OptionList,
  key: string,
  input: Api.UpdateOptionRequest,
  locale: Locale,
): Promise<Api.OptionValue> {
  requireOrganisation(caller, 'admin', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const existing = await findOptionOverride(trx, organisationId, list, key);
    const patch = {
      ...(input.label !== undefined && { label: input.label.trim() }),
      ...(input.disabled !== undefined && { disabled: input.disabled ? 1 : 0 }),
    };
    if (existing) {
      await updateAudited(trx, caller.audit, 'optionValues', { id: existing.id, organisationId }, patch);
    } else {
      if (!DEFAULT_OPTIONS[list].some((d) => d.key === key)) throw new AppError('option_not_found');
      await insertOverride(trx, caller, organisationId, list, key, patch);
    }
    return valueByKey(await resolvedList(trx, organisationId, list, locale), key);
  });
}

/** Records the organisation's first change to a value (a default renamed or disabled, or a value of its own). */
async function insertOverride(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  list: OptionList,
  key: string,
  fields: { label?: string | null; disabled?: number; custom?: number; position?: number },
) {
  const now = caller.audit.clock.now().toISOString();
  await insertAudited(trx, caller.audit, 'optionValues', {
    id: crypto.randomUUID(),
    organisationId,
    list,
    key,
    label: fields.label ?? null,
    disabled: fields.disabled ?? 0,
    custom: fields.custom ?? 0,
    position: fields.position ?? 0,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * Checks a value chosen for an object: it must be in the list and enabled, unless the object already
 * had it (a disabled value stays on the objects that use it).
 */
export async function checkOption(
  db: Executor,
  organisationId: string,
  list: OptionList,
  key: string | null | undefined,
  field: string,
  current: string | null = null,
): Promise<void> {
  if (key === null || key === undefined || key === current) return;
  const value = (await resolvedList(db, organisationId, list, 'da')).find((v) => v.key === key);
  if (!value || value.disabled) throw invalidFields({ field, code: 'unknown_option' });
}

function valueByKey(list: Api.OptionValue[], key: string): Api.OptionValue {
  const value = list.find((v) => v.key === key);
  if (!value) throw new AppError('option_not_found');
  return value;
}
