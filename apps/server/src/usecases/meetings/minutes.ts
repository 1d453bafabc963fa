import type * as Api from '@overblik/api';
import { actionActivity, type CalendarDate } from '@overblik/core';
import {
  type ActionView,
  deleteAudited,
  type Executor,
  findMembership,
  getAction,
  getActivity,
  insertAudited,
  listAgendaItems,
  listDecisions,
  listSupplierContacts,
  type MeetingActionRow,
  type MeetingView,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError, type FieldError, invalidFields } from '../../errors/app-error.js';
import { deleteActivitiesIn, insertActivity, markActivityDone, markActivityOpen } from '../activities/activities.js';
import { requireOrganisation } from '../authorize.js';
import { getMeeting, meetingOrThrow, requireOpen } from './meetings.js';

/**
 * The minutes' decisions and action items (issue 18). An action a member is responsible for becomes an activity
 * (type meeting_action, reminders to that person, linked back to the meeting) and is done when its activity is;
 * closing the action here completes the activity. Approved minutes are locked, except an action's follow-up.
 */

export async function addDecision(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  meetingId: string,
  input: Api.CreateDecisionRequest,
): Promise<Api.Meeting> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await meetingOrThrow(trx, organisationId, meetingId);
    requireOpen(meeting);
    await checkAgendaItem(trx, meeting, input.agendaItemId ?? null);
    const now = caller.audit.clock.now().toISOString();
    await insertAudited(trx, caller.audit, 'meetingDecisions', {
      id: crypto.randomUUID(),
      organisationId,
      meetingId,
      agendaItemId: input.agendaItemId ?? null,
      text: input.text.trim(),
      createdAt: now,
      updatedAt: now,
    });
  });
  return getMeeting(deps, caller, organisationId, meetingId);
}

export async function updateDecision(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  meetingId: string,
  decisionId: string,
  input: Api.UpdateDecisionRequest,
): Promise<Api.Meeting> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await meetingOrThrow(trx, organisationId, meetingId);
    await decisionOrThrow(trx, organisationId, meetingId, decisionId);
    requireOpen(meeting);
    if (input.agendaItemId !== undefined) await checkAgendaItem(trx, meeting, input.agendaItemId);
    await updateAudited(
      trx,
      caller.audit,
      'meetingDecisions',
      { id: decisionId, organisationId },
      {
        ...(input.text !== undefined && { text: input.text.trim() }),
        ...(input.agendaItemId !== undefined && { agendaItemId: input.agendaItemId }),
      },
    );
  });
  return getMeeting(deps, caller, organisationId, meetingId);
}

export async function deleteDecision(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  meetingId: string,
  decisionId: string,
): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await meetingOrThrow(trx, organisationId, meetingId);
    await decisionOrThrow(trx, organisationId, meetingId, decisionId);
    requireOpen(meeting);
    await deleteAudited(trx, caller.audit, 'meetingDecisions', { id: decisionId, organisationId });
  });
}

export async function addAction(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  meetingId: string,
  input: Api.CreateActionRequest,
): Promise<Api.Meeting> {
  requireOrganisation(caller, 'write', organisationId);
  const day = deps.clock.today();
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await meetingOrThrow(trx, organisationId, meetingId);
    requireOpen(meeting);
    await checkAgendaItem(trx, meeting, input.agendaItemId ?? null);
    await checkResponsible(trx, meeting, input);
    const now = caller.audit.clock.now().toISOString();
    const action = await insertAudited(trx, caller.audit, 'meetingActions', {
      id: crypto.randomUUID(),
      organisationId,
      meetingId,
      agendaItemId: input.agendaItemId ?? null,
      title: input.title.trim(),
      responsibleUserId: input.responsibleUserId ?? null,
      responsibleContactId: input.responsibleContactId ?? null,
      dueOn: input.dueOn,
      activityId: null,
      doneOn: null,
      createdAt: now,
      updatedAt: now,
    });
    await syncActionActivity(trx, caller, meeting, action, day);
  });
  return getMeeting(deps, caller, organisationId, meetingId);
}

export async function updateAction(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  meetingId: string,
  actionId: string,
  input: Api.UpdateActionRequest,
): Promise<Api.Meeting> {
  requireOrganisation(caller, 'write', organisationId);
  const day = deps.clock.today();
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await meetingOrThrow(trx, organisationId, meetingId);
    const current = await actionOrThrow(trx, organisationId, meetingId, actionId);
    const { open, ...change } = input;
    // After approval only the follow-up (open or done) goes on.
    if (Object.keys(change).length > 0) requireOpen(meeting);
    if (change.agendaItemId !== undefined) await checkAgendaItem(trx, meeting, change.agendaItemId);
    const responsible = {
      responsibleUserId: change.responsibleUserId !== undefined ? change.responsibleUserId : current.responsibleUserId,
      responsibleContactId:
        change.responsibleContactId !== undefined ? change.responsibleContactId : current.responsibleContactId,
    };
    if (change.responsibleUserId !== undefined || change.responsibleContactId !== undefined)
      await checkResponsible(trx, meeting, responsible);
    let action = current as MeetingActionRow;
    if (Object.keys(change).length > 0) {
      action = (await updateAudited(
        trx,
        caller.audit,
        'meetingActions',
        { id: actionId, organisationId },
        {
          ...(change.title !== undefined && { title: change.title.trim() }),
          ...(change.dueOn !== undefined && { dueOn: change.dueOn }),
          ...(change.agendaItemId !== undefined && { agendaItemId: change.agendaItemId }),
          ...responsible,
        },
      )) as MeetingActionRow;
      action = await syncActionActivity(trx, caller, meeting, action, day);
    }
    if (open !== undefined) await setActionOpen(trx, caller, action, open, day);
  });
  return getMeeting(deps, caller, organisationId, meetingId);
}

