import Type, { type Static } from 'typebox';
import { Instant, Nullable, Uuid } from './common.js';

/** An object the audit trail speaks of, in words. */
export const AuditObject = Type.Object({
  type: Type.String({ description: 'Its entity type (contract, supplier, unit, user, price_element …)' }),
  id: Type.String(),
  name: Nullable(
    Type.String({
      description:
        "In words: a contract's number and name, a supplier's, unit's, price element's … name, a person's name. Null when not known here (an object of another organisation is never named).",
    }),
  ),
  deleted: Type.Boolean({ description: 'The object is gone; its name is the one recorded when it was deleted' }),
});
export type AuditObject = Static<typeof AuditObject>;

export const AuditEvent = Type.Object({
  id: Type.Integer(),
  organisationId: Nullable(Uuid),
  occurredAt: Instant,
  actor: Type.Object({
    type: Type.Union([Type.Literal('user'), Type.Literal('token'), Type.Literal('system')]),
    userId: Nullable(Uuid),
    tokenId: Nullable(Uuid),
    name: Type.String({
      description: "As recorded: a person's e-mail address, a token's name and its person's address, or the system",
    }),
    personName: Nullable(Type.String({ description: "The person's name today (of a person or a token's person)" })),
    tokenName: Nullable(Type.String({ description: "The API token's name today, when it acted through a token" })),
  }),
  action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('delete')]),
  entityType: Type.String(),
  entityId: Type.String(),
  subject: Type.Object(
    { ...AuditObject.properties, parent: Nullable(AuditObject) },
    {
      description:
        "The object the event concerns, in words, with the object it belongs to (a price element's contract, a contact's supplier)",
    },
  ),
  references: Type.Record(Type.String(), AuditObject, {
    description: 'The objects that the changes refer to by id (contractId, supplierId, unit, person …), by that id',
  }),
  changes: Type.Record(Type.String(), Type.Object({ before: Type.Unknown(), after: Type.Unknown() })),
  requestId: Nullable(Type.String()),
});
export type AuditEvent = Static<typeof AuditEvent>;

export const AuditQuery = Type.Object(
  {
    userId: Type.Optional(Uuid),
    entityType: Type.Optional(Type.String({ maxLength: 50 })),
    entityId: Type.Optional(Type.String({ maxLength: 100 })),
    subjectId: Type.Optional(
      Type.String({
        maxLength: 100,
        description:
          'Events of this object and of what belongs to it (a contract with its price elements and options; a supplier with its contacts)',
      }),
    ),
    from: Type.Optional(Instant),
    to: Type.Optional(Instant),
    before: Type.Optional(Type.Integer({ minimum: 1, description: 'Page: events older than this id' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

export const SystemAuditQuery = Type.Object(
  { ...AuditQuery.properties, organisationId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type SystemAuditQuery = Static<typeof SystemAuditQuery>;

export const AuditPage = Type.Object({
  items: Type.Array(AuditEvent),
  nextBefore: Nullable(Type.Integer({ description: 'Pass as `before` for the next page; null at the end' })),
});
export type AuditPage = Static<typeof AuditPage>;
