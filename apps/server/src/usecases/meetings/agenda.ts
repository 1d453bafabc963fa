import type * as Api from '@overblik/api';
import {
  type AgendaEntry,
  addMonths,
  assembleAgenda,
  DEFAULT_AGENDA_PERIOD_MONTHS,
  DEFAULT_AGENDA_TEMPLATE,
  defaultAgendaTemplate,
  type TemplateItem,
} from '@overblik/core';
import {
  deleteAudited,
  type Executor,
  insertAudited,
  listActions,
  listAgendaItems,
  listAgendaTemplate,
  listDecisions,
  type MeetingAgendaItemRow,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import { AppError, type FieldError, invalidFields } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';
import { blankToNull } from '../text.js';
import { AGENDA_SOURCES, collectAgendaInputs } from './agenda-sources.js';
import { getMeeting, meetingOrThrow, requireOpen } from './meetings.js';

/**
 * "Hent punkter fra registret": the organisation's template items and what the register collects (open invoice
 * deviations and disputes, deadlines and options in the period after the meeting, open actions of earlier
 * meetings) are added to the agenda as a snapshot; items already on it keep their place (`assembleAgenda`).
 */
export async function collectAgenda(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  meetingId: string,
  input: Api.CollectAgendaRequest,
): Promise<Api.Meeting> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await meetingOrThrow(trx, organisationId, meetingId);
    requireOpen(meeting);
    const template = await templateOf(trx, organisationId);
    const period = {
      from: meeting.heldOn,
      to: addMonths(meeting.heldOn, input.periodMonths ?? DEFAULT_AGENDA_PERIOD_MONTHS),
    };
    const inputs = await collectAgendaInputs(trx, organisationId, { ...meeting, meetingId }, period);
    const existing = await listAgendaItems(trx, organisationId, meetingId);
    const rowOf = new Map<AgendaEntry, MeetingAgendaItemRow>(existing.map((row) => [entryOf(row), row]));
    const assembled = assembleAgenda([...rowOf.keys()], template, inputs);
    const now = caller.audit.clock.now().toISOString();
    for (const [position, entry] of assembled.entries()) {
      const row = rowOf.get(entry);
      if (!row)
        await insertAudited(trx, caller.audit, 'meetingAgendaItems', {
          id: crypto.randomUUID(),
          organisationId,
          meetingId,
          position,
          ...entry,
          notes: null,
          createdAt: now,
          updatedAt: now,
        });
      else if (row.position !== position)
        await updateAudited(trx, caller.audit, 'meetingAgendaItems', { id: row.id, organisationId }, { position });
    }
  });
  return getMeeting(deps, caller, organisationId, meetingId);
}

function entryOf(row: MeetingAgendaItemRow): AgendaEntry {
  return { section: row.section, title: row.title, source: row.source, reference: row.reference, link: row.link };
}

/**
 * The agenda in a new order: items named by id stay (with their source; a new title if given), items without an
 * id are added by hand, and items left out are removed (decisions and actions on them stay, on no item).
 */
export async function putAgenda(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  meetingId: string,
  input: Api.PutAgendaRequest,
): Promise<Api.Meeting> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await meetingOrThrow(trx, organisationId, meetingId);
    requireOpen(meeting);
    const existing = new Map((await listAgendaItems(trx, organisationId, meetingId)).map((r) => [r.id, r]));
    const errors: FieldError[] = [];
    for (const [i, item] of input.items.entries()) {
      if (item.id !== undefined && !existing.has(item.id)) errors.push({ field: `/items/${i}/id`, code: 'unknown_reference' });
      if (item.id === undefined && !item.title?.trim()) errors.push({ field: `/items/${i}/title`, code: 'required' });
    }
    if (errors.length > 0) throw invalidFields(...errors);
    const kept = new Set(input.items.map((i) => i.id).filter((id): id is string => id !== undefined));
    const key = (id: string) => ({ id, organisationId });
    for (const d of await listDecisions(trx, organisationId, [meetingId]))
      if (d.agendaItemId && !kept.has(d.agendaItemId))
        await updateAudited(trx, caller.audit, 'meetingDecisions', key(d.id), { agendaItemId: null });
    for (const a of await listActions(trx, organisationId, [meetingId]))
      if (a.agendaItemId && !kept.has(a.agendaItemId))
        await updateAudited(trx, caller.audit, 'meetingActions', key(a.id), { agendaItemId: null });
    for (const id of existing.keys()) if (!kept.has(id)) await deleteAudited(trx, caller.audit, 'meetingAgendaItems', key(id));
    const now = caller.audit.clock.now().toISOString();
    for (const [position, item] of input.items.entries()) {
      const row = item.id ? existing.get(item.id) : undefined;
      const title = item.title?.trim();
      if (!row) {
        await insertAudited(trx, caller.audit, 'meetingAgendaItems', {
          id: crypto.randomUUID(),
          organisationId,
          meetingId,
          position,
          section: null,
          title: title as string,
          source: null,
          reference: null,
          link: null,
          notes: null,
          createdAt: now,
          updatedAt: now,
        });
      } else if (row.position !== position || (title && title !== row.title)) {
        await updateAudited(trx, caller.audit, 'meetingAgendaItems', key(row.id), {
          position,
          ...(title && { title }),
        });
      }
    }
  });
  return getMeeting(deps, caller, organisationId, meetingId);
}

