import Type, { type Static } from 'typebox';
import { Instant, Nullable, Uuid } from './common.js';

export const AuditEvent = Type.Object({
  id: Type.Integer(),
  organisationId: Nullable(Uuid),
  occurredAt: Instant,
  actor: Type.Object({
    type: Type.Union([Type.Literal('user'), Type.Literal('token'), Type.Literal('system')]),
    userId: Nullable(Uuid),
    tokenId: Nullable(Uuid),
    name: Type.String(),
  }),
  action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('delete')]),
  entityType: Type.String(),
  entityId: Type.String(),
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
