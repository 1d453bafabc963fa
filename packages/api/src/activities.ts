import { RECURRENCES } from '@overblik/core';
import Type, { type Static } from 'typebox';
import { Email, Instant, Literals, Nullable, Uuid } from './common.js';
import { OptionKey } from './option-lists.js';
import { CalendarDate } from './values.js';

/** Activities (aktiviteter), reminders (advisering), calendar feeds and the procurement plan (issue 4). */

export const ActivityRecurrence = Literals(RECURRENCES, {
  description: 'none: once on anchorOn; monthly … yearly: from anchorOn on; dates: on each of recurrenceDates',
});
export type ActivityRecurrence = Static<typeof ActivityRecurrence>;
export const ActivityStatus = Type.Union([Type.Literal('open'), Type.Literal('done')]);
export const LeadDays = Type.Array(Type.Integer({ minimum: 0, maximum: 730 }), {
  maxItems: 10,
  description: 'Days before the due date a reminder goes out',
});
const Emails = Type.Array(Email, { maxItems: 20 });

const activityFields = {
  contractId: Type.Optional(Nullable(Uuid)),
  supplierId: Type.Optional(Nullable(Uuid)),
  type: OptionKey,
  title: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  description: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
  recurrence: Type.Optional(ActivityRecurrence),
  anchorOn: Type.Optional(CalendarDate),
  recurrenceDates: Type.Optional(Type.Array(CalendarDate, { maxItems: 120 })),
  responsibleUserId: Type.Optional(Nullable(Uuid)),
  leadDays: Type.Optional(Nullable(LeadDays)),
  extraEmails: Type.Optional(Emails),
};

export const CreateActivityRequest = Type.Object(activityFields, {
  additionalProperties: false,
  description:
    'An activity on a contract or a supplier (exactly one). anchorOn is the due date (the first occurrence when recurring); for recurrence "dates" it may be left out.',
});
export type CreateActivityRequest = Static<typeof CreateActivityRequest>;

export const UpdateActivityRequest = Type.Partial(Type.Object(activityFields), {
  additionalProperties: false,
  minProperties: 1,
  description:
    "PATCH. On an activity derived from the contract terms or the supplier's segment only title, description, responsibleUserId, leadDays and extraEmails can change.",
});
export type UpdateActivityRequest = Static<typeof UpdateActivityRequest>;

export const CompleteActivityRequest = Type.Object(
  {
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    occurrenceOn: Type.Optional(CalendarDate),
  },
  {
    additionalProperties: false,
    description:
      'Marks the open occurrence done (occurrenceOn, when given, must be it); a recurring activity moves on to its next occurrence',
  },
);
export type CompleteActivityRequest = Static<typeof CompleteActivityRequest>;

export const Activity = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  contractId: Nullable(Uuid),
  contractNumber: Nullable(Type.String()),
  contractName: Nullable(Type.String()),
  supplierId: Nullable(Uuid),
  supplierName: Nullable(Type.String()),
  type: OptionKey,
  title: Nullable(Type.String()),
  description: Nullable(Type.String()),
  recurrence: ActivityRecurrence,
  anchorOn: CalendarDate,
  recurrenceDates: Type.Array(CalendarDate),
  dueOn: CalendarDate,
  responsibleUserId: Nullable(Uuid),
  responsibleName: Nullable(Type.String()),
  leadDays: Nullable(LeadDays),
  effectiveLeadDays: LeadDays,
  extraEmails: Type.Array(Type.String()),
  derived: Type.Boolean({
    description: "Created and kept in step from the contract terms, or from the supplier's segment (derivedKey regime:…)",
  }),
  derivedKey: Nullable(Type.String()),
  status: ActivityStatus,
  overdue: Type.Boolean({ description: 'Open and due before today' }),
  done: Nullable(
    Type.Object({
      on: CalendarDate,
      byUserId: Nullable(Uuid),
      byName: Type.String(),
      at: Instant,
      note: Nullable(Type.String()),
    }),
  ),
  createdAt: Instant,
  updatedAt: Instant,
  meetingId: Nullable(Uuid),
});
export type Activity = Static<typeof Activity>;

