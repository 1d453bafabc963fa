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

type ResponseSchema<S> = S extends { kind: 'date' }
  ? TUnion<[typeof CalendarDate, TNull]>
  : S extends { kind: 'text' | 'decimal' | 'money' | 'option' }
    ? TUnion<[TString, TNull]>
    : S extends { kind: 'enum'; values: infer V extends readonly string[]; default: string }
      ? TUnion<LiteralsOf<V>>
      : S extends { kind: 'enum'; values: infer V extends readonly string[] }
        ? TUnion<[TUnion<LiteralsOf<V>>, TNull]>
        : S extends { kind: 'months' | 'monthOfYear' }
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
      return Nullable(OptionKey);
    case 'enum':
      return enumSchema(spec);
    case 'date':
      return Nullable(CalendarDate);
    case 'months':
      return Nullable(request ? Type.Integer({ minimum: spec.min, maximum: spec.max }) : Type.Integer());
    case 'monthOfYear':
      return Nullable(
        request
          ? Type.Integer({ minimum: 1, maximum: 12, ...(spec.description && { description: spec.description }) })
          : Type.Integer(),
      );
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

/** The answer's schemas of the plain fields. */
export function responseSchemas<F extends Fields>(fields: F): ResponseSchemas<F> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, spec]) => spec.kind !== 'custom')
      .map(([name, spec]) => [name, schemaOf(spec, 'response')]),
  ) as unknown as ResponseSchemas<F>;
}
