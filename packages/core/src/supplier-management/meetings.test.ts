import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../time/calendar-date.js';
import {
  type ActionSubject,
  actionActivity,
  actionIsOpen,
  meetingActivity,
  minutesMailKey,
  minutesRecipients,
} from './meetings.js';

const meeting = {
  title: 'Statusmøde Q1',
  heldOn: '2026-03-10' as CalendarDate,
  supplierId: 's1',
  contractId: null as string | null,
  forum: 'Styregruppe',
  location: 'Rådhuset',
};

describe('meetingActivity', () => {
  it.each<[string, string | null, { contractId: string | null; supplierId: string | null }]>([
    ['a supplier meeting is about the supplier', null, { contractId: null, supplierId: 's1' }],
    ['a contract meeting is about the contract', 'c1', { contractId: 'c1', supplierId: null }],
  ])('Given %s, Then its activity is a status meeting on its day', (_, contractId, subject) => {
    expect(meetingActivity({ ...meeting, contractId })).toEqual({
      type: 'status_meeting',
      title: 'Statusmøde Q1',
      description: 'Møde: Styregruppe, Rådhuset',
      anchorOn: '2026-03-10',
      responsibleUserId: null,
      ...subject,
    });
  });
});

describe('actionActivity', () => {
  const action: ActionSubject = {
    title: 'Send testplan',
    dueOn: '2026-04-01' as CalendarDate,
    responsibleUserId: null,
    responsibleContactId: null,
  };
  it.each<[string, Partial<ActionSubject>, boolean]>([
    ['a member is responsible: it becomes an activity with reminders to them', { responsibleUserId: 'u1' }, true],
    ["the supplier's contact is responsible: no activity", { responsibleContactId: 'k1' }, false],
    ['no one is responsible: no activity', {}, false],
  ])('Given %s', (_, change, becomes) => {
    const activity = actionActivity({ ...action, ...change }, meeting);
    if (!becomes) expect(activity).toBeNull();
    else
      expect(activity).toEqual({
        type: 'meeting_action',
        title: 'Send testplan',
        description: 'Aktion fra mødet "Statusmøde Q1" 10. marts 2026',
        anchorOn: '2026-04-01',
        contractId: null,
        supplierId: 's1',
        responsibleUserId: 'u1',
      });
  });

  it.each<[{ doneOn: CalendarDate | null }, { status: 'open' | 'done' } | null, boolean]>([
    [{ doneOn: null }, { status: 'open' }, true],
    [{ doneOn: null }, { status: 'done' }, false],
    [{ doneOn: null }, null, true],
    [{ doneOn: '2026-04-02' as CalendarDate }, null, false],
  ])('Given action %o and activity %o, Then it is open: %s', (a, activity, open) => {
    expect(actionIsOpen(a, activity)).toBe(open);
  });
});

describe('minutesRecipients', () => {
  const participants = [
    { name: 'Anna', email: 'Anna@Kommune.dk' },
    { name: 'Bo (leverandør)', email: 'bo@lev.dk' },
    { name: 'Uden adresse', email: null },
  ];
  const contacts = [
    { name: 'Bo', email: 'BO@lev.dk' },
    { name: 'Cille', email: 'cille@lev.dk' },
  ];
  it.each<['participants' | 'all_contacts', string[]]>([
    ['participants', ['anna@kommune.dk', 'bo@lev.dk']],
    ['all_contacts', ['anna@kommune.dk', 'bo@lev.dk', 'cille@lev.dk']],
  ])('Given the choice %s, Then each address once', (choice, emails) => {
    expect(minutesRecipients(participants, contacts, choice).map((r) => r.email)).toEqual(emails);
  });

  it('Given the same address twice, Then the dedupe key is the same', () => {
    expect(minutesMailKey('m1', ' Bo@Lev.dk')).toBe(minutesMailKey('m1', 'bo@lev.dk'));
  });
});
