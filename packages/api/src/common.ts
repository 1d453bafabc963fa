import Type, { type Static, type TLiteral, type TSchemaOptions, type TUnion } from 'typebox';

type LiteralsOf<T extends readonly string[]> = { -readonly [K in keyof T]: TLiteral<T[K]> };

/**
 * A union of the string values of a list declared once (`as const`, in core): the schema is `anyOf` of one
 * `const` each, the static type the list's members.
 */
export function Literals<const T extends readonly string[]>(values: T, options?: TSchemaOptions): TUnion<LiteralsOf<T>> {
  return Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  ) as unknown as TUnion<LiteralsOf<T>>;
}

export const Uuid = Type.String({ format: 'uuid', description: 'UUID' });
export const Instant = Type.String({ format: 'date-time', description: 'ISO 8601 instant (UTC)' });
export const Nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const Email = Type.String({ format: 'email', minLength: 3, maxLength: 320 });
export const Name = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '\\S',
  description: 'At least one character that is not white space',
});
export const Locale = Type.Union([Type.Literal('da'), Type.Literal('en')]);

export const Role = Type.Union([Type.Literal('administrator'), Type.Literal('redaktør'), Type.Literal('læser')], {
  description: 'administrator: manages members, settings and tokens; redaktør: reads and writes; læser: reads',
});
export type Role = Static<typeof Role>;
export const TokenScope = Type.Union([Type.Literal('read'), Type.Literal('read-write')]);
export const OrganisationKind = Type.Union([Type.Literal('kommune'), Type.Literal('fællesskab'), Type.Literal('anden')]);

export const OrganisationIdParams = Type.Object({ organisationId: Uuid }, { additionalProperties: false });

/** A problem with one cell, row or sheet of an imported spreadsheet. */
export const ImportError = Type.Object({
  sheet: Type.String(),
  row: Nullable(Type.Integer({ description: 'Spreadsheet row number (the heading row is 1); null for the whole sheet' })),
  column: Nullable(Type.String({ description: 'Column heading; null for the whole row' })),
  code: Type.String(),
  message: Type.String(),
  value: Type.Optional(Type.String({ description: "The cell's text the problem concerns, where the message names it" })),
});
export type ImportError = Static<typeof ImportError>;

/** RFC 9457 problem details, with a stable machine code and the message in both languages. */
export const Problem = Type.Object({
  type: Type.String(),
  title: Type.String({ description: 'The message in the language the request asked for (Accept-Language)' }),
  status: Type.Integer(),
  code: Type.String({ description: 'Stable machine-readable error code' }),
  detail: Type.Optional(Type.String()),
  messages: Type.Object({ da: Type.String(), en: Type.String() }),
  errors: Type.Optional(
    Type.Array(
      Type.Object({
        field: Type.String({ description: 'JSON pointer to the field, e.g. /email' }),
        code: Type.String(),
        message: Type.String(),
      }),
    ),
  ),
  importErrors: Type.Optional(Type.Array(ImportError, { description: 'Every problem found in an imported file' })),
  requestId: Type.Optional(Type.String()),
});
export type Problem = Static<typeof Problem>;
