import { MEETING_STATUSES, MINUTES_RECIPIENTS, PARTICIPANT_KINDS } from '@overblik/core';
import Type, { type Static } from 'typebox';
import { Email, Instant, Literals, Nullable, Uuid } from './common.js';
import { CalendarDate } from './values.js';

/** Status meetings with suppliers (issue 18): meetings, agenda, minutes, decisions, actions, approval. */

const Text = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength });

export const MeetingStatus = Literals(MEETING_STATUSES, {
  description: 'planned (planlagt), held (afholdt), approved (referat godkendt: locked and sent)',
});
export const StartTime = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'Local time in Denmark, HH:MM' });

export const Participant = Type.Object({
  id: Uuid,
  kind: Literals(PARTICIPANT_KINDS),
  userId: Nullable(Uuid),
  contactId: Nullable(Uuid),
  name: Type.String(),
  email: Nullable(Type.String()),
});
export type Participant = Static<typeof Participant>;

export const ParticipantInput = Type.Object(
  {
    kind: Literals(PARTICIPANT_KINDS),
    userId: Type.Optional(Uuid),
    contactId: Type.Optional(Uuid),
    name: Type.Optional(Text(200, 1)),
    email: Type.Optional(Email),
  },
  {
    additionalProperties: false,
    description: 'A member (userId), a contact of the supplier (contactId) or a guest (name, email)',
  },
);
export type ParticipantInput = Static<typeof ParticipantInput>;

export const AgendaItem = Type.Object({
  id: Uuid,
  position: Type.Integer(),
  section: Nullable(Type.String()),
  title: Type.String(),
  source: Nullable(Type.String({ description: "'template', an input source's key, or null for an item added by hand" })),
  sourceLabel: Nullable(Type.String()),
  reference: Nullable(Type.String()),
  link: Nullable(Type.String()),
  notes: Nullable(Type.String()),
});
export type AgendaItem = Static<typeof AgendaItem>;

export const Decision = Type.Object({
  id: Uuid,
  agendaItemId: Nullable(Uuid),
  text: Type.String(),
  createdAt: Instant,
});
export type Decision = Static<typeof Decision>;

export const MeetingAction = Type.Object({
  id: Uuid,
  agendaItemId: Nullable(Uuid),
  title: Type.String(),
  responsibleUserId: Nullable(Uuid),
  responsibleContactId: Nullable(Uuid),
  responsibleName: Nullable(Type.String()),
  dueOn: CalendarDate,
  activityId: Nullable(Uuid),
  open: Type.Boolean({ description: 'Open until done (an action with an activity is done when its activity is)' }),
});
export type MeetingAction = Static<typeof MeetingAction>;

export const MinutesMail = Type.Object({
  id: Uuid,
  recipient: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('sending'), Type.Literal('sent'), Type.Literal('failed')]),
  sentAt: Nullable(Instant),
  lastError: Nullable(Type.String()),
});
export type MinutesMail = Static<typeof MinutesMail>;

export const MeetingSummary = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  supplierId: Nullable(Uuid),
  supplierName: Nullable(Type.String()),
  contractId: Nullable(Uuid),
  contractNumber: Nullable(Type.String()),
  contractName: Nullable(Type.String()),
  governanceBodyId: Nullable(Uuid),
  collaborationLevel: Nullable(Type.String()),
  title: Type.String(),
  forum: Nullable(Type.String()),
  heldOn: CalendarDate,
  startsAt: Nullable(StartTime),
  location: Nullable(Type.String()),
  status: MeetingStatus,
  activityId: Nullable(Uuid),
  minutesDocumentId: Nullable(Uuid),
  approvedAt: Nullable(Instant),
  approvedByName: Nullable(Type.String()),
  createdAt: Instant,
  updatedAt: Instant,
});
export type MeetingSummary = Static<typeof MeetingSummary>;

export const Meeting = Type.Object({
  ...MeetingSummary.properties,
  participants: Type.Array(Participant),
  agenda: Type.Array(AgendaItem),
  decisions: Type.Array(Decision),
  actions: Type.Array(MeetingAction),
  mails: Type.Array(MinutesMail),
});
export type Meeting = Static<typeof Meeting>;

export const MeetingPage = Type.Object({ items: Type.Array(MeetingSummary), total: Type.Integer() });
export type MeetingPage = Static<typeof MeetingPage>;

