import type * as Api from '@overblik/api';
import { addDays, may } from '@overblik/core';
import { getOrganisation, getSecretLink, listActivities, listSecretLinks, type SecretLinkRow } from '@overblik/db';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { openOccurrencesUntil } from '../activities/activities.js';
import { requireOrganisation, requirePerson } from '../authorize.js';
import { resolvedList } from '../option-lists/option-lists.js';
import { activityHeading, subjectLink, subjectName, whatToDo } from '../reminders/reminder-text.js';
import { openSecretLink, replaceSecretLink, revokeSecretLinks } from './secret-links.js';

const presentFeed = (l: SecretLinkRow): Api.CalendarFeed => ({
  id: l.id,
  kind: l.kind === 'calendar_person' ? 'person' : 'organisation',
  userId: l.userId,
  createdAt: l.createdAt,
  lastUsedAt: l.lastUsedAt,
});

/** The caller's own feed, and for administrators the organisation's feed. */
export async function listCalendarFeeds(deps: Deps, caller: Caller, organisationId: string): Promise<Api.CalendarFeedList> {
  requireOrganisation(caller, 'read', organisationId);
  requirePerson(caller);
  const own = await listSecretLinks(deps.db, organisationId, { kind: 'calendar_person', userId: caller.user.id });
  // The organisation's feed is for its administrators to see.
  const organisation = may(caller.actor, 'admin', organisationId)
    ? await listSecretLinks(deps.db, organisationId, { kind: 'calendar_organisation' })
    : [];
  return { items: [...own, ...organisation].map(presentFeed) };
}

/** A new secret feed address (shown once); it replaces the caller's previous one (or the organisation's). */
export async function createCalendarFeed(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.CreateCalendarFeedRequest,
): Promise<Api.CreatedSecretLink> {
  requireOrganisation(caller, input.kind === 'organisation' ? 'admin' : 'read', organisationId);
  requirePerson(caller);
  const kind = input.kind === 'organisation' ? 'calendar_organisation' : 'calendar_person';
  const link = await deps.db
    .transaction()
    .execute((trx) => replaceSecretLink(trx, caller, organisationId, kind, kind === 'calendar_person' ? caller.user.id : null));
  return { id: link.id, url: `${deps.config.publicUrl}/api/v1/calendar/${link.secret}.ics` };
}

export async function revokeCalendarFeed(deps: Deps, caller: Caller, organisationId: string, feedId: string): Promise<void> {
  requireOrganisation(caller, 'read', organisationId);
  requirePerson(caller);
  const link = await getSecretLink(deps.db, organisationId, feedId);
  const mine = link?.kind === 'calendar_person' && link.userId === caller.user.id;
  if (!link || (link.kind !== 'calendar_organisation' && !mine)) throw new AppError('calendar_feed_not_found');
  if (link.kind === 'calendar_organisation') requireOrganisation(caller, 'admin', organisationId);
  await deps.db.transaction().execute((trx) => revokeSecretLinks(trx, caller, organisationId, link.kind, link.userId));
}

/**
 * The iCalendar text behind a secret feed address: the open deadlines of the person (those they are
 * responsible for or hold a responsibility on the contract of) or of the whole organisation, from 90 days
 * back to two years ahead, as all-day events. UIDs are the activity's id (with the date for a recurring
 * one), so a calendar updates an event whose date moved instead of adding a second one.
 */
export async function calendarFeedText(deps: Deps, secret: string): Promise<string> {
  const link = await openSecretLink(deps.db, secret, ['calendar_person', 'calendar_organisation'], deps.clock.now());
  if (!link) throw new AppError('calendar_feed_not_found');
  const organisationId = link.organisationId;
  const day = deps.clock.today();
  const to = addDays(day, 730);
  const { items } = await listActivities(deps.db, organisationId, {
    status: 'open',
    dueFrom: addDays(day, -90),
    dueTo: to,
    ...(link.kind === 'calendar_person' && link.userId && { responsibleUserId: link.userId }),
    limit: 10_000,
    offset: 0,
  });
  const organisation = await getOrganisation(deps.db, organisationId);
  const labels = new Map((await resolvedList(deps.db, organisationId, 'activity_type', 'da')).map((v) => [v.key, v.label]));
  const calendar = ical({
    name: `Overblik – ${link.kind === 'calendar_person' ? 'mine frister' : 'frister'} (${organisation?.name ?? ''})`,
    prodId: { company: 'Overblik', product: 'Frister', language: 'DA' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3600,
  });
  for (const a of items) {
    const path = subjectLink(a);
    const url = path ? `${deps.config.publicUrl}${path}` : undefined;
    for (const on of openOccurrencesUntil(a, to, 60)) {
      calendar.createEvent({
        id: a.recurrence === 'none' ? `${a.id}@overblik` : `${a.id}-${on}@overblik`,
        start: new Date(`${on}T00:00:00Z`),
        allDay: true,
        summary: `${activityHeading(labels.get(a.type) ?? a.type, a.title)} – ${subjectName(a)}`,
        description: [whatToDo(a), url].filter(Boolean).join('\n\n'),
        ...(url && { url }),
        stamp: new Date(a.updatedAt),
      });
    }
  }
  return calendar.toString();
}
