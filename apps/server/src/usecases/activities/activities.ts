import type * as Api from '@overblik/api';
import {
  addDays,
  type CalendarDate,
  DERIVED_ACTIVITY_TYPES,
  nextOccurrence,
  normaliseLeadDays,
  occurrencesBetween,
  type Schedule,
} from '@overblik/core';
import {
  type ActivityRow,
  type ActivityView,
  deadlineCounts,
  deleteAudited,
  deleteRemindersOf,
  type Executor,
  listActivities as findActivities,
  getActivity as findActivity,
  findMembership,
  getContract,
  getSupplier,
  insertAudited,
  listReminderSettings,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError, type FieldError, invalidFields } from '../../errors/app-error.js';
import { requireOrganisation, signatureOf } from '../authorize.js';
import { checkOption } from '../option-lists/option-lists.js';
import { effectiveSetting } from '../reminders/effective-setting.js';
import { blankToNull } from '../text.js';

const DERIVED = new Set<string>(DERIVED_ACTIVITY_TYPES);

/** The fields a user may change on an activity derived from the contract terms. */
const DERIVED_EDITABLE = new Set(['title', 'description', 'responsibleUserId', 'leadDays', 'extraEmails']);

export async function listActivities(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.ActivityQuery,
): Promise<Api.ActivityPage> {
  requireOrganisation(caller, 'read', organisationId);
  const day = deps.clock.today();
  const page = await findActivities(deps.db, organisationId, {
    status: query.overdue ? 'open' : (query.status ?? 'open'),
    overdueBefore: query.overdue ? day : undefined,
    dueFrom: query.withinDays !== undefined ? maxDate(day, query.dueFrom) : query.dueFrom,
    dueTo: query.withinDays !== undefined ? minDate(addDays(day, query.withinDays), query.dueTo) : query.dueTo,
    type: query.type,
    responsibleUserId: query.responsibleUserId,
    supplierId: query.supplierId,
    unitId: query.unitId,
    contractId: query.contractId,
    derived: query.derived,
    descending: query.sort === '-dueOn',
    limit: query.limit ?? 100,
    offset: query.offset ?? 0,
  });
  const leads = await leadDaysOfOrganisation(deps.db, organisationId);
  return { items: page.items.map((a) => presentActivity(a, leads, day)), total: page.total };
}

export async function getActivity(deps: Deps, caller: Caller, organisationId: string, activityId: string): Promise<Api.Activity> {
  requireOrganisation(caller, 'read', organisationId);
  return presented(deps, organisationId, await activityOrThrow(deps.db, organisationId, activityId));
}

export async function createActivity(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.CreateActivityRequest,
): Promise<Api.Activity> {
  requireOrganisation(caller, 'write', organisationId);
  const day = deps.clock.today();
  const row = await deps.db.transaction().execute(async (trx) => {
    const values = await checkedValues(trx, organisationId, input, null);
    return insertActivity(
      trx,
      caller,
      organisationId,
      values as Required<Pick<ActivityValues, 'type' | 'anchorOn' | 'recurrence' | 'recurrenceDates'>> & ActivityValues,
      day,
    );
  });
  return presented(deps, organisationId, row);
}

/** Writes a new activity from checked values (audited), open on its first occurrence from `day`. */
export async function insertActivity(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  values: Required<Pick<ActivityValues, 'type' | 'anchorOn' | 'recurrence' | 'recurrenceDates'>> &
    ActivityValues & { meetingId?: string | null },
  day: CalendarDate,
): Promise<ActivityRow> {
  const now = caller.audit.clock.now().toISOString();
  return insertAudited(trx, caller.audit, 'activities', {
    id: crypto.randomUUID(),
    organisationId,
    extraEmails: '[]',
    ...values,
    dueOn: firstOpenOccurrence(scheduleOf(values), day),
    derivedKey: null,
    status: 'open',
    nextReminderOn: day,
    createdAt: now,
    updatedAt: now,
  });
}

export async function updateActivity(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  activityId: string,
  input: Api.UpdateActivityRequest,
): Promise<Api.Activity> {
  requireOrganisation(caller, 'write', organisationId);
  const day = deps.clock.today();
  const row = await deps.db.transaction().execute(async (trx) => {
    const current = await activityOrThrow(trx, organisationId, activityId);
    if (current.derivedKey !== null && Object.keys(input).some((k) => !DERIVED_EDITABLE.has(k)))
      throw new AppError(derivedError(current));
    const values = await checkedValues(trx, organisationId, input, current);
    const scheduleChanged = (['recurrence', 'anchorOn', 'recurrenceDates'] as const).some(
      (k) => values[k] !== undefined && values[k] !== current[k],
    );
    const patch: Partial<ActivityRow> = { ...values, nextReminderOn: current.status === 'open' ? day : null };
    if (scheduleChanged && current.status === 'open') {
      const schedule = scheduleOf({ ...current, ...values });
      patch.dueOn = current.doneOn
        ? (nextOccurrence(schedule, current.doneOn) ?? current.dueOn)
        : firstOpenOccurrence(schedule, day);
    }
    return updateAudited(trx, caller.audit, 'activities', { id: activityId, organisationId }, patch);
  });
  return presented(deps, organisationId, row as ActivityRow);
}

