import type * as Api from '@overblik/api';
import { actionIsOpen, type CalendarDate, meetingActivity, TEMPLATE_SOURCE } from '@overblik/core';
import {
  type ActivityRow,
  deleteAudited,
  type Executor,
  findByKey,
  findMembership,
  getActivity,
  getContract,
  getMeeting as getMeetingRow,
  getSupplier,
  insertAudited,
  listActions,
  listAgendaItems,
  listDecisions,
  listMeetingParticipants,
  listMeetings as listMeetingRows,
  listSupplierContacts,
  type MeetingRow,
  type MeetingView,
  minutesMails,
  type ParticipantView,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError, type FieldError, invalidFields } from '../../errors/app-error.js';
import { deleteActivitiesIn, insertActivity, markActivityDone } from '../activities/activities.js';
import { requireOrganisation } from '../authorize.js';
import { fulfilFollowUp } from '../segments/segments.js';
import { blankToNull } from '../text.js';
import { AGENDA_SOURCES } from './agenda-sources.js';

/**
 * Status meetings (issue 18): a meeting of a supplier (optionally one of its contracts) or of a governance body,
 * with its participants, and its own activity (type status_meeting) on its day, kept in step with it.
 * docs/supplier-management.md ("Status meetings").
 */

export async function listMeetings(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.MeetingQuery,
): Promise<Api.MeetingPage> {
  requireOrganisation(caller, 'read', organisationId);
  const page = await listMeetingRows(deps.db, organisationId, {
    supplierId: query.supplierId,
    governanceBodyId: query.governanceBodyId,
    status: query.status,
    from: query.from,
    to: query.to,
    limit: query.limit ?? 100,
    offset: query.offset ?? 0,
  });
  return { items: page.items.map(presentSummary), total: page.total };
}

export async function getMeeting(deps: Deps, caller: Caller, organisationId: string, meetingId: string): Promise<Api.Meeting> {
  requireOrganisation(caller, 'read', organisationId);
  return presentMeeting(deps.db, organisationId, await meetingOrThrow(deps.db, organisationId, meetingId));
}

/** A supplier's meetings with their decisions, newest first: the history both parties keep. */
export async function meetingHistory(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
): Promise<Api.MeetingHistory> {
  requireOrganisation(caller, 'read', organisationId);
  if (!(await getSupplier(deps.db, organisationId, supplierId))) throw new AppError('supplier_not_found');
  const { items } = await listMeetingRows(deps.db, organisationId, { supplierId, limit: 1000, offset: 0 });
  const decisions = await listDecisions(
    deps.db,
    organisationId,
    items.map((m) => m.id),
  );
  return {
    items: items.map((m) => ({
      ...presentSummary(m),
      decisions: decisions.filter((d) => d.meetingId === m.id).map(presentDecision),
    })),
  };
}

export async function createMeeting(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.CreateMeetingRequest,
): Promise<Api.Meeting> {
  requireOrganisation(caller, 'write', organisationId);
  const day = deps.clock.today();
  const id = await deps.db.transaction().execute(async (trx) => {
    const subject = await checkedSubject(trx, organisationId, input, null);
    const now = deps.clock.now().toISOString();
    const meeting = await insertAudited(trx, caller.audit, 'meetings', {
      id: crypto.randomUUID(),
      organisationId,
      ...subject,
      title: input.title.trim(),
      forum: blankToNull(input.forum ?? null),
      heldOn: input.heldOn,
      startsAt: input.startsAt ?? null,
      location: blankToNull(input.location ?? null),
      status: 'planned',
      activityId: null,
      minutesDocumentId: null,
      approvedAt: null,
      approvedByName: null,
      createdAt: now,
      updatedAt: now,
    });
    const activity = await insertActivity(
      trx,
      caller,
      organisationId,
      { ...meetingActivity(meeting), recurrence: 'none', recurrenceDates: '[]', meetingId: meeting.id },
      day,
    );
    await updateAudited(trx, caller.audit, 'meetings', { id: meeting.id, organisationId }, { activityId: activity.id });
    await replaceParticipants(trx, caller, meeting, input.participants ?? []);
    return meeting.id;
  });
  return getMeeting(deps, caller, organisationId, id);
}

