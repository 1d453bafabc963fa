import {
  canonicalDecimal,
  defaultApiValue,
  type FieldSpec,
  type Fields,
  isRequired,
  kronerToOre,
  oreToDecimalString,
} from '@overblik/core';
import { blankToNull } from './text.js';

/**
 * A register's plain fields (packages/core `fields.ts`) between the API's form and the stored one, by their
 * kind alone: text trimmed (blank is none), money in øre, decimals in canonical form, yes/no as 1/0.
 */

type Value = string | number | boolean | bigint | null;

/** A field's value from a request as the database stores it. */
export function storedValueOf(spec: FieldSpec, value: Value): Value {
  if (value === null) return null;
  switch (spec.kind) {
    case 'text':
      return blankToNull(String(value));
    case 'decimal':
      return canonicalDecimal(String(value));
    case 'money':
      return kronerToOre(String(value));
    case 'yesNo':
      return value ? 1 : 0;
    default:
      return value;
  }
}

/** A stored field's value as the API answers it. */
export function apiValueOf(spec: FieldSpec, value: Value): Value {
  if (spec.kind === 'yesNo') return value === 1 || value === true;
  if (value === null) return null;
  if (spec.kind === 'money') return oreToDecimalString(BigInt(value as bigint));
  return value;
}

/** The plain fields a request sends, as stored values (fields left out stay out: a PATCH changes only those). */
export function storedValuesOf(fields: Fields, input: Readonly<Record<string, unknown>>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [name, spec] of Object.entries(fields)) {
    const value = input[name];
    if (spec.kind !== 'custom' && value !== undefined) out[name] = storedValueOf(spec, value as Value);
  }
  return out;
}

/**
 * A new object's plain fields as stored when the request says nothing of them (`defaultApiValue`); a required
 * field is left out: the request names it.
 */
export function storedDefaultsOf(fields: Fields): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.kind !== 'custom' && !isRequired(spec)) out[name] = storedValueOf(spec, defaultApiValue(spec));
  }
  return out;
}

/** Every plain field of a stored row, as the API answers it. */
export function apiValuesOf(fields: Fields, row: Readonly<Record<string, unknown>>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.kind !== 'custom') out[name] = apiValueOf(spec, row[name] as Value);
  }
  return out;
}