export async function deleteActivity(deps: Deps, caller: Caller, organisationId: string, activityId: string): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const current = await activityOrThrow(trx, organisationId, activityId);
    if (current.derivedKey !== null) throw new AppError(derivedError(current));
    await deleteActivitiesIn(trx, caller, organisationId, [activityId]);
  });
}

/** Why a derived activity cannot be changed here: it follows from the contract's terms or the supplier's segment. */
function derivedError(activity: ActivityRow): 'activity_derived' | 'activity_from_segment' {
  return activity.derivedKey?.startsWith('regime:') ? 'activity_from_segment' : 'activity_derived';
}

/** Deletes activities with their reminder plan, each deletion audited (also when a contract or supplier goes). */
export async function deleteActivitiesIn(trx: Executor, caller: Caller, organisationId: string, activityIds: readonly string[]) {
  await deleteRemindersOf(trx, organisationId, activityIds);
  for (const id of activityIds) await deleteAudited(trx, caller.audit, 'activities', { id, organisationId });
}

/**
 * Marks the open occurrence done, by the caller, now, with a note. A recurring activity moves on to its next
 * occurrence and stays open; a single one (and a recurring one with no occurrence left) becomes done.
 */
export async function completeActivity(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  activityId: string,
  input: Api.CompleteActivityRequest,
): Promise<Api.Activity> {
  requireOrganisation(caller, 'write', organisationId);
  const day = deps.clock.today();
  const row = await deps.db.transaction().execute(async (trx) => {
    const current = await activityOrThrow(trx, organisationId, activityId);
    if (current.status === 'done') throw new AppError('activity_done');
    if (input.occurrenceOn !== undefined && input.occurrenceOn !== current.dueOn) throw new AppError('occurrence_mismatch');
    return markActivityDone(trx, caller, current, blankToNull(input.note ?? null), day);
  });
  return presented(deps, organisationId, row as ActivityRow);
}

/** Marks an activity's open occurrence done by the caller (audited); a recurring one moves on to its next occurrence. */
export async function markActivityDone(
  trx: Executor,
  caller: Caller,
  current: ActivityRow,
  note: string | null,
  day: CalendarDate,
): Promise<ActivityRow> {
  const next = current.recurrence === 'none' ? null : nextOccurrence(scheduleOf(current), current.dueOn);
  return (await updateAudited(
    trx,
    caller.audit,
    'activities',
    { id: current.id, organisationId: current.organisationId },
    {
      doneOn: current.dueOn,
      doneByUserId: caller.audit.userId,
      doneByName: signatureOf(caller),
      doneAt: caller.audit.clock.now().toISOString(),
      doneNote: note,
      status: next ? 'open' : 'done',
      dueOn: next ?? current.dueOn,
      nextReminderOn: next ? day : null,
    },
  )) as ActivityRow;
}

/** Undoes a completion that was a mistake: the activity is open again on the occurrence it was done for. */
export async function reopenActivity(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  activityId: string,
): Promise<Api.Activity> {
  requireOrganisation(caller, 'write', organisationId);
  const day = deps.clock.today();
  const row = await deps.db.transaction().execute(async (trx) => {
    const current = await activityOrThrow(trx, organisationId, activityId);
    if (current.doneOn === null) throw new AppError('activity_not_done');
    return markActivityOpen(trx, caller, current, current.doneOn, day);
  });
  return presented(deps, organisationId, row as ActivityRow);
}

/** Opens an activity again on the occurrence it was done for (audited). */
export async function markActivityOpen(
  trx: Executor,
  caller: Caller,
  current: ActivityRow,
  doneOn: CalendarDate,
  day: CalendarDate,
): Promise<ActivityRow> {
  return (await updateAudited(
    trx,
    caller.audit,
    'activities',
    { id: current.id, organisationId: current.organisationId },
    {
      status: 'open',
      dueOn: doneOn,
      doneOn: null,
      doneByUserId: null,
      doneByName: null,
      doneAt: null,
      doneNote: null,
      nextReminderOn: day,
    },
  )) as ActivityRow;
}

