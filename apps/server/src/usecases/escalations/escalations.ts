import type * as Api from '@overblik/api';
import {
  type CalendarDate,
  escalationDueOn,
  formatDanishDate,
  type NextStep,
  nextEscalationStep,
  type StepLevel,
} from '@overblik/core';
import {
  deleteAudited,
  type EscalationRow,
  type EscalationView,
  type Executor,
  escalationAgendaMeetings,
  findByKey,
  getActivity,
  getMeeting,
  getSupplier,
  insertAudited,
  listAgendaItems,
  listCollaborationLevels,
  listEscalations as listEscalationRows,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError, type FieldError, invalidFields } from '../../errors/app-error.js';
import { deleteActivitiesIn, insertActivity, markActivityDone } from '../activities/activities.js';
import { requireOrganisation, signatureOf } from '../authorize.js';
import { blankToNull } from '../text.js';

/**
 * Escalations (issue 18): an issue raised at a level of a supplier's collaboration organisation, or from a status
 * meeting, sent one step up (the level above, or from the top level its governance body) or to a body chosen; due
 * by the receiving level's time limit to resolve it or send it further (an activity reminds it); it lands on the receiving forum's next meeting's
 * agenda (the agenda source `escalations`) and is resolved there. The rules are pure (core escalation.ts).
 */

export async function listEscalations(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.EscalationQuery,
): Promise<Api.EscalationList> {
  requireOrganisation(caller, 'read', organisationId);
  const rows = await listEscalationRows(deps.db, organisationId, {
    ...(query.supplierId && { supplierId: query.supplierId }),
    ...(query.governanceBodyId && { toBodyId: query.governanceBodyId }),
    ...(query.status && { status: query.status }),
  });
  return { items: await presentAll(deps.db, organisationId, rows) };
}

async function presentAll(db: Executor, organisationId: string, rows: readonly EscalationView[]): Promise<Api.Escalation[]> {
  const placed = await escalationAgendaMeetings(
    db,
    organisationId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    supplierId: r.supplierId,
    supplierName: r.supplierName,
    title: r.title,
    description: r.description,
    raisedOn: r.raisedOn,
    raisedAt: r.raisedAt,
    fromMeetingId: r.fromMeetingId,
    to: r.toBodyId
      ? { kind: 'body' as const, bodyId: r.toBodyId, name: r.bodyName ?? 'Fjernet styringsorgan' }
      : { kind: 'level' as const, levelId: r.toLevelId, name: r.toLevelName ?? '' },
    dueOn: r.dueOn,
    activityId: r.activityId,
    status: r.status,
    resolution: r.resolution,
    resolvedOn: r.resolvedOn,
    raisedByName: r.raisedByName,
    onAgendaOf: placed
      .filter((p) => p.reference === r.id)
      .map((p) => ({ meetingId: p.meetingId, title: p.title, heldOn: p.heldOn })),
    createdAt: r.createdAt,
  }));
}

async function presentOne(db: Executor, organisationId: string, id: string): Promise<Api.Escalation> {
  const [row] = await listEscalationRows(db, organisationId, { id });
  if (!row) throw new AppError('escalation_not_found');
  const [presented] = await presentAll(db, organisationId, [row]);
  return presented as Api.Escalation;
}

type Origin = {
  supplierId: string | null;
  raisedAt: string;
  level: StepLevel | null;
  levels: StepLevel[];
  bodyEscalatesTo: string | null;
};