export const MeetingQuery = Type.Object(
  {
    supplierId: Type.Optional(Uuid),
    governanceBodyId: Type.Optional(Uuid),
    status: Type.Optional(MeetingStatus),
    from: Type.Optional(CalendarDate),
    to: Type.Optional(CalendarDate),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);
export type MeetingQuery = Static<typeof MeetingQuery>;

export const MeetingExportQuery = Type.Object(
  {
    format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' })),
    supplierId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type MeetingExportQuery = Static<typeof MeetingExportQuery>;

const meetingFields = {
  supplierId: Type.Optional(Nullable(Uuid)),
  contractId: Type.Optional(Nullable(Uuid)),
  governanceBodyId: Type.Optional(Nullable(Uuid)),
  collaborationLevel: Type.Optional(Nullable(Text(100))),
  forum: Type.Optional(Nullable(Text(200))),
  startsAt: Type.Optional(Nullable(StartTime)),
  location: Type.Optional(Nullable(Text(200))),
  participants: Type.Optional(Type.Array(ParticipantInput, { maxItems: 100 })),
};

export const CreateMeetingRequest = Type.Object(
  { title: Text(200, 1), heldOn: CalendarDate, ...meetingFields },
  { additionalProperties: false },
);
export type CreateMeetingRequest = Static<typeof CreateMeetingRequest>;

export const UpdateMeetingRequest = Type.Object(
  {
    title: Type.Optional(Text(200, 1)),
    heldOn: Type.Optional(CalendarDate),
    status: Type.Optional(Type.Union([Type.Literal('planned'), Type.Literal('held')])),
    ...meetingFields,
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateMeetingRequest = Static<typeof UpdateMeetingRequest>;

export const MeetingParams = Type.Object({ organisationId: Uuid, meetingId: Uuid }, { additionalProperties: false });

export const CollectAgendaRequest = Type.Object(
  {
    periodMonths: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 24,
        default: 3,
        description: 'Deadlines and options due within this many months of the meeting',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CollectAgendaRequest = Static<typeof CollectAgendaRequest>;

/** The whole agenda in its new order: items with an id are kept (their source stays), items without one are added. */
export const PutAgendaRequest = Type.Object(
  {
    items: Type.Array(
      Type.Object({ id: Type.Optional(Uuid), title: Type.Optional(Text(500, 1)) }, { additionalProperties: false }),
      { maxItems: 300 },
    ),
  },
  { additionalProperties: false },
);
export type PutAgendaRequest = Static<typeof PutAgendaRequest>;

export const AgendaItemParams = Type.Object(
  { organisationId: Uuid, meetingId: Uuid, itemId: Uuid },
  { additionalProperties: false },
);
export const UpdateAgendaItemRequest = Type.Object(
  { title: Type.Optional(Text(500, 1)), notes: Type.Optional(Nullable(Text(20_000))) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateAgendaItemRequest = Static<typeof UpdateAgendaItemRequest>;

export const DecisionParams = Type.Object(
  { organisationId: Uuid, meetingId: Uuid, decisionId: Uuid },
  { additionalProperties: false },
);
export const CreateDecisionRequest = Type.Object(
  { text: Text(5000, 1), agendaItemId: Type.Optional(Nullable(Uuid)) },
  { additionalProperties: false },
);
export type CreateDecisionRequest = Static<typeof CreateDecisionRequest>;
export const UpdateDecisionRequest = Type.Object(
  { text: Type.Optional(Text(5000, 1)), agendaItemId: Type.Optional(Nullable(Uuid)) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateDecisionRequest = Static<typeof UpdateDecisionRequest>;

export const ActionParams = Type.Object(
  { organisationId: Uuid, meetingId: Uuid, actionId: Uuid },
  { additionalProperties: false },
);
const actionFields = {
  agendaItemId: Type.Optional(Nullable(Uuid)),
  responsibleUserId: Type.Optional(Nullable(Uuid)),
  responsibleContactId: Type.Optional(Nullable(Uuid)),
};
export const CreateActionRequest = Type.Object(
  { title: Text(500, 1), dueOn: CalendarDate, ...actionFields },
  { additionalProperties: false },
);
export type CreateActionRequest = Static<typeof CreateActionRequest>;
export const UpdateActionRequest = Type.Object(
  {
    title: Type.Optional(Text(500, 1)),
    dueOn: Type.Optional(CalendarDate),
    open: Type.Optional(Type.Boolean({ description: 'false closes the action (and completes its activity), true reopens it' })),
    ...actionFields,
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateActionRequest = Static<typeof UpdateActionRequest>;

export const ApproveMinutesRequest = Type.Object(
  {
    recipients: Type.Optional(
      Literals(MINUTES_RECIPIENTS, {
        default: 'participants',
        description:
          'participants: those who took part (with an e-mail address); all_contacts: also every contact of the supplier',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ApproveMinutesRequest = Static<typeof ApproveMinutesRequest>;

export const AgendaTemplateItem = Type.Object({ key: Type.String(), title: Type.String() });
export const AgendaTemplate = Type.Object({
  items: Type.Array(AgendaTemplateItem),
  custom: Type.Boolean({ description: "false: the product's defaults (the Drejebog's standard agenda)" }),
  sources: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), section: Type.String() }), {
    description: 'What "collect from the register" gathers, and under which template item',
  }),
});
export type AgendaTemplate = Static<typeof AgendaTemplate>;
export const PutAgendaTemplateRequest = Type.Object(
  {
    items: Type.Array(
      Type.Object({ key: Type.String({ pattern: '^[a-z0-9_]{1,40}$' }), title: Text(200, 1) }, { additionalProperties: false }),
      { maxItems: 50 },
    ),
  },
  { additionalProperties: false },
);
export type PutAgendaTemplateRequest = Static<typeof PutAgendaTemplateRequest>;

/** A supplier's meetings with their decisions, newest first. */
export const MeetingHistory = Type.Object({
  items: Type.Array(Type.Object({ ...MeetingSummary.properties, decisions: Type.Array(Decision) })),
});
export type MeetingHistory = Static<typeof MeetingHistory>;