export async function deleteAction(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  meetingId: string,
  actionId: string,
): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await meetingOrThrow(trx, organisationId, meetingId);
    const action = await actionOrThrow(trx, organisationId, meetingId, actionId);
    requireOpen(meeting);
    await deleteAudited(trx, caller.audit, 'meetingActions', { id: actionId, organisationId });
    if (action.activityId) await deleteActivitiesIn(trx, caller, organisationId, [action.activityId]);
  });
}

// ---------------------------------------------------------------------------------------------------------

async function decisionOrThrow(trx: Executor, organisationId: string, meetingId: string, decisionId: string) {
  const decision = (await listDecisions(trx, organisationId, [meetingId])).find((d) => d.id === decisionId);
  if (!decision) throw new AppError('decision_not_found');
  return decision;
}

async function actionOrThrow(trx: Executor, organisationId: string, meetingId: string, actionId: string): Promise<ActionView> {
  const action = await getAction(trx, organisationId, meetingId, actionId);
  if (!action) throw new AppError('action_not_found');
  return action;
}

async function checkAgendaItem(trx: Executor, meeting: MeetingView, agendaItemId: string | null): Promise<void> {
  if (agendaItemId === null) return;
  const items = await listAgendaItems(trx, meeting.organisationId, meeting.id);
  if (!items.some((i) => i.id === agendaItemId)) throw invalidFields({ field: '/agendaItemId', code: 'unknown_reference' });
}

/** The responsible person is a member of the organisation, or one of the meeting's supplier's contacts. */
async function checkResponsible(
  trx: Executor,
  meeting: MeetingView,
  input: { responsibleUserId?: string | null | undefined; responsibleContactId?: string | null | undefined },
): Promise<void> {
  const errors: FieldError[] = [];
  if (input.responsibleUserId && !(await findMembership(trx, meeting.organisationId, input.responsibleUserId)))
    errors.push({ field: '/responsibleUserId', code: 'not_a_member' });
  if (input.responsibleContactId) {
    const contacts = meeting.supplierId ? await listSupplierContacts(trx, meeting.organisationId, meeting.supplierId) : [];
    if (!contacts.some((c) => c.id === input.responsibleContactId))
      errors.push({ field: '/responsibleContactId', code: 'not_a_supplier_contact' });
  }
  if (input.responsibleUserId && input.responsibleContactId)
    errors.push({ field: '/responsibleContactId', code: 'one_responsible' });
  if (errors.length > 0) throw invalidFields(...errors);
}

/**
 * Keeps an action's activity as the action says: created when a member becomes responsible, removed when no
 * member is, and otherwise given the action's title, due day and responsible person.
 */
async function syncActionActivity(
  trx: Executor,
  caller: Caller,
  meeting: MeetingView,
  action: MeetingActionRow,
  day: CalendarDate,
): Promise<MeetingActionRow> {
  const organisationId = meeting.organisationId;
  const wanted = actionActivity(action, meeting);
  const key = { id: action.id, organisationId };
  if (!wanted) {
    if (!action.activityId) return action;
    await updateAudited(trx, caller.audit, 'meetingActions', key, { activityId: null });
    await deleteActivitiesIn(trx, caller, organisationId, [action.activityId]);
    return { ...action, activityId: null };
  }
  if (!action.activityId) {
    const activity = await insertActivity(
      trx,
      caller,
      organisationId,
      { ...wanted, recurrence: 'none', recurrenceDates: '[]', meetingId: meeting.id },
      day,
    );
    await updateAudited(trx, caller.audit, 'meetingActions', key, { activityId: activity.id });
    return { ...action, activityId: activity.id };
  }
  await updateAudited(
    trx,
    caller.audit,
    'activities',
    { id: action.activityId, organisationId },
    {
      title: wanted.title,
      anchorOn: wanted.anchorOn,
      dueOn: wanted.anchorOn,
      responsibleUserId: wanted.responsibleUserId,
      nextReminderOn: day,
    },
  );
  return action;
}

/** Closes or reopens an action: through its activity when it has one, else by its own day of completion. */
async function setActionOpen(trx: Executor, caller: Caller, action: MeetingActionRow, open: boolean, day: CalendarDate) {
  const organisationId = action.organisationId;
  if (action.activityId) {
    const activity = await getActivity(trx, organisationId, action.activityId);
    if (!activity) return;
    if (!open && activity.status === 'open') await markActivityDone(trx, caller, activity, 'Lukket fra mødets referat', day);
    if (open && activity.status === 'done' && activity.doneOn)
      await markActivityOpen(trx, caller, activity, activity.doneOn, day);
    return;
  }
  const doneOn = open ? null : day;
  if ((action.doneOn === null) !== (doneOn === null))
    await updateAudited(trx, caller.audit, 'meetingActions', { id: action.id, organisationId }, { doneOn });
}