export async function updateMeeting(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  meetingId: string,
  input: Api.UpdateMeetingRequest,
): Promise<Api.Meeting> {
  requireOrganisation(caller, 'write', organisationId);
  const day = deps.clock.today();
  await deps.db.transaction().execute(async (trx) => {
    const current = await meetingOrThrow(trx, organisationId, meetingId);
    requireOpen(current);
    const patch: Partial<MeetingRow> = {};
    if (input.supplierId !== undefined || input.contractId !== undefined || input.governanceBodyId !== undefined)
      Object.assign(patch, await checkedSubject(trx, organisationId, input, current));
    if (input.collaborationLevel !== undefined) patch.collaborationLevel = blankToNull(input.collaborationLevel);
    if (input.title !== undefined) patch.title = input.title.trim();
    if (input.heldOn !== undefined) patch.heldOn = input.heldOn;
    if (input.startsAt !== undefined) patch.startsAt = input.startsAt;
    if (input.forum !== undefined) patch.forum = blankToNull(input.forum);
    if (input.location !== undefined) patch.location = blankToNull(input.location);
    if (input.status !== undefined) patch.status = input.status;
    const meeting = (await updateAudited(trx, caller.audit, 'meetings', { id: meetingId, organisationId }, patch)) as MeetingRow;
    if (input.participants !== undefined) await replaceParticipants(trx, caller, meeting, input.participants);
    await syncMeetingActivity(trx, caller, meeting, day);
  });
  return getMeeting(deps, caller, organisationId, meetingId);
}

/** Deletes a meeting with its participants, agenda, minutes, actions and their activities (each deletion audited). */
export async function deleteMeeting(deps: Deps, caller: Caller, organisationId: string, meetingId: string): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await meetingOrThrow(trx, organisationId, meetingId);
    const key = (id: string) => ({ id, organisationId });
    const actions = await listActions(trx, organisationId, [meetingId]);
    for (const a of actions) await deleteAudited(trx, caller.audit, 'meetingActions', key(a.id));
    for (const d of await listDecisions(trx, organisationId, [meetingId]))
      await deleteAudited(trx, caller.audit, 'meetingDecisions', key(d.id));
    for (const i of await listAgendaItems(trx, organisationId, meetingId))
      await deleteAudited(trx, caller.audit, 'meetingAgendaItems', key(i.id));
    for (const p of await listMeetingParticipants(trx, organisationId, [meetingId]))
      await deleteAudited(trx, caller.audit, 'meetingParticipants', key(p.id));
    const activityIds = [meeting.activityId, ...actions.map((a) => a.activityId)].filter((x): x is string => x !== null);
    await deleteActivitiesIn(trx, caller, organisationId, activityIds);
    await deleteAudited(trx, caller.audit, 'meetings', key(meetingId));
  });
}

// ---------------------------------------------------------------------------------------------------------

export async function meetingOrThrow(db: Executor, organisationId: string, meetingId: string): Promise<MeetingView> {
  const meeting = await getMeetingRow(db, organisationId, meetingId);
  if (!meeting) throw new AppError('meeting_not_found');
  return meeting;
}

/** Approved minutes are locked: only their actions' follow-up goes on. */
export function requireOpen(meeting: Pick<MeetingRow, 'status'>): void {
  if (meeting.status === 'approved') throw new AppError('meeting_approved');
}

type Subject = Pick<MeetingRow, 'supplierId' | 'contractId' | 'governanceBodyId' | 'collaborationLevel'>;

/**
 * The meeting's supplier, contract and governance body, checked: a meeting belongs to a supplier or a governance
 * body; a contract must be the supplier's (without a supplier, the contract's supplier is the meeting's).
 */
