import type { CalendarDate } from '@overblik/core';
import type {
  ActivityRow,
  DocumentVersionRow,
  InvoiceRow,
  MailOutboxRow,
  MeetingActionRow,
  MeetingAgendaItemRow,
  MeetingDecisionRow,
  MeetingParticipantRow,
  MeetingRow,
} from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';

/** A meeting with the names it is listed with. */
export type MeetingView = MeetingRow & {
  supplierName: string | null;
  contractNumber: string | null;
  contractName: string | null;
};

export type MeetingFilter = {
  supplierId?: string | undefined;
  governanceBodyId?: string | undefined;
  status?: MeetingRow['status'] | undefined;
  from?: CalendarDate | undefined;
  to?: CalendarDate | undefined;
  limit: number;
  offset: number;
};

function meetingQuery(db: Executor, organisationId: string) {
  return forOrganisation(db, organisationId)
    .selectFrom('meetings')
    .leftJoin('suppliers', 'suppliers.id', 'meetings.supplierId')
    .leftJoin('contracts', 'contracts.id', 'meetings.contractId')
    .selectAll('meetings')
    .select(['suppliers.name as supplierName', 'contracts.number as contractNumber', 'contracts.name as contractName']);
}

/** Meetings, newest first. */
export async function listMeetings(
  db: Executor,
  organisationId: string,
  filter: MeetingFilter,
): Promise<{ items: MeetingView[]; total: number }> {
  let query = meetingQuery(db, organisationId);
  if (filter.supplierId) query = query.where('meetings.supplierId', '=', filter.supplierId);
  if (filter.governanceBodyId) query = query.where('meetings.governanceBodyId', '=', filter.governanceBodyId);
  if (filter.status) query = query.where('meetings.status', '=', filter.status);
  if (filter.from) query = query.where('meetings.heldOn', '>=', filter.from);
  if (filter.to) query = query.where('meetings.heldOn', '<=', filter.to);
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const items = await query
    .orderBy('meetings.heldOn', 'desc')
    .orderBy('meetings.startsAt', 'desc')
    .orderBy('meetings.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { items: items as MeetingView[], total: Number(counted.n) };
}

export async function getMeeting(db: Executor, organisationId: string, meetingId: string): Promise<MeetingView | undefined> {
  return (await meetingQuery(db, organisationId).where('meetings.id', '=', meetingId).executeTakeFirst()) as
    | MeetingView
    | undefined;
}

export type ParticipantView = MeetingParticipantRow & {
  memberName: string | null;
  memberEmail: string | null;
  contactName: string | null;
  contactEmail: string | null;
};

export async function listMeetingParticipants(db: Executor, organisationId: string, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  return (await forOrganisation(db, organisationId)
    .selectFrom('meetingParticipants')
    .leftJoin('users', 'users.id', 'meetingParticipants.userId')
    .leftJoin('supplierContacts', 'supplierContacts.id', 'meetingParticipants.contactId')
    .selectAll('meetingParticipants')
    .select([
      'users.name as memberName',
      'users.email as memberEmail',
      'supplierContacts.name as contactName',
      'supplierContacts.email as contactEmail',
    ])
    .where('meetingParticipants.meetingId', 'in', [...meetingIds])
    .orderBy('meetingParticipants.position')
    .execute()) as ParticipantView[];
}

export async function listAgendaItems(db: Executor, organisationId: string, meetingId: string): Promise<MeetingAgendaItemRow[]> {
  return forOrganisation(db, organisationId)
    .selectFrom('meetingAgendaItems')
    .selectAll()
    .where('meetingId', '=', meetingId)
    .orderBy('position')
    .execute();
}

export async function listDecisions(
  db: Executor,
  organisationId: string,
  meetingIds: readonly string[],
): Promise<MeetingDecisionRow[]> {
  if (meetingIds.length === 0) return [];
  return forOrganisation(db, organisationId)
    .selectFrom('meetingDecisions')
    .selectAll()
    .where('meetingId', 'in', [...meetingIds])
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export type ActionView = MeetingActionRow & {
  responsibleName: string | null;
  contactName: string | null;
  activityStatus: ActivityRow['status'] | null;
};

function actionQuery(db: Executor, organisationId: string) {
  return forOrganisation(db, organisationId)
    .selectFrom('meetingActions')
    .leftJoin('users', 'users.id', 'meetingActions.responsibleUserId')
    .leftJoin('supplierContacts', 'supplierContacts.id', 'meetingActions.responsibleContactId')
    .leftJoin('activities', 'activities.id', 'meetingActions.activityId')
    .selectAll('meetingActions')
    .select(['users.name as responsibleName', 'supplierContacts.name as contactName', 'activities.status as activityStatus']);
}

export async function listActions(db: Executor, organisationId: string, meetingIds: readonly string[]): Promise<ActionView[]> {
  if (meetingIds.length === 0) return [];
  return (await actionQuery(db, organisationId)
    .where('meetingActions.meetingId', 'in', [...meetingIds])
    .orderBy('meetingActions.dueOn')
    .orderBy('meetingActions.id')
    .execute()) as ActionView[];
}

/**
 * Open actions from a supplier's earlier meetings (before `before`, or another meeting on the same day): an
 * action is open while its activity is, or, without one, until it is marked done.
 */
export async function openActionsOfSupplier(
  db: Executor,
  organisationId: string,
  supplierId: string,
  exceptMeetingId: string,
): Promise<Array<ActionView & { meetingTitle: string; meetingHeldOn: CalendarDate }>> {
  return (await actionQuery(db, organisationId)
    .innerJoin('meetings', 'meetings.id', 'meetingActions.meetingId')
    .select(['meetings.title as meetingTitle', 'meetings.heldOn as meetingHeldOn'])
    .where('meetings.supplierId', '=', supplierId)
    .where('meetings.id', '!=', exceptMeetingId)
    .where((eb) =>
      eb.or([
        eb('activities.status', '=', 'open'),
        eb.and([eb('meetingActions.activityId', 'is', null), eb('meetingActions.doneOn', 'is', null)]),
      ]),
    )
    .orderBy('meetingActions.dueOn')
    .orderBy('meetingActions.id')
    .execute()) as Array<ActionView & { meetingTitle: string; meetingHeldOn: CalendarDate }>;
}

export async function getAction(db: Executor, organisationId: string, meetingId: string, actionId: string) {
  return (await actionQuery(db, organisationId)
    .where('meetingActions.meetingId', '=', meetingId)
    .where('meetingActions.id', '=', actionId)
    .executeTakeFirst()) as ActionView | undefined;
}

/** The organisation's own agenda template, in order (empty: it uses the defaults). */
export async function listAgendaTemplate(db: Executor, organisationId: string) {
  return forOrganisation(db, organisationId).selectFrom('agendaTemplateItems').selectAll().orderBy('position').execute();
}

/**
 * Invoices of a supplier (matched to it, or to one of its contracts) whose deviations are undecided (received or
 * checked, with a deviation of warning or error) or that are disputed.
 */
export async function openInvoiceIssuesOfSupplier(
  db: Executor,
  organisationId: string,
  supplierId: string,
): Promise<InvoiceRow[]> {
  const scope = forOrganisation(db, organisationId);
  const contracts = scope.selectFrom('contracts').select('contracts.id').where('contracts.supplierId', '=', supplierId);
  return scope
    .selectFrom('invoices')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('matchedSupplierId', '=', supplierId),
        eb('matchedContractId', 'in', contracts),
        eb('assignedContractId', 'in', contracts),
      ]),
    )
    .where((eb) =>
      eb.or([
        eb('status', '=', 'disputed'),
        eb.and([eb('status', 'in', ['received', 'checked']), eb('maxSeverity', 'in', ['warning', 'error'])]),
      ]),
    )
    .orderBy('issueDate')
    .orderBy('id')
    .execute();
}