export const ActivityQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([ActivityStatus, Type.Literal('all')], { default: 'open' })),
    overdue: Type.Optional(Type.Boolean({ description: 'Only open activities due before today' })),
    dueFrom: Type.Optional(CalendarDate),
    dueTo: Type.Optional(CalendarDate),
    withinDays: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 36_500, description: 'Due from today through this many days ahead' }),
    ),
    type: Type.Optional(OptionKey),
    responsibleUserId: Type.Optional(Uuid),
    supplierId: Type.Optional(Uuid),
    unitId: Type.Optional(Uuid),
    contractId: Type.Optional(Uuid),
    derived: Type.Optional(Type.Boolean()),
    sort: Type.Optional(Type.Union([Type.Literal('dueOn'), Type.Literal('-dueOn')], { default: 'dueOn' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);
export type ActivityQuery = Static<typeof ActivityQuery>;
export const ActivityPage = Type.Object({ items: Type.Array(Activity), total: Type.Integer() });
export type ActivityPage = Static<typeof ActivityPage>;
export const ActivityParams = Type.Object({ organisationId: Uuid, activityId: Uuid }, { additionalProperties: false });

export const OccurrenceQuery = Type.Object(
  {
    from: CalendarDate,
    to: CalendarDate,
    type: Type.Optional(OptionKey),
    responsibleUserId: Type.Optional(Uuid),
    supplierId: Type.Optional(Uuid),
    unitId: Type.Optional(Uuid),
  },
  { additionalProperties: false, description: 'At most 400 days' },
);
export type OccurrenceQuery = Static<typeof OccurrenceQuery>;
export const Occurrence = Type.Object({ on: CalendarDate, activity: Activity });
export type Occurrence = Static<typeof Occurrence>;
export const OccurrenceList = Type.Object({ items: Type.Array(Occurrence) });
export type OccurrenceList = Static<typeof OccurrenceList>;

export const DeadlineSummary = Type.Object({
  today: CalendarDate,
  contractsExpiring30: Type.Integer(),
  contractsExpiring90: Type.Integer(),
  noticeDeadlines30: Type.Integer(),
  noticeDeadlines90: Type.Integer(),
  optionDeadlines90: Type.Integer(),
  overdueActivities: Type.Integer(),
  emailConfigured: Type.Boolean({ description: 'false: reminders are only shown in Overblik (no SMTP settings)' }),
});
export type DeadlineSummary = Static<typeof DeadlineSummary>;

export const ReminderSetting = Type.Object({
  activityType: OptionKey,
  leadDays: LeadDays,
  roles: Type.Array(OptionKey, { description: 'Holders of these responsibilities on the contract are reminded' }),
  extraEmails: Type.Array(Type.String()),
  isDefault: Type.Boolean({ description: "true: the product's default, not changed by the organisation" }),
});
export type ReminderSetting = Static<typeof ReminderSetting>;
export const ReminderSettingList = Type.Object({ items: Type.Array(ReminderSetting), emailConfigured: Type.Boolean() });
export type ReminderSettingList = Static<typeof ReminderSettingList>;
export const PutReminderSettingRequest = Type.Object(
  { leadDays: LeadDays, roles: Type.Array(OptionKey, { maxItems: 20 }), extraEmails: Emails },
  { additionalProperties: false },
);
export type PutReminderSettingRequest = Static<typeof PutReminderSettingRequest>;
export const ReminderSettingParams = Type.Object(
  { organisationId: Uuid, activityType: OptionKey },
  { additionalProperties: false },
);

export const MailStatus = Type.Union([
  Type.Literal('pending'),
  Type.Literal('sending'),
  Type.Literal('sent'),
  Type.Literal('failed'),
]);
export const MailDelivery = Type.Object({
  id: Uuid,
  recipient: Type.String(),
  subject: Type.String(),
  status: MailStatus,
  attempts: Type.Integer(),
  nextAttemptAt: Instant,
  lastError: Nullable(Type.String()),
  sentAt: Nullable(Instant),
  late: Type.Boolean(),
  createdAt: Instant,
});
export type MailDelivery = Static<typeof MailDelivery>;
export const MailDeliveryQuery = Type.Object(
  {
    status: Type.Optional(MailStatus),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);
export type MailDeliveryQuery = Static<typeof MailDeliveryQuery>;
export const MailDeliveryPage = Type.Object({ items: Type.Array(MailDelivery), total: Type.Integer() });
export type MailDeliveryPage = Static<typeof MailDeliveryPage>;
export const MailDeliveryParams = Type.Object({ organisationId: Uuid, mailId: Uuid }, { additionalProperties: false });

export const Notification = Type.Object({
  id: Uuid,
  activityId: Nullable(Uuid),
  title: Type.String(),
  body: Type.String(),
  link: Nullable(Type.String({ description: 'Path in the web app, e.g. /kontrakter/…' })),
  dueOn: Nullable(CalendarDate),
  late: Type.Boolean(),
  createdAt: Instant,
  readAt: Nullable(Instant),
});
export type Notification = Static<typeof Notification>;
export const NotificationQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type NotificationQuery = Static<typeof NotificationQuery>;
export const NotificationList = Type.Object({ items: Type.Array(Notification), unread: Type.Integer() });
export type NotificationList = Static<typeof NotificationList>;
export const NotificationParams = Type.Object({ organisationId: Uuid, notificationId: Uuid }, { additionalProperties: false });

export const CalendarFeedKind = Type.Union([Type.Literal('person'), Type.Literal('organisation')], {
  description:
    "person: the deadlines the caller is responsible for; organisation: all the organisation's deadlines (administrators)",
});
export const CalendarFeed = Type.Object({
  id: Uuid,
  kind: CalendarFeedKind,
  userId: Nullable(Uuid),
  createdAt: Instant,
  lastUsedAt: Nullable(Instant),
});
export type CalendarFeed = Static<typeof CalendarFeed>;
export const CalendarFeedList = Type.Object({ items: Type.Array(CalendarFeed) });
export type CalendarFeedList = Static<typeof CalendarFeedList>;
export const CreateCalendarFeedRequest = Type.Object({ kind: CalendarFeedKind }, { additionalProperties: false });
export type CreateCalendarFeedRequest = Static<typeof CreateCalendarFeedRequest>;
export const CreatedSecretLink = Type.Object({
  id: Uuid,
  url: Type.String({ description: 'The secret address; shown this once. Creating a new one revokes the previous one.' }),
});
export type CreatedSecretLink = Static<typeof CreatedSecretLink>;
export const CalendarFeedParams = Type.Object({ organisationId: Uuid, feedId: Uuid }, { additionalProperties: false });
export const CalendarFileParams = Type.Object(
  { file: Type.String({ pattern: '^[A-Za-z0-9_-]{32,64}\\.ics$', description: '<secret>.ics' }) },
  { additionalProperties: false },
);

export const ProcurementPlanItem = Type.Object({
  contractId: Uuid,
  contractNumber: Type.String(),
  contractName: Type.String(),
  supplierName: Nullable(Type.String()),
  procurementForm: Nullable(OptionKey),
  finalEnd: CalendarDate,
  latestEnd: CalendarDate,
  remainingOptionMonths: Type.Integer(),
  nextOptionDeadline: Nullable(CalendarDate),
  leadMonths: Type.Integer(),
  leadFromForm: Type.Boolean({ description: 'false: no lead time for the procurement form, the longest (EU tender) was used' }),
  tenderStartBy: CalendarDate,
  quarter: Type.String({ description: 'Quarter in which the tender must start, e.g. 2027-K1' }),
  late: Type.Boolean({ description: 'The tender should already have started' }),
});
export type ProcurementPlanItem = Static<typeof ProcurementPlanItem>;
export const ProcurementPlanQuery = Type.Object(
  {
    horizonMonths: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 120,
        default: 48,
        description: 'Contracts whose latest end is within this many months',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ProcurementPlanQuery = Static<typeof ProcurementPlanQuery>;
export const ProcurementPlanExportQuery = Type.Object(
  {
    horizonMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 120, default: 48 })),
    format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' })),
  },
  { additionalProperties: false },
);
export type ProcurementPlanExportQuery = Static<typeof ProcurementPlanExportQuery>;
export const ProcurementPlan = Type.Object({
  today: CalendarDate,
  items: Type.Array(ProcurementPlanItem),
  publicLink: Type.Object({ active: Type.Boolean(), createdAt: Nullable(Instant) }),
});
export type ProcurementPlan = Static<typeof ProcurementPlan>;
export const PublicProcurementPlan = Type.Object({
  organisationName: Type.String(),
  today: CalendarDate,
  items: Type.Array(
    Type.Object({
      contractName: Type.String(),
      supplierName: Nullable(Type.String()),
      procurementForm: Nullable(Type.String({ description: 'Label of the procurement form' })),
      latestEnd: CalendarDate,
      tenderStartBy: CalendarDate,
      quarter: Type.String(),
    }),
  ),
});
export type PublicProcurementPlan = Static<typeof PublicProcurementPlan>;
export const PublicPlanParams = Type.Object(
  { token: Type.String({ pattern: '^[A-Za-z0-9_-]{32,64}$' }) },
  { additionalProperties: false },
);

export const ProcurementLeadTime = Type.Object({
  procurementForm: OptionKey,
  months: Type.Integer({ minimum: 0, maximum: 60 }),
  isDefault: Type.Boolean(),
});
export type ProcurementLeadTime = Static<typeof ProcurementLeadTime>;
export const ProcurementLeadTimeList = Type.Object({ items: Type.Array(ProcurementLeadTime) });
export type ProcurementLeadTimeList = Static<typeof ProcurementLeadTimeList>;
export const PutProcurementLeadTimeRequest = Type.Object(
  { months: Type.Integer({ minimum: 0, maximum: 60 }) },
  { additionalProperties: false },
);
export type PutProcurementLeadTimeRequest = Static<typeof PutProcurementLeadTimeRequest>;
export const ProcurementLeadTimeParams = Type.Object(
  { organisationId: Uuid, procurementForm: OptionKey },
  { additionalProperties: false },
);

export const ReminderRunResult = Type.Object({
  planned: Type.Integer({ description: 'Reminders planned in this run' }),
  late: Type.Integer(),
  notifications: Type.Integer(),
  mailsQueued: Type.Integer(),
  mailsSent: Type.Integer(),
  mailsFailed: Type.Integer(),
});
export type ReminderRunResult = Static<typeof ReminderRunResult>;