async function checkedSubject(
  trx: Executor,
  organisationId: string,
  input: Pick<Api.UpdateMeetingRequest, 'supplierId' | 'contractId' | 'governanceBodyId' | 'collaborationLevel'>,
  current: Subject | null,
): Promise<Subject> {
  const errors: FieldError[] = [];
  let supplierId = input.supplierId !== undefined ? input.supplierId : (current?.supplierId ?? null);
  const contractId = input.contractId !== undefined ? input.contractId : (current?.contractId ?? null);
  const governanceBodyId =
    input.governanceBodyId !== undefined ? blankToNull(input.governanceBodyId) : (current?.governanceBodyId ?? null);
  if (supplierId && !(await getSupplier(trx, organisationId, supplierId)))
    errors.push({ field: '/supplierId', code: 'unknown_reference' });
  if (contractId) {
    const contract = await getContract(trx, organisationId, contractId);
    if (!contract) errors.push({ field: '/contractId', code: 'unknown_reference' });
    else if (supplierId === null) supplierId = contract.supplierId;
    else if (contract.supplierId !== supplierId) errors.push({ field: '/contractId', code: 'contract_of_other_supplier' });
  }
  if (governanceBodyId && !(await findByKey(trx, 'governanceBodies', { id: governanceBodyId, organisationId })))
    errors.push({ field: '/governanceBodyId', code: 'unknown_reference' });
  if (supplierId === null && governanceBodyId === null) errors.push({ field: '/supplierId', code: 'meeting_subject' });
  if (errors.length > 0) throw invalidFields(...errors);
  return {
    supplierId,
    contractId,
    governanceBodyId,
    collaborationLevel:
      input.collaborationLevel !== undefined ? blankToNull(input.collaborationLevel) : (current?.collaborationLevel ?? null),
  };
}

/** Replaces the participants with the given list (members, the supplier's contacts, guests), checked and audited. */
async function replaceParticipants(
  trx: Executor,
  caller: Caller,
  meeting: MeetingRow,
  participants: readonly Api.ParticipantInput[],
): Promise<void> {
  const organisationId = meeting.organisationId;
  const contacts = meeting.supplierId ? await listSupplierContacts(trx, organisationId, meeting.supplierId) : [];
  const errors: FieldError[] = [];
  const rows: Array<Pick<ParticipantView, 'kind' | 'userId' | 'contactId' | 'name' | 'email'>> = [];
  for (const [i, p] of participants.entries()) {
    const at = `/participants/${i}`;
    if (p.kind === 'member') {
      if (!p.userId) errors.push({ field: `${at}/userId`, code: 'required' });
      else if (!(await findMembership(trx, organisationId, p.userId)))
        errors.push({ field: `${at}/userId`, code: 'not_a_member' });
      else rows.push({ kind: 'member', userId: p.userId, contactId: null, name: null, email: null });
    } else if (p.kind === 'contact') {
      if (!p.contactId) errors.push({ field: `${at}/contactId`, code: 'required' });
      else if (!contacts.some((c) => c.id === p.contactId))
        errors.push({ field: `${at}/contactId`, code: 'not_a_supplier_contact' });
      else rows.push({ kind: 'contact', userId: null, contactId: p.contactId, name: null, email: null });
    } else {
      const name = blankToNull(p.name ?? null);
      if (!name) errors.push({ field: `${at}/name`, code: 'required' });
      else rows.push({ kind: 'guest', userId: null, contactId: null, name, email: p.email?.trim().toLowerCase() ?? null });
    }
  }
  if (errors.length > 0) throw invalidFields(...errors);
  for (const old of await listMeetingParticipants(trx, organisationId, [meeting.id]))
    await deleteAudited(trx, caller.audit, 'meetingParticipants', { id: old.id, organisationId });
  const now = caller.audit.clock.now().toISOString();
  for (const [position, row] of rows.entries())
    await insertAudited(trx, caller.audit, 'meetingParticipants', {
      id: crypto.randomUUID(),
      organisationId,
      meetingId: meeting.id,
      ...row,
      position,
      createdAt: now,
      updatedAt: now,
    });
}

/**
 * Keeps the meeting's activity on its day, title and subject, and marks it done once the meeting is held (so a
 * held meeting is not overdue in Frister); an activity already done keeps the day it was done for.
 */