/** Where the issue is raised: at a level of the supplier's collaboration organisation, or at a meeting. */
async function originOf(trx: Executor, organisationId: string, input: Api.CreateEscalationRequest): Promise<Origin> {
  const errors: FieldError[] = [];
  let supplierId = input.supplierId ?? null;
  let raisedAt: string | null = null;
  let levelName: string | null = null;
  let bodyEscalatesTo: string | null = null;
  if (input.fromMeetingId) {
    const meeting = await getMeeting(trx, organisationId, input.fromMeetingId);
    if (!meeting) throw invalidFields({ field: '/fromMeetingId', code: 'unknown_reference' });
    supplierId ??= meeting.supplierId;
    if (meeting.supplierId && supplierId !== meeting.supplierId)
      errors.push({ field: '/fromMeetingId', code: 'meeting_of_other_supplier' });
    if (
      input.fromAgendaItemId &&
      !(await listAgendaItems(trx, organisationId, meeting.id)).some((i) => i.id === input.fromAgendaItemId)
    )
      errors.push({ field: '/fromAgendaItemId', code: 'unknown_reference' });
    raisedAt = `${meeting.title} ${formatDanishDate(meeting.heldOn)}`;
    levelName = meeting.collaborationLevel;
    if (meeting.governanceBodyId) {
      const body = await findByKey(trx, 'governanceBodies', { id: meeting.governanceBodyId, organisationId });
      bodyEscalatesTo = body?.escalatesToId ?? null;
    }
  }
  if (supplierId && !(await getSupplier(trx, organisationId, supplierId)))
    errors.push({ field: '/supplierId', code: 'unknown_reference' });
  const levels: StepLevel[] = supplierId
    ? (await listCollaborationLevels(trx, organisationId, { supplierId }))
        .filter((l) => l.contractId === null)
        .map((l) => ({
          id: l.id,
          name: l.name,
          position: l.position,
          escalationDays: l.escalationDays,
          escalationBodyId: l.escalationBodyId,
        }))
    : [];
  let level: StepLevel | null = null;
  if (input.fromLevelId) {
    level = levels.find((l) => l.id === input.fromLevelId) ?? null;
    if (!level) errors.push({ field: '/fromLevelId', code: 'unknown_reference' });
  } else if (levelName) {
    const wanted = levelName.trim().toLocaleLowerCase('da');
    level = levels.find((l) => l.name.trim().toLocaleLowerCase('da') === wanted) ?? null;
  }
  if (!supplierId && !input.fromMeetingId) errors.push({ field: '/supplierId', code: 'required' });
  if (errors.length > 0) throw invalidFields(...errors);
  return { supplierId, raisedAt: raisedAt ?? level?.name ?? 'Samarbejdsorganisationen', level, levels, bodyEscalatesTo };
}

/** Where it goes: the level or body asked for, else one step up from where it was raised. */
async function targetOf(
  trx: Executor,
  organisationId: string,
  input: Api.CreateEscalationRequest,
  origin: Origin,
): Promise<NextStep> {
  if (input.toLevelId && input.toBodyId) throw invalidFields({ field: '/toBodyId', code: 'one_target' });
  if (input.toLevelId) {
    const level = origin.levels.find((l) => l.id === input.toLevelId);
    if (!level) throw invalidFields({ field: '/toLevelId', code: 'unknown_reference' });
    return { kind: 'level', levelId: level.id, name: level.name };
  }
  // Without a level to step up from (a governance body's own meeting): the body that body escalates to.
  const bodyId = input.toBodyId ?? (origin.level ? undefined : (origin.bodyEscalatesTo ?? undefined));
  if (bodyId) {
    if (!(await findByKey(trx, 'governanceBodies', { id: bodyId, organisationId })))
      throw invalidFields({ field: input.toBodyId ? '/toBodyId' : '/fromMeetingId', code: 'unknown_reference' });
    return { kind: 'body', bodyId };
  }
  const next = origin.level ? nextEscalationStep(origin.levels, origin.level.id) : null;
  if (!next) throw invalidFields({ field: '/toBodyId', code: 'no_escalation_target' });
  return next;
}

export async function createEscalation(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.CreateEscalationRequest,
): Promise<Api.Escalation> {
  requireOrganisation(caller, 'write', organisationId);
  const day = deps.clock.today();
  const id = await deps.db.transaction().execute(async (trx) => {
    const origin = await originOf(trx, organisationId, input);
    const target = await targetOf(trx, organisationId, input, origin);
    const bodyName =
      target.kind === 'body'
        ? ((await findByKey(trx, 'governanceBodies', { id: target.bodyId, organisationId }))?.name ?? '')
        : null;
    // The receiving level has its own time limit to resolve the issue or send it further up; a body has none.
    const receiving = target.kind === 'level' ? origin.levels.find((l) => l.id === target.levelId) : undefined;
    const dueOn = escalationDueOn(day, receiving?.escalationDays ?? null);
    const title = input.title.trim();
    const escalationId = crypto.randomUUID();
    const activity = dueOn
      ? await insertActivity(
          trx,
          caller,
          organisationId,
          {
            type: 'escalation',
            title: `Eskaleret til ${target.kind === 'level' ? target.name : bodyName}: ${title}`,
            description: blankToNull(input.description ?? null),
            supplierId: origin.supplierId,
            contractId: null,
            recurrence: 'none',
            anchorOn: dueOn,
            recurrenceDates: '[]',
            responsibleUserId: caller.audit.type === 'user' ? caller.audit.userId : null,
          },
          day,
        )
      : null;
    const now = deps.clock.now().toISOString();
    await insertAudited(trx, caller.audit, 'escalations', {
      id: escalationId,
      organisationId,
      supplierId: origin.supplierId,
      title,
      description: blankToNull(input.description ?? null),
      raisedOn: day,
      raisedAt: origin.raisedAt,
      fromMeetingId: input.fromMeetingId ?? null,
      fromAgendaItemId: input.fromAgendaItemId ?? null,
      toLevelId: target.kind === 'level' ? target.levelId : null,
      toLevelName: target.kind === 'level' ? target.name : null,
      toBodyId: target.kind === 'body' ? target.bodyId : null,
      dueOn,
      activityId: activity?.id ?? null,
      status: 'open',
      resolution: null,
      resolvedOn: null,
      raisedByName: signatureOf(caller),
      createdAt: now,
      updatedAt: now,
    });
    return escalationId;
  });
  return presentOne(deps.db, organisationId, id);
}

