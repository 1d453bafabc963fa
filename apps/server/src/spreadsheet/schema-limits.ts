import type { ValidateFunction } from 'ajv';
import type { TObject } from 'typebox';
import type { FieldErrorCode } from '../errors/catalog.js';
import { type AjvError, fieldErrorsOf } from '../http/problem.js';
import { bodyValidator } from '../http/validation.js';

/**
 * The limits of a field of an API request schema, read from the schema itself, so that an import refuses a
 * cell by the same limit as the API refuses the field (one declaration, in packages/api). A field the schema
 * does not limit is a mistake in the code, caught when the module is loaded.
 */
/** A field of the schema, by name (the compiler checks the name). */
type FieldOf<T extends TObject> = keyof T['properties'] & string;

/** The field's schema with its `null` alternative (Nullable) set aside. */
function fieldSchema(schema: TObject, field: string): Record<string, unknown> {
  const property = (schema.properties as Record<string, Record<string, unknown> | undefined>)[field];
  if (!property) throw new Error(`The schema has no field ${field}`);
  const anyOf = property.anyOf as Record<string, unknown>[] | undefined;
  return anyOf?.find((s) => s.type !== 'null') ?? property;
}

function limit(value: unknown, what: string, field: string): number {
  if (typeof value !== 'number') throw new Error(`The schema gives ${field} no ${what}`);
  return value;
}

/** The most characters the text field takes. */
export const maxLengthOf = <T extends TObject>(schema: T, field: FieldOf<T>) =>
  limit(fieldSchema(schema, field).maxLength, 'maxLength', field);

/** The most items the list field takes. */
export const maxItemsOf = <T extends TObject>(schema: T, field: FieldOf<T>) =>
  limit(fieldSchema(schema, field).maxItems, 'maxItems', field);

/** The most characters each item of the list field takes. */
export const itemMaxLengthOf = <T extends TObject>(schema: T, field: FieldOf<T>) =>
  limit((fieldSchema(schema, field).items as Record<string, unknown> | undefined)?.maxLength, 'item maxLength', field);

/**
 * Checks single fields of a request schema with the API's own validator, so an imported cell is refused by
 * the same rule (and named by the same code) as the field sent to the API: the code of the first problem, or
 * null. Each field's validator is compiled once, when first used.
 */
export function fieldChecker<T extends TObject>(schema: T): (field: FieldOf<T>, value: unknown) => FieldErrorCode | null {
  const validators = new Map<string, ValidateFunction>();
  const validatorOf = (field: string): ValidateFunction => {
    const known = validators.get(field);
    if (known) return known;
    const property = (schema.properties as Record<string, unknown>)[field];
    if (!property) throw new Error(`The schema has no field ${field}`);
    const validate = bodyValidator.compile({ type: 'object', properties: { [field]: property } });
    validators.set(field, validate);
    return validate;
  };
  return (field, value) => {
    const validate = validatorOf(field);
    if (validate({ [field]: value })) return null;
    return fieldErrorsOf((validate.errors ?? []) as AjvError[], 'body')[0]?.code ?? 'invalid_value';
  };
}