/** Every open occurrence from `from` to `to` (recurring activities expanded), for the month calendar. */
export async function listOccurrences(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.OccurrenceQuery,
): Promise<Api.OccurrenceList> {
  requireOrganisation(caller, 'read', organisationId);
  if (query.to < query.from || addDays(query.from, 400) < query.to) throw invalidFields({ field: '/to', code: 'out_of_range' });
  const day = deps.clock.today();
  const page = await findActivities(deps.db, organisationId, {
    status: 'open',
    dueTo: query.to,
    type: query.type,
    responsibleUserId: query.responsibleUserId,
    supplierId: query.supplierId,
    unitId: query.unitId,
    limit: 5000,
    offset: 0,
  });
  const leads = await leadDaysOfOrganisation(deps.db, organisationId);
  const items: Api.Occurrence[] = [];
  for (const a of page.items) {
    const activity = presentActivity(a, leads, day);
    for (const on of openOccurrencesUntil(a, query.to)) if (on >= query.from) items.push({ on, activity });
  }
  items.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0));
  return { items };
}

/** The start page's counters (stored dates only) and whether reminders can go out by mail. */
export async function deadlineSummary(deps: Deps, caller: Caller, organisationId: string): Promise<Api.DeadlineSummary> {
  requireOrganisation(caller, 'read', organisationId);
  const day = deps.clock.today();
  const counts = await deadlineCounts(deps.db, organisationId, day, addDays(day, 30), addDays(day, 90));
  return { today: day, ...counts, emailConfigured: deps.config.smtp !== null };
}

// ---------------------------------------------------------------------------------------------------------

type ActivityValues = Partial<
  Pick<
    ActivityRow,
    | 'contractId'
    | 'supplierId'
    | 'type'
    | 'title'
    | 'description'
    | 'recurrence'
    | 'anchorOn'
    | 'recurrenceDates'
    | 'responsibleUserId'
    | 'leadDays'
    | 'extraEmails'
  >
>;

/** The request as stored values, checked against the organisation; `current` is null for a new activity. */
async function checkedValues(
  trx: Executor,
  organisationId: string,
  input: Api.UpdateActivityRequest,
  current: ActivityRow | null,
): Promise<ActivityValues> {
  const errors: FieldError[] = [];
  const out: ActivityValues = {};
  if (input.contractId !== undefined) out.contractId = input.contractId;
  if (input.supplierId !== undefined) out.supplierId = input.supplierId;
  if (input.title !== undefined) out.title = blankToNull(input.title);
  if (input.description !== undefined) out.description = blankToNull(input.description);
  if (input.responsibleUserId !== undefined) out.responsibleUserId = input.responsibleUserId;
  if (input.extraEmails !== undefined)
    out.extraEmails = JSON.stringify([...new Set(input.extraEmails.map((e) => e.trim().toLowerCase()))]);
  if (input.leadDays !== undefined)
    out.leadDays = input.leadDays === null ? null : JSON.stringify(normaliseLeadDays(input.leadDays));

  const contractId = out.contractId !== undefined ? out.contractId : (current?.contractId ?? null);
  const supplierId = out.supplierId !== undefined ? out.supplierId : (current?.supplierId ?? null);
  if ((contractId === null) === (supplierId === null)) errors.push({ field: '/contractId', code: 'one_subject' });
  if (out.contractId && !(await getContract(trx, organisationId, out.contractId)))
    errors.push({ field: '/contractId', code: 'unknown_reference' });
  if (out.supplierId && !(await getSupplier(trx, organisationId, out.supplierId)))
    errors.push({ field: '/supplierId', code: 'unknown_reference' });
  if (out.responsibleUserId && !(await findMembership(trx, organisationId, out.responsibleUserId)))
    errors.push({ field: '/responsibleUserId', code: 'not_a_member' });

  if (input.type !== undefined && input.type !== current?.type) {
    if (DERIVED.has(input.type)) errors.push({ field: '/type', code: 'invalid_value' });
    else await checkOption(trx, organisationId, 'activity_type', input.type, '/type');
    out.type = input.type;
  }
  if (current === null && input.type === undefined) errors.push({ field: '/type', code: 'required' });

  if (input.recurrence !== undefined || input.anchorOn !== undefined || input.recurrenceDates !== undefined) {
    const recurrence = input.recurrence ?? current?.recurrence ?? 'none';
    const dates = [
      ...new Set(input.recurrenceDates ?? (current ? (JSON.parse(current.recurrenceDates) as CalendarDate[]) : [])),
    ].sort();
    if (recurrence === 'dates') {
      if (dates.length === 0) errors.push({ field: '/recurrenceDates', code: 'required' });
      if (dates[0]) out.anchorOn = dates[0];
    } else {
      const anchor = input.anchorOn ?? current?.anchorOn;
      if (anchor) out.anchorOn = anchor;
      else errors.push({ field: '/anchorOn', code: 'required' });
    }
    out.recurrence = recurrence;
    out.recurrenceDates = JSON.stringify(recurrence === 'dates' ? dates : []);
  } else if (current === null) {
    errors.push({ field: '/anchorOn', code: 'required' });
  }
  if (errors.length > 0) throw invalidFields(...errors);
  return out;
}

