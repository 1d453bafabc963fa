import type * as Api from '@overblik/api';
import { getPreference as readPreference, putPreference as writePreference } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { invalidFields } from '../../errors/app-error.js';

/** The largest preference value kept, as JSON text. */
const MAX_PREFERENCE_BYTES = 10_000;

/** A person's own setting; null when never set. Settings are the person's, not an organisation's. */
export async function getPreference(deps: Deps, caller: Caller, key: string): Promise<Api.Preference> {
  return { key, value: await readPreference(deps.db, caller.user.id, key) };
}

export async function putPreference(deps: Deps, caller: Caller, key: string, value: unknown): Promise<Api.Preference> {
  if (value === undefined || Buffer.byteLength(JSON.stringify(value)) > MAX_PREFERENCE_BYTES)
    throw invalidFields({ field: '/value', code: value === undefined ? 'required' : 'too_long' });
  await writePreference(deps.db, caller.user.id, key, value);
  return { key, value };
}