/** The minutes of one agenda item (its notes), or its title. */
export async function updateAgendaItem(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  meetingId: string,
  itemId: string,
  input: Api.UpdateAgendaItemRequest,
): Promise<Api.Meeting> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await meetingOrThrow(trx, organisationId, meetingId);
    requireOpen(meeting);
    const item = (await listAgendaItems(trx, organisationId, meetingId)).find((i) => i.id === itemId);
    if (!item) throw new AppError('agenda_item_not_found');
    await updateAudited(
      trx,
      caller.audit,
      'meetingAgendaItems',
      { id: itemId, organisationId },
      {
        ...(input.title !== undefined && { title: input.title.trim() }),
        ...(input.notes !== undefined && { notes: blankToNull(input.notes) }),
      },
    );
  });
  return getMeeting(deps, caller, organisationId, meetingId);
}

/** The organisation's agenda template: its own, or the Drejebog defaults. */
async function templateOf(db: Executor, organisationId: string): Promise<TemplateItem[]> {
  const own = await listAgendaTemplate(db, organisationId);
  return own.length > 0 ? own.map((r) => ({ key: r.key, title: r.title })) : defaultAgendaTemplate();
}

export async function getAgendaTemplate(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  locale: Locale,
): Promise<Api.AgendaTemplate> {
  requireOrganisation(caller, 'read', organisationId);
  const own = await listAgendaTemplate(deps.db, organisationId);
  return {
    items:
      own.length > 0
        ? own.map((r) => ({ key: r.key, title: r.title }))
        : DEFAULT_AGENDA_TEMPLATE.map((t) => ({ key: t.key, title: t[locale] })),
    custom: own.length > 0,
    sources: AGENDA_SOURCES.map((s) => ({ key: s.key, label: s.label[locale], section: s.section })),
  };
}

/** Replaces the organisation's agenda template (administrators); an empty list goes back to the defaults. */
export async function putAgendaTemplate(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.PutAgendaTemplateRequest,
  locale: Locale,
): Promise<Api.AgendaTemplate> {
  requireOrganisation(caller, 'admin', organisationId);
  const seen = new Set<string>();
  const errors = input.items.flatMap((item, i) => {
    if (seen.has(item.key)) return [{ field: `/items/${i}/key`, code: 'duplicate' as const }];
    seen.add(item.key);
    return [];
  });
  if (errors.length > 0) throw invalidFields(...errors);
  await deps.db.transaction().execute(async (trx) => {
    const existing = new Map((await listAgendaTemplate(trx, organisationId)).map((r) => [r.key, r]));
    const now = caller.audit.clock.now().toISOString();
    for (const [key, row] of existing)
      if (!seen.has(key)) await deleteAudited(trx, caller.audit, 'agendaTemplateItems', { id: row.id, organisationId });
    for (const [position, item] of input.items.entries()) {
      const row = existing.get(item.key);
      const title = item.title.trim();
      if (!row)
        await insertAudited(trx, caller.audit, 'agendaTemplateItems', {
          id: crypto.randomUUID(),
          organisationId,
          key: item.key,
          title,
          position,
          createdAt: now,
          updatedAt: now,
        });
      else if (row.position !== position || row.title !== title)
        await updateAudited(trx, caller.audit, 'agendaTemplateItems', { id: row.id, organisationId }, { position, title });
    }
  });
  return getAgendaTemplate(deps, caller, organisationId, locale);
}
