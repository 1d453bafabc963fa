import type { CalendarDate } from '../time/calendar-date.js';
import { formatDanishDate } from '../time/danish-date.js';

/**
 * Status meetings with a supplier (issue 18, "proces for leverandørsamarbejde"): their statuses, the
 * participants' kinds, and how a meeting and its action items become activities (so they are in Frister, the
 * reminders and the calendar feeds). Pure rules; docs/supplier-management.md ("Status meetings").
 */

/** planlagt → afholdt → referat godkendt. Approved minutes are locked. */
export const MEETING_STATUSES = ['planned', 'held', 'approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A participant is a member of the organisation, one of the supplier's contacts, or someone else by name and e-mail. */
export const PARTICIPANT_KINDS = ['member', 'contact', 'guest'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** Who gets approved minutes: the supplier's contacts who took part, or all the supplier's contacts (and always the participants). */
export const MINUTES_RECIPIENTS = ['participants', 'all_contacts'] as const;
export type MinutesRecipients = (typeof MINUTES_RECIPIENTS)[number];

/** The activity type of a meeting and of an action item from one. */
export const MEETING_ACTIVITY_TYPE = 'status_meeting';
export const ACTION_ACTIVITY_TYPE = 'meeting_action';

/** Default length of the period whose deadlines and options the agenda collects. */
export const DEFAULT_AGENDA_PERIOD_MONTHS = 3;

export type MeetingSubject = {
  title: string;
  heldOn: CalendarDate;
  supplierId: string | null;
  contractId: string | null;
};

/** The values of an activity kept in step with a meeting or an action (the rest are the activity's defaults). */
export type LinkedActivity = {
  type: string;
  title: string;
  description: string;
  anchorOn: CalendarDate;
  /** An activity is about a contract or else a supplier: the meeting's contract when it has one. */
  contractId: string | null;
  supplierId: string | null;
  responsibleUserId: string | null;
};

function subjectOf(m: MeetingSubject): Pick<LinkedActivity, 'contractId' | 'supplierId'> {
  return m.contractId ? { contractId: m.contractId, supplierId: null } : { contractId: null, supplierId: m.supplierId };
}

/** The meeting's own activity (type status_meeting), due on the meeting's day. */
export function meetingActivity(m: MeetingSubject & { forum: string | null; location: string | null }): LinkedActivity {
  const where = [m.forum, m.location].filter((x): x is string => !!x && x.trim() !== '').join(', ');
  return {
    type: MEETING_ACTIVITY_TYPE,
    title: m.title,
    description: where ? `Møde: ${where}` : 'Møde',
    anchorOn: m.heldOn,
    ...subjectOf(m),
    responsibleUserId: null,
  };
}

export type ActionSubject = {
  title: string;
  dueOn: CalendarDate;
  responsibleUserId: string | null;
  responsibleContactId: string | null;
};

/**
 * The activity an action item becomes: only an action a member is responsible for (reminders go to that
 * person); an action of the supplier's contact is followed up on the meeting page and the next agenda.
 */
export function actionActivity(action: ActionSubject, meeting: MeetingSubject): LinkedActivity | null {
  if (action.responsibleUserId === null) return null;
  return {
    type: ACTION_ACTIVITY_TYPE,
    title: action.title,
    description: `Aktion fra mødet "${meeting.title}" ${formatDanishDate(meeting.heldOn)}`,
    anchorOn: action.dueOn,
    ...subjectOf(meeting),
    responsibleUserId: action.responsibleUserId,
  };
}

/**
 * Whether an action is open: one with an activity follows the activity (done there is done here); one without
 * has its own completion day.
 */
export function actionIsOpen(action: { doneOn: CalendarDate | null }, activity: { status: 'open' | 'done' } | null): boolean {
  return activity ? activity.status === 'open' : action.doneOn === null;
}

/** The dedupe key of the minutes mailed to one recipient: one mail per meeting and address, ever. */
export function minutesMailKey(meetingId: string, email: string): string {
  return `meeting-minutes:${meetingId}:${email.trim().toLowerCase()}`;
}

export type Recipient = { name: string; email: string };

/**
 * Who gets approved minutes: every participant with an e-mail address (members, contacts and guests alike)
 * and, when chosen, every contact of the supplier with one. Each address once (compared in lower case), in
 * the participants' order, then the other contacts'.
 */
export function minutesRecipients(
  participants: readonly { name: string; email: string | null }[],
  contacts: readonly { name: string; email: string | null }[],
  choice: MinutesRecipients,
): Recipient[] {
  const out = new Map<string, Recipient>();
  const add = (p: { name: string; email: string | null }) => {
    const email = p.email?.trim().toLowerCase();
    if (email && !out.has(email)) out.set(email, { name: p.name, email });
  };
  for (const p of participants) add(p);
  if (choice === 'all_contacts') for (const c of contacts) add(c);
  return [...out.values()];
}
