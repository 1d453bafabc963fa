import type { FieldSpec, Fields, PlainFieldName } from '@overblik/core';
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
 * what a create or update request may send (every field optional; limits from the declaration) and what an
 * answer holds (every field present).
 */

type LiteralsOf<T extends readonly string[]> = { -readonly [K in keyof T]: TLiteral<T[K]> };

type ResponseSchema<S> = S extends { kind: 'text' | 'date' | 'decimal' | 'money' | 'option' }
  ? TUnion<[TString, TNull]>
  : S extends { kind: 'enum'; values: infer V extends readonly string[]; default: string }
    ? TUnion<LiteralsOf<V>>
    : S extends { kind: 'enum'; values: infer V extends readonly string[] }
      ? TUnion<[TUnion<LiteralsOf<V>>, TNull]>
      : S extends { kind: 'months' }
        ? TUnion<[TInteger, TNull]>
        : S extends { kind: 'yesNo' }
          ? TBoolean
          : never;

export type RequestSchemas<F extends Fields> = { [N in PlainFieldName<F>]: TOptional<ResponseSchema<F[N]>> };
export type ResponseSchemas<F extends Fields> = { [N in PlainFieldName<F>]: ResponseSchema<F[N]> };

function enumSchema(spec: Extract<FieldSpec, { kind: 'enum' }>) {
  const union = Literals(spec.values, spec.description ? { description: spec.description } : undefined);
  return spec.default === undefined ? Nullable(union) : union;
}

function requestSchemaOf(spec: FieldSpec): Type.TSchema {
  const described = spec.description ? { description: spec.description } : {};
  switch (spec.kind) {
    case 'text':
      return Nullable(Type.String({ maxLength: spec.max }));
    case 'option':
      return Nullable(OptionKey);
    case 'enum':
      return enumSchema(spec);
    case 'date':
      return Nullable(CalendarDate);
    case 'months':
      return Nullable(Type.Integer({ minimum: spec.min, maximum: spec.max }));
    case 'money':
      return Nullable(Amount);
    case 'decimal':
      return Nullable(Decimal);
    case 'yesNo':
      return Type.Boolean(described);
    case 'custom':
      throw new Error('a custom field has no derived schema');
  }
}

function responseSchemaOf(spec: FieldSpec): Type.TSchema {
  switch (spec.kind) {
    case 'text':
      return Nullable(spec.description ? Type.String({ description: spec.description }) : Type.String());
    case 'option':
      return Nullable(OptionKey);
    case 'enum':
      return enumSchema(spec);
    case 'date':
      return Nullable(CalendarDate);
    case 'months':
      return Nullable(Type.Integer());
    case 'money':
      return Nullable(Money);
    case 'decimal':
      return Nullable(Decimal);
    case 'yesNo':
      return Type.Boolean();
    case 'custom':
      throw new Error('a custom field has no derived schema');
  }
}

/** The request schemas of the plain fields, each optional (a PATCH sends only what changes). */
export function requestSchemas<F extends Fields>(fields: F): RequestSchemas<F> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, spec]) => spec.kind !== 'custom')
      .map(([name, spec]) => [name, Type.Optional(requestSchemaOf(spec))]),
  ) as unknown as RequestSchemas<F>;
}

/** The answer's schemas of the plain fields. */
export function responseSchemas<F extends Fields>(fields: F): ResponseSchemas<F> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, spec]) => spec.kind !== 'custom')
      .map(([name, spec]) => [name, responseSchemaOf(spec)]),
  ) as unknown as ResponseSchemas<F>;
}