/** Open activities of a supplier and its contracts due from `from` to `to` (not the meetings' own). */
export async function openActivitiesOfSupplierBetween(
  db: Executor,
  organisationId: string,
  supplierId: string,
  from: CalendarDate,
  to: CalendarDate,
) {
  return forOrganisation(db, organisationId)
    .selectFrom('activities')
    .leftJoin('contracts', 'contracts.id', 'activities.contractId')
    .selectAll('activities')
    .select(['contracts.number as contractNumber', 'contracts.name as contractName'])
    .where((eb) => eb.or([eb('activities.supplierId', '=', supplierId), eb('contracts.supplierId', '=', supplierId)]))
    .where('activities.status', '=', 'open')
    .where('activities.dueOn', '>=', from)
    .where('activities.dueOn', '<=', to)
    .where('activities.type', 'not in', ['status_meeting', 'meeting_action'])
    .orderBy('activities.dueOn')
    .orderBy('activities.id')
    .execute();
}

/** The outbox mails of a meeting's minutes (by their dedupe key), for the meeting page. */
export async function minutesMails(db: Executor, organisationId: string, meetingId: string): Promise<MailOutboxRow[]> {
  return db
    .selectFrom('mailOutbox')
    .selectAll()
    .where('mailOutbox.organisationId', '=', organisationId)
    .where('mailOutbox.dedupeKey', 'like', `meeting-minutes:${meetingId}:%`)
    .orderBy('mailOutbox.recipient')
    .execute();
}

/** A document version by id alone within an organisation: the mail sender reads an attachment's file by it. */
export async function documentVersionById(
  db: Executor,
  organisationId: string,
  versionId: string,
): Promise<DocumentVersionRow | undefined> {
  return forOrganisation(db, organisationId)
    .selectFrom('documentVersions')
    .selectAll()
    .where('id', '=', versionId)
    .executeTakeFirst();
}

/** How many meetings a supplier has (a supplier with meetings is not deleted: their minutes are its history). */
export async function countMeetingsOfSupplier(db: Executor, organisationId: string, supplierId: string): Promise<number> {
  const row = await forOrganisation(db, organisationId)
    .selectFrom('meetings')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('supplierId', '=', supplierId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
