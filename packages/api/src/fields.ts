import { type FieldSpec, type Fields, isRequired, mayBeEmpty, type PlainFieldName, type RequiredFieldName } from '@overblik/core';
import Type, {
  type TBoolean,
  type TInteger,
  type TLiteral,
  type TNull,
  type TOptional,
  type TString,
  type TUnion,
} from 'typebox';
import { Literals, Nullable } from './common.js';
import { OptionKey } from './option-lists.js';
import { Amount, CalendarDate, Decimal, Money } from './values.js';

/**
 * The API's schemas of a register's plain fields (packages/core `fields.ts`), derived from their declaration:
 * what a create or update request may send (every field optional but the required ones of a create request;
 * limits from the declaration) and what an answer holds (every field present). A field is nullable unless it may
 * not be empty (`mayBeEmpty`). The number kinds describe themselves in the request, text in the answer, an
 * enumeration in both.
 */

type LiteralsOf<T extends readonly string[]> = { -readonly [K in keyof T]: TLiteral<T[K]> };

type ResponseSchema<S> = S extends { kind: 'date' }
  ? TUnion<[typeof CalendarDate, TNull]>
  : S extends { kind: 'option'; required: true }
    ? TString
    : S extends { kind: 'text' | 'decimal' | 'money' | 'option' }
      ? TUnion<[TString, TNull]>
      : S extends
            | { kind: 'enum'; values: infer V extends readonly string[]; default: string }
            | { kind: 'enum'; values: infer V extends readonly string[]; required: true }
        ? TUnion<LiteralsOf<V>>
        : S extends { kind: 'enum'; values: infer V extends readonly string[] }
          ? TUnion<[TUnion<LiteralsOf<V>>, TNull]>
          : S extends { kind: 'integer'; default: number }
            ? TInteger
            : S extends { kind: 'months' | 'integer' | 'monthOfYear' }
              ? TUnion<[TInteger, TNull]>
              : S extends { kind: 'yesNo' }
                ? TBoolean
                : never;

export type RequestSchemas<F extends Fields> = { [N in PlainFieldName<F>]: TOptional<ResponseSchema<F[N]>> };
/** A create request's: the required fields must be sent. */
export type CreateRequestSchemas<F extends Fields> = {
  [N in Exclude<PlainFieldName<F>, RequiredFieldName<F>>]: TOptional<ResponseSchema<F[N]>>;
} & { [N in PlainFieldName<F> & RequiredFieldName<F>]: ResponseSchema<F[N]> };
export type ResponseSchemas<F extends Fields> = { [N in PlainFieldName<F>]: ResponseSchema<F[N]> };

/** The schema, or it or null when the field may be empty. */
const orNull = (spec: FieldSpec, schema: Type.TSchema) => (mayBeEmpty(spec) ? Nullable(schema) : schema);

/** A whole number: its limits and description in a request, none in an answer. */
function integerSchema(spec: { min: number; max: number; description?: string }, request: boolean) {
  if (!request) return Type.Integer();
  return Type.Integer({
    minimum: spec.min,
    maximum: spec.max,
    ...(spec.description && { description: spec.description }),
  });
}

/** A plain field's schema in a request (limits, what may be sent) or in an answer (what is stored). */
function schemaOf(spec: FieldSpec, use: 'request' | 'response'): Type.TSchema {
  const request = use === 'request';
  switch (spec.kind) {
    case 'text':
      return Nullable(
        request
          ? Type.String({ maxLength: spec.max })
          : spec.description
            ? Type.String({ description: spec.description })
            : Type.String(),
      );
    case 'option':
      return orNull(spec, OptionKey);
    case 'enum':
      return orNull(spec, Literals(spec.values, spec.description ? { description: spec.description } : undefined));
    case 'date':
      return Nullable(CalendarDate);
    case 'months':
    case 'integer':
      return orNull(spec, integerSchema(spec, request));
    case 'monthOfYear':
      return Nullable(integerSchema({ min: 1, max: 12, ...(spec.description && { description: spec.description }) }, request));
    case 'money':
      return Nullable(request ? Amount : Money);
    case 'decimal':
      return Nullable(Decimal);
    case 'yesNo':
      return request && spec.description ? Type.Boolean({ description: spec.description }) : Type.Boolean();
    case 'custom':
      throw new Error('a custom field has no derived schema');
  }
}

/** The request schemas of the plain fields, each optional (a PATCH sends only what changes). */
export function requestSchemas<F extends Fields>(fields: F): RequestSchemas<F> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, spec]) => spec.kind !== 'custom')
      .map(([name, spec]) => [name, Type.Optional(schemaOf(spec, 'request'))]),
  ) as unknown as RequestSchemas<F>;
}

/** The request schemas of the plain fields for a new object: the required ones must be sent, the rest may be. */
export function createRequestSchemas<F extends Fields>(fields: F): CreateRequestSchemas<F> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, spec]) => spec.kind !== 'custom')
      .map(([name, spec]) => {
        const schema = schemaOf(spec, 'request');
        return [name, isRequired(spec) ? schema : Type.Optional(schema)];
      }),
  ) as unknown as CreateRequestSchemas<F>;
}

/** The answer's schemas of the plain fields. */
export function responseSchemas<F extends Fields>(fields: F): ResponseSchemas<F> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, spec]) => spec.kind !== 'custom')
      .map(([name, spec]) => [name, schemaOf(spec, 'response')]),
  ) as unknown as ResponseSchemas<F>;
}