export async function syncMeetingActivity(trx: Executor, caller: Caller, meeting: MeetingRow, day: CalendarDate): Promise<void> {
  if (!meeting.activityId) return;
  const activity = await getActivity(trx, meeting.organisationId, meeting.activityId);
  if (!activity) return;
  const wanted = meetingActivity(meeting);
  const open = activity.status === 'open';
  const current = (await updateAudited(
    trx,
    caller.audit,
    'activities',
    { id: activity.id, organisationId: meeting.organisationId },
    {
      title: wanted.title,
      description: wanted.description,
      contractId: wanted.contractId,
      supplierId: wanted.supplierId,
      ...(open && { anchorOn: wanted.anchorOn, dueOn: wanted.anchorOn, nextReminderOn: day }),
    },
  )) as ActivityRow;
  if (open && meeting.status !== 'planned') {
    await markActivityDone(trx, caller, current, null, day);
    await fulfilFollowUp(trx, caller, meeting, day);
  }
}

// ---------------------------------------------------------------------------------------------------------

export function presentSummary(m: MeetingView): Api.MeetingSummary {
  return {
    id: m.id,
    organisationId: m.organisationId,
    supplierId: m.supplierId,
    supplierName: m.supplierName,
    contractId: m.contractId,
    contractNumber: m.contractNumber,
    contractName: m.contractName,
    governanceBodyId: m.governanceBodyId,
    collaborationLevel: m.collaborationLevel,
    title: m.title,
    forum: m.forum,
    heldOn: m.heldOn,
    startsAt: m.startsAt,
    location: m.location,
    status: m.status,
    activityId: m.activityId,
    minutesDocumentId: m.minutesDocumentId,
    approvedAt: m.approvedAt,
    approvedByName: m.approvedByName,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

function presentDecision(d: { id: string; agendaItemId: string | null; text: string; createdAt: string }): Api.Decision {
  return { id: d.id, agendaItemId: d.agendaItemId, text: d.text, createdAt: d.createdAt };
}

/** A participant's name and address: the member's or contact's own (a removed contact is named so). */
export function participantOf(p: ParticipantView): Api.Participant {
  const name = p.kind === 'member' ? p.memberName : p.kind === 'contact' ? (p.contactName ?? 'Fjernet kontaktperson') : p.name;
  const email = p.kind === 'member' ? p.memberEmail : p.kind === 'contact' ? p.contactEmail : p.email;
  return { id: p.id, kind: p.kind, userId: p.userId, contactId: p.contactId, name: name ?? '', email };
}

const SOURCE_LABELS = new Map(AGENDA_SOURCES.map((s) => [s.key, s.label.da]));

export async function presentMeeting(db: Executor, organisationId: string, m: MeetingView): Promise<Api.Meeting> {
  const [participants, agenda, decisions, actions, mails] = await Promise.all([
    listMeetingParticipants(db, organisationId, [m.id]),
    listAgendaItems(db, organisationId, m.id),
    listDecisions(db, organisationId, [m.id]),
    listActions(db, organisationId, [m.id]),
    minutesMails(db, organisationId, m.id),
  ]);
  return {
    ...presentSummary(m),
    participants: participants.map(participantOf),
    agenda: agenda.map((i) => ({
      id: i.id,
      position: i.position,
      section: i.section,
      title: i.title,
      source: i.source,
      sourceLabel: i.source === null || i.source === TEMPLATE_SOURCE ? null : (SOURCE_LABELS.get(i.source) ?? i.source),
      reference: i.reference,
      link: i.link,
      notes: i.notes,
    })),
    decisions: decisions.map(presentDecision),
    actions: actions.map((a) => ({
      id: a.id,
      agendaItemId: a.agendaItemId,
      title: a.title,
      responsibleUserId: a.responsibleUserId,
      responsibleContactId: a.responsibleContactId,
      responsibleName: a.responsibleName ?? a.contactName,
      dueOn: a.dueOn,
      activityId: a.activityId,
      open: actionIsOpen(a, a.activityStatus ? { status: a.activityStatus } : null),
    })),
    mails: mails.map((x) => ({ id: x.id, recipient: x.recipient, status: x.status, sentAt: x.sentAt, lastError: x.lastError })),
  };
}