/** The open occurrence of an activity and, for a recurring one, those after it, through `to` (at most `limit` more). */
export function openOccurrencesUntil(
  a: Pick<ActivityRow, 'recurrence' | 'anchorOn' | 'recurrenceDates' | 'dueOn'>,
  to: CalendarDate,
  limit = 500,
): CalendarDate[] {
  const later = a.recurrence === 'none' ? [] : occurrencesBetween(scheduleOf(a), addDays(a.dueOn, 1), to, limit);
  return [a.dueOn, ...later].filter((d) => d <= to);
}

function scheduleOf(a: { recurrence?: ActivityRow['recurrence']; anchorOn?: CalendarDate; recurrenceDates?: string }): Schedule {
  return {
    recurrence: a.recurrence ?? 'none',
    anchor: a.anchorOn ?? null,
    dates: JSON.parse(a.recurrenceDates ?? '[]') as CalendarDate[],
  };
}

/**
 * The occurrence a new (or rescheduled) activity is open for: a single one's own date, even if it has
 * passed (it is then overdue); for a recurring one the first occurrence from today on, or the last one
 * when all have passed.
 */
function firstOpenOccurrence(s: Schedule, day: CalendarDate): CalendarDate {
  if (s.recurrence === 'none') return s.anchor as CalendarDate;
  const upcoming = nextOccurrence(s, addDays(day, -1));
  if (upcoming) return upcoming;
  const past = occurrencesBetween(s, s.anchor ?? s.dates[0] ?? day, day, 100_000);
  return past[past.length - 1] ?? (s.anchor as CalendarDate);
}

async function activityOrThrow(db: Executor, organisationId: string, activityId: string): Promise<ActivityView> {
  const row = await findActivity(db, organisationId, activityId);
  if (!row) throw new AppError('activity_not_found');
  return row;
}

/** Lead days per activity type in an organisation: its own setting, else the product's default. */
export async function leadDaysOfOrganisation(db: Executor, organisationId: string): Promise<(type: string) => number[]> {
  const settings = new Map((await listReminderSettings(db, organisationId)).map((s) => [s.activityType, s]));
  return (type) => effectiveSetting(settings.get(type), type).leadDays;
}

async function presented(deps: Deps, organisationId: string, row: ActivityRow): Promise<Api.Activity> {
  const view = (await findActivity(deps.db, organisationId, row.id)) as ActivityView;
  return presentActivity(view, await leadDaysOfOrganisation(deps.db, organisationId), deps.clock.today());
}

export function presentActivity(a: ActivityView, leadsOf: (type: string) => number[], day: CalendarDate): Api.Activity {
  const own = a.leadDays === null ? null : (JSON.parse(a.leadDays) as number[]);
  return {
    id: a.id,
    organisationId: a.organisationId,
    contractId: a.contractId,
    contractNumber: a.contractNumber,
    contractName: a.contractName,
    supplierId: a.supplierId,
    supplierName: a.supplierName,
    type: a.type,
    title: a.title,
    description: a.description,
    recurrence: a.recurrence,
    anchorOn: a.anchorOn,
    recurrenceDates: JSON.parse(a.recurrenceDates) as CalendarDate[],
    dueOn: a.dueOn,
    responsibleUserId: a.responsibleUserId,
    responsibleName: a.responsibleName,
    leadDays: own,
    effectiveLeadDays: own ?? leadsOf(a.type),
    extraEmails: JSON.parse(a.extraEmails) as string[],
    derived: a.derivedKey !== null,
    derivedKey: a.derivedKey,
    status: a.status,
    overdue: a.status === 'open' && a.dueOn < day,
    done:
      a.doneOn && a.doneAt
        ? { on: a.doneOn, byUserId: a.doneByUserId, byName: a.doneByName ?? '', at: a.doneAt, note: a.doneNote }
        : null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    meetingId: a.meetingId,
  };
}

function maxDate(a: CalendarDate, b: CalendarDate | undefined): CalendarDate {
  return b !== undefined && b > a ? b : a;
}
function minDate(a: CalendarDate, b: CalendarDate | undefined): CalendarDate {
  return b !== undefined && b < a ? b : a;
}
