import * as Api from '@overblik/api';
import { getPreference as readPreference, putPreference as writePreference } from '@overblik/db';
import type { ValidateFunction } from 'ajv';
import type { Caller, Deps } from '../../context.js';
import { invalidFields } from '../../errors/app-error.js';
import { type AjvError, fieldErrorsOf } from '../../http/problem.js';
import { bodyValidator } from '../../http/validation.js';

/** The largest preference value kept, as JSON text. */
const MAX_PREFERENCE_BYTES = 10_000;

const validators = new Map<Api.PreferenceKey, ValidateFunction>();
function validatorOf(key: Api.PreferenceKey): ValidateFunction {
  const known = validators.get(key);
  if (known) return known;
  const compiled: ValidateFunction = bodyValidator.compile(Api.PREFERENCE_VALUES[key]);
  validators.set(key, compiled);
  return compiled;
}

/** A person's own setting; null when never set. Settings are the person's, not an organisation's. */
export async function getPreference(deps: Deps, caller: Caller, key: Api.PreferenceKey): Promise<Api.Preference> {
  return { key, value: await readPreference(deps.db, caller.user.id, key) };
}

/** Keeps a setting, if its value has the shape its key declares (`PREFERENCE_VALUES`). */
export async function putPreference(deps: Deps, caller: Caller, key: Api.PreferenceKey, value: unknown): Promise<Api.Preference> {
  if (value === undefined) throw invalidFields({ field: '/value', code: 'required' });
  const validate = validatorOf(key);
  if (!validate(value)) {
    const errors = fieldErrorsOf((validate.errors ?? []) as AjvError[], 'body');
    throw invalidFields(...errors.map((e) => ({ ...e, field: `/value${e.field === '/' ? '' : e.field}` })));
  }
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_PREFERENCE_BYTES) throw invalidFields({ field: '/value', code: 'too_long' });
  await writePreference(deps.db, caller.user.id, key, value, deps.clock.now().toISOString());
  return { key, value };
}