async function escalationOrThrow(db: Executor, organisationId: string, id: string): Promise<EscalationRow> {
  const row = await findByKey(db, 'escalations', { id, organisationId });
  if (!row) throw new AppError('escalation_not_found');
  return row;
}

/** PATCH; resolving marks the reminding activity done, reopening opens it again. */
export async function updateEscalation(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  escalationId: string,
  input: Api.UpdateEscalationRequest,
): Promise<Api.Escalation> {
  requireOrganisation(caller, 'write', organisationId);
  const day = deps.clock.today();
  await deps.db.transaction().execute(async (trx) => {
    const current = await escalationOrThrow(trx, organisationId, escalationId);
    const status = input.status ?? current.status;
    await updateAudited(
      trx,
      caller.audit,
      'escalations',
      { id: escalationId, organisationId },
      {
        ...(input.title !== undefined && { title: input.title.trim() }),
        ...(input.description !== undefined && { description: blankToNull(input.description) }),
        ...(input.resolution !== undefined && { resolution: blankToNull(input.resolution) }),
        status,
        resolvedOn: status === 'resolved' ? (current.resolvedOn ?? day) : null,
      },
    );
    if (status === 'resolved' && current.status === 'open') await closeActivity(trx, caller, current, day);
  });
  return presentOne(deps.db, organisationId, escalationId);
}

async function closeActivity(trx: Executor, caller: Caller, escalation: EscalationRow, day: CalendarDate): Promise<void> {
  if (!escalation.activityId) return;
  const activity = await getActivity(trx, escalation.organisationId, escalation.activityId);
  if (activity && activity.status === 'open') await markActivityDone(trx, caller, activity, 'Eskaleringen er løst.', day);
}

export async function deleteEscalation(deps: Deps, caller: Caller, organisationId: string, escalationId: string): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    await removeEscalation(trx, caller, await escalationOrThrow(trx, organisationId, escalationId));
  });
}

/** Deletes an escalation with its reminding activity (when that is still there), both audited. */
async function removeEscalation(trx: Executor, caller: Caller, escalation: EscalationRow): Promise<void> {
  const { id, organisationId, activityId } = escalation;
  if (activityId && (await getActivity(trx, organisationId, activityId)))
    await deleteActivitiesIn(trx, caller, organisationId, [activityId]);
  await deleteAudited(trx, caller.audit, 'escalations', { id, organisationId });
}

/** Removes a supplier's escalations with their activities, audited (when the supplier is deleted). */
export async function deleteEscalationsOf(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  supplierId: string,
): Promise<void> {
  for (const e of await listEscalationRows(trx, organisationId, { supplierId })) await removeEscalation(trx, caller, e);
}

/**
 * When minutes are approved, an escalation on the meeting's agenda with a decision on its item is resolved by that
 * decision (its activity done); one without a decision stays open for the forum's next meeting.
 */
export async function resolveDecidedEscalations(
  trx: Executor,
  caller: Caller,
  meeting: Pick<Api.Meeting, 'organisationId' | 'agenda' | 'decisions' | 'title' | 'heldOn'>,
  day: CalendarDate,
): Promise<void> {
  const organisationId = meeting.organisationId;
  for (const item of meeting.agenda) {
    if (item.source !== 'escalations' || !item.reference) continue;
    const decisions = meeting.decisions.filter((d) => d.agendaItemId === item.id).map((d) => d.text);
    const escalation = await findByKey(trx, 'escalations', { id: item.reference, organisationId });
    if (decisions.length === 0 || !escalation || escalation.status !== 'open') continue;
    await updateAudited(
      trx,
      caller.audit,
      'escalations',
      { id: escalation.id, organisationId },
      {
        status: 'resolved',
        resolvedOn: day,
        resolution: `${meeting.title} ${formatDanishDate(meeting.heldOn)}: ${decisions.join(' ')}`.slice(0, 4000),
      },
    );
    await closeActivity(trx, caller, escalation, day);
  }
}
