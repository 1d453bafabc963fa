import Type, { type Static } from 'typebox';
import { Instant, Nullable, Uuid } from './common.js';
import { CalendarDate } from './values.js';

/** Escalations in a supplier's collaboration organisation (issue 18). */

export const EscalationStatus = Type.Union([Type.Literal('open'), Type.Literal('resolved')]);

export const Escalation = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  supplierId: Nullable(Uuid),
  supplierName: Nullable(Type.String()),
  title: Type.String(),
  description: Nullable(Type.String()),
  raisedOn: CalendarDate,
  raisedAt: Type.String({ description: 'Where it was raised, in words: a level, or a meeting' }),
  fromMeetingId: Nullable(Uuid),
  to: Type.Union([
    Type.Object({ kind: Type.Literal('level'), levelId: Nullable(Uuid), name: Type.String() }),
    Type.Object({ kind: Type.Literal('body'), bodyId: Uuid, name: Type.String() }),
  ]),
  dueOn: Nullable(CalendarDate),
  activityId: Nullable(Uuid),
  status: EscalationStatus,
  resolution: Nullable(Type.String()),
  resolvedOn: Nullable(CalendarDate),
  raisedByName: Type.String(),
  onAgendaOf: Type.Array(Type.Object({ meetingId: Uuid, title: Type.String(), heldOn: CalendarDate }), {
    description: 'The meetings whose agenda took the escalation',
  }),
  createdAt: Instant,
});
export type Escalation = Static<typeof Escalation>;

export const EscalationList = Type.Object({ items: Type.Array(Escalation) });
export type EscalationList = Static<typeof EscalationList>;

export const EscalationQuery = Type.Object(
  {
    supplierId: Type.Optional(Uuid),
    governanceBodyId: Type.Optional(Uuid),
    status: Type.Optional(EscalationStatus),
  },
  { additionalProperties: false },
);
export type EscalationQuery = Static<typeof EscalationQuery>;

export const CreateEscalationRequest = Type.Object(
  {
    supplierId: Type.Optional(Uuid),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    description: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
    fromLevelId: Type.Optional(Uuid),
    fromMeetingId: Type.Optional(Uuid),
    fromAgendaItemId: Type.Optional(Uuid),
    toLevelId: Type.Optional(Uuid),
    toBodyId: Type.Optional(Uuid),
  },
  {
    additionalProperties: false,
    description:
      "An issue raised at a level of a supplier's collaboration organisation (fromLevelId) or from a meeting (fromMeetingId, optionally one of its agenda items), sent to toLevelId or toBodyId; without either, one step up: the level above, or from the top level its governance body (from a governance body's meeting: the body it escalates to).",
  },
);
export type CreateEscalationRequest = Static<typeof CreateEscalationRequest>;

export const UpdateEscalationRequest = Type.Partial(
  Type.Object({
    title: Type.String({ minLength: 1, maxLength: 300 }),
    description: Nullable(Type.String({ maxLength: 4000 })),
    status: EscalationStatus,
    resolution: Nullable(Type.String({ maxLength: 4000 })),
  }),
  { additionalProperties: false, minProperties: 1, description: 'PATCH. Resolving (status resolved) marks its activity done.' },
);
export type UpdateEscalationRequest = Static<typeof UpdateEscalationRequest>;

export const EscalationParams = Type.Object({ organisationId: Uuid, escalationId: Uuid }, { additionalProperties: false });
