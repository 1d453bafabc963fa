import type { Activity, ActivityPage, Contract, Me, Supplier } from '@overblik/api';
import {
  addDays,
  addMonths,
  type CalendarDate,
  contractDeadlines,
  type DeadlineTerms,
  daysBetween,
  procurementPlanRow,
} from '@overblik/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, focused, heading, launchBrowser, logIn, nav, newContext } from './browser.ts';
import { shown, todayInDenmark, written } from './dates.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Vejle Kommune';
const AGNES = { email: 'agnes.aktiv@vejle.test', name: 'Agnes Aktiv', password: 'Agnes-holder-styr-paa-fristerne' };
const CVR = '31234565';
const SUPPLIER = 'Borgerdata A/S';
const CONTRACT = { number: 'K-2025-301', name: 'Borgerservicesystem' };
const MEETING = 'Statusmøde om SLA';
const NOTE = 'Holdt 12. november; referat i ESDH.';

/** Today in Denmark (`YYYY-MM-DD`): the day the server computes the deadlines for. */
const TODAY = todayInDenmark();

/**
 * 36 months from 1 January 2025 (to 31 December 2027), terminable during the term with 6 months' notice to the end
 * of a year: the deadlines follow from the same rules the server uses (packages/core), so the test holds on any day.
 * On 22 November 2026 notice must be given by 30 June 2027 for 31 December 2027.
 */
const TERMS: DeadlineTerms = {
  inForceFrom: '2025-01-01',
  termKind: 'months',
  termMonths: 36,
  termEndsOn: null,
  renewal: 'none',
  renewalMonths: null,
  irrevocableUntil: null,
  noticeMonths: 6,
  noticePeriodEnd: 'year',
  noticeEndMonth: null,
  earlyTermination: true,
  terminationGivenOn: null,
  terminationEffectiveOn: null,
  priceRegulationDate: null,
};
const EXPECTED = contractDeadlines(TERMS, [], TODAY);
const PLAN = procurementPlanRow({ finalEnd: EXPECTED.finalEnd, options: [], procurementForm: 'udbud' }, {});
const PAST = addDays(TODAY, -10);

function latestNotice(): CalendarDate {
  if (!EXPECTED.latestNoticeDate) throw new Error(`the terms give no notice date on ${TODAY}: ${EXPECTED.explanation.join(' ')}`);
  return EXPECTED.latestNoticeDate;
}

/** The group of the deadlines page a day falls in, counted from today. */
function groupOf(date: CalendarDate): string {
  const days = daysBetween(TODAY, date);
  if (days < 0) return 'Overskredne';
  if (days <= 30) return 'Næste 30 dage';
  if (days <= 90) return '31–90 dage';
  return '91–365 dage';
}

/** A date's month in Danish: "juni 2027". */
const monthName = (date: string) =>
  new Intl.DateTimeFormat('da-DK', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 7)}-01T00:00:00Z`),
  );

type IcsEvent = Record<string, { params: string; value: string }>;

/** The events of an iCalendar text (RFC 5545): lines unfolded, each property by name with its parameters and value. */
function icsEvents(text: string): IcsEvent[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const events: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
      if (match) current[match[1] ?? ''] = { params: match[2] ?? '', value: (match[3] ?? '').replace(/\\([,;\\])/g, '$1') };
    }
  }
  return events;
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe.skipIf(!browserAvailable())('activities, reminders, calendar feeds and the procurement plan', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let api: ApiSession;
  let organisationId: string;
  let contract: Contract;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const admin = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    organisationId = (await admin.organisationByName(ORGANISATION)).id;
    const added = await admin.addMember(organisationId, { email: AGNES.email, name: AGNES.name, role: 'administrator' });
    if (!added.invitationUrl) throw new Error('a new person should get an invitation link');
    await acceptInvitation(server.url, added.invitationUrl, AGNES.password);
    // Fixtures through the public API, as Agnes: a supplier and a contract she manages.
    api = await ApiSession.login(server.url, AGNES.email, AGNES.password);
    const supplier = await api.request<Supplier>('POST', `/organisations/${organisationId}/suppliers`, {
      name: SUPPLIER,
      cvr: CVR,
    });
    contract = await api.request<Contract>('POST', `/organisations/${organisationId}/contracts`, {
      ...CONTRACT,
      inForceFrom: TERMS.inForceFrom,
      termKind: TERMS.termKind,
      termMonths: TERMS.termMonths,
      renewal: TERMS.renewal,
      noticeMonths: TERMS.noticeMonths,
      noticePeriodEnd: TERMS.noticePeriodEnd,
      earlyTermination: TERMS.earlyTermination,
      supplierId: supplier.id,
      procurementForm: 'udbud',
      responsibilities: [{ role: 'kontraktstyringsansvarlig', userId: api.me.user.id }],
    });
    page = await (await newContext(browser, server.url)).newPage();
    await logIn(page, AGNES.email, AGNES.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given a contract terminable to the end of a year, then its activities show the latest notice date from the terms', async () => {
    expect(contract.deadlines.latestNoticeDate).toBe(latestNotice());
    await page.goto(`/kontrakter/${contract.id}`);
    await expect.poll(() => heading(page)).toBe(CONTRACT.name);
    const contents = await page.getByRole('navigation', { name: 'Indhold' }).getByRole('link').allTextContents();
    expect(contents.indexOf('Aktiviteter')).toBe(contents.indexOf('Datoer og vilkår') + 1);

    const activities = region(page, 'Aktiviteter');
    const notice = activities.getByRole('row', { name: /Opsigelsesfrist/ });
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.textContent();
    expect(text).toContain(shown(latestNotice()));
    expect(text).toContain('Fra kontraktvilkår');
    expect(text).toContain('180, 90, 30, 7 dage før');
    // Kept from the terms: it can be edited (title, responsible …) and marked done, but not deleted.
    expect(await notice.getByRole('button', { name: /^Slet/ }).count()).toBe(0);
    expect(await notice.getByRole('button', { name: 'Markér som udført: Opsigelsesfrist' }).isVisible()).toBe(true);
    if (EXPECTED.finalEnd) {
      expect(await activities.getByRole('row', { name: /Udløb/ }).textContent()).toContain(shown(EXPECTED.finalEnd));
    }
    await page.screenshot({ path: '/tmp/overblik-contract-activities.png', fullPage: true });
    await expectAccessible(page, 'the contract page with its activities');
  });

  it('given the deadlines page, then the notice deadline is listed in its group with a link to the contract', async () => {
    await nav(page, 'Frister').click();
    await page.waitForURL((url) => url.pathname === '/frister');
    await expect.poll(() => heading(page)).toBe('Frister');
    const group = region(page, groupOf(latestNotice()));
    const row = group.getByRole('row', { name: /Opsigelsesfrist/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(shown(latestNotice()));
    expect(await row.getByRole('link', { name: `${CONTRACT.number} ${CONTRACT.name}` }).isVisible()).toBe(true);
    expect(await region(page, 'Overskredne').getByText('Ingen overskredne aktiviteter.').isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/overblik-deadlines.png', fullPage: true });
    await expectAccessible(page, 'the deadlines page');

    // The month calendar: a table of weeks, Monday first; "Næste måned" moves on a month.
    await page.getByRole('link', { name: 'Kalender', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'calendar');
    const calendar = page.getByRole('table', { name: /^Frister i / });
    await expect.poll(() => calendar.locator('caption').textContent()).toBe(`Frister i ${monthName(TODAY)}`);
    expect(await calendar.locator('thead th').allTextContents()).toEqual([
      'Mandag',
      'Tirsdag',
      'Onsdag',
      'Torsdag',
      'Fredag',
      'Lørdag',
      'Søndag',
    ]);
    expect(await calendar.locator('td[aria-current="date"]').textContent()).toContain(written(TODAY));
    await page.getByRole('button', { name: 'Næste måned' }).click();
    await expect.poll(() => calendar.locator('caption').textContent()).toBe(`Frister i ${monthName(addMonths(TODAY, 1))}`);
    // The notice date's month shows the deadline on its day, linking to the contract.
    await page.goto(`/frister?view=calendar&month=${latestNotice().slice(0, 7)}`);
    await expect.poll(() => calendar.locator('caption').textContent()).toBe(`Frister i ${monthName(latestNotice())}`);
    const day = calendar.locator('td').filter({ hasText: written(latestNotice()) });
    await expect.poll(() => day.getByRole('link', { name: `Opsigelsesfrist: ${CONTRACT.number}` }).count()).toBe(1);
    await page.screenshot({ path: '/tmp/overblik-deadlines-calendar.png' });
    await expectAccessible(page, 'the deadlines calendar');
  });

  it('given a manual activity due in the past, when it is marked done with a note, then it leaves the overdue list', async () => {
    await page.goto(`/kontrakter/${contract.id}`);
    const activities = region(page, 'Aktiviteter');
    await activities.getByRole('button', { name: 'Tilføj aktivitet' }).click();
    const form = page.getByRole('form', { name: 'Tilføj aktivitet' });
    const type = form.getByLabel('Type', { exact: true });
    // The five types kept from the terms are not offered.
    const offered = await type.locator('option').allTextContents();
    expect(offered).toContain('Statusmøde');
    expect(offered).not.toContain('Opsigelsesfrist');
    await type.selectOption({ label: 'Statusmøde' });
    await form.getByLabel('Titel (valgfri)').fill(MEETING);
    await form.getByLabel('Frist', { exact: true }).fill(PAST);
    await form.getByLabel('Ansvarlig', { exact: true }).selectOption({ label: AGNES.name });
    await form.getByLabel('Advisering, dage før fristen (valgfri)').fill('14 dage');
    await form.getByRole('button', { name: 'Tilføj aktivitet' }).click();
    await expect.poll(() => form.getByText('Skriv hele antal dage').isVisible()).toBe(true);
    await form.screenshot({ path: '/tmp/overblik-add-activity.png' });
    await expectAccessible(page, 'the add-activity form with an error');
    await form.getByLabel('Advisering, dage før fristen (valgfri)').fill('14, 2');
    await form.getByRole('button', { name: 'Tilføj aktivitet' }).click();
    const row = activities.getByRole('row', { name: new RegExp(MEETING) });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Overskredet');
    expect(await row.textContent()).toContain('14, 2 dage før');
    // Editing the description keeps the (past) due date: the schedule is only sent when it changed.
    await row.getByRole('button', { name: `Rediger ${MEETING}` }).click();
    const edit = page.getByRole('form', { name: `Rediger aktiviteten ${MEETING}` });
    await edit.getByLabel('Beskrivelse (valgfri)').fill('Gennemgå SLA-rapporten for oktober.');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => edit.count()).toBe(0);
    expect(await row.textContent()).toContain('Gennemgå SLA-rapporten for oktober.');
    expect(await row.textContent()).toContain(shown(PAST));
    await expect.poll(async () => (await focused(page)).name).toBe(`Rediger ${MEETING}`);

    await nav(page, 'Forside').click();
    await page.waitForURL((url) => url.pathname === '/');
    const overdueCounter = page.getByRole('link', { name: /Overskredne aktiviteter/ });
    await expect.poll(() => overdueCounter.textContent()).toMatch(/^1\s*Overskredne aktiviteter$/);
    await page.screenshot({ path: '/tmp/overblik-start-deadlines.png' });
    await expectAccessible(page, 'the start page with deadline counters');
    await overdueCounter.click();
    await page.waitForURL((url) => url.pathname === '/frister');

    const overdue = region(page, 'Overskredne');
    const overdueRow = overdue.getByRole('row', { name: new RegExp(MEETING) });
    await expect.poll(() => overdueRow.count()).toBe(1);
    expect(await overdueRow.textContent()).toContain(shown(PAST));
    await overdueRow.getByRole('button', { name: `Markér som udført: ${MEETING}` }).click();
    const complete = page.getByRole('form', { name: `Markér ${MEETING} som udført` });
    await expect.poll(async () => (await focused(page)).tag).toBe('textarea');
    await complete.getByLabel('Note (valgfri)').fill(NOTE);
    await expectAccessible(page, 'the deadlines page while marking an activity done');
    await complete.getByRole('button', { name: 'Markér som udført' }).click();
    await expect.poll(() => overdueRow.count()).toBe(0);
    await expect.poll(() => overdue.getByText('Ingen overskredne aktiviteter.').isVisible()).toBe(true);
    expect(await overdue.getByRole('status').textContent()).toContain(`»${MEETING}« er markeret som udført.`);
    await expect.poll(async () => (await focused(page)).id).toBe('deadlines-overdue');

    const done = await api.request<ActivityPage>(
      'GET',
      `/organisations/${organisationId}/activities?status=done&contractId=${contract.id}`,
    );
    const meeting = done.items.find((a: Activity) => a.title === MEETING);
    expect(meeting?.done?.note).toBe(NOTE);
    expect(meeting?.done?.byName).toBe(AGNES.name);

    await page.goto(`/kontrakter/${contract.id}`);
    const doneRow = region(page, 'Udførte aktiviteter').getByRole('row', { name: new RegExp(MEETING) });
    await expect.poll(() => doneRow.count()).toBe(1);
    expect(await doneRow.textContent()).toContain(NOTE);
    expect(await doneRow.textContent()).toContain(AGNES.name);
    await region(page, 'Aktiviteter').screenshot({ path: '/tmp/overblik-contract-activities-done.png' });
    await expectAccessible(page, 'the contract page with a completed activity');
  });

  it('given the account page, when Agnes creates her calendar, then the .ics address lists the notice deadline', async () => {
    await nav(page, 'Konto').click();
    await page.waitForURL((url) => url.pathname === '/konto');
    await page.getByLabel('Daglig samlet e-mail').check();
    await page.getByRole('button', { name: 'Gem valg' }).click();
    await expect.poll(() => page.getByText('Dit valg er gemt.').isVisible()).toBe(true);
    expect((await api.request<Me>('GET', '/me')).user.reminderDelivery).toBe('digest');

    const calendar = region(page, 'Kalender');
    await calendar.getByRole('button', { name: 'Opret kalenderlink' }).click();
    const address = calendar.getByLabel('Kalenderens adresse');
    await expect.poll(() => address.inputValue()).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    await expect.poll(async () => (await focused(page)).id).toBe('personal-calendar-url');
    expect(await calendar.getByText('Tilføj kalender > Fra internettet').isVisible()).toBe(true);
    await calendar.screenshot({ path: '/tmp/overblik-account-calendar.png' });
    await expectAccessible(page, 'the account page with a new calendar address');

    const response = await fetch(await address.inputValue());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const notice = icsEvents(ics).find(
      (e) => e.SUMMARY?.value.includes(CONTRACT.name) && e.SUMMARY.value.startsWith('Opsigelsesfrist'),
    );
    expect(notice, ics).toBeDefined();
    expect(notice?.DTSTART?.value).toBe(latestNotice().replaceAll('-', ''));
    expect(notice?.UID?.value).toMatch(/\S/);
  });

  it('given the procurement plan, then the contract is listed with the day its tender must start by', async () => {
    if (!PLAN) throw new Error('the contract should have a final end');
    await nav(page, 'Udbudsplan').click();
    await page.waitForURL((url) => url.pathname === '/udbudsplan');
    await expect.poll(() => heading(page)).toBe('Udbudsplan');
    const row = page.getByRole('table', { name: /^Udbudsplan/ }).getByRole('row', { name: new RegExp(CONTRACT.number) });
    await expect.poll(() => row.count()).toBe(1);
    const text = await row.textContent();
    expect(text).toContain(PLAN.quarter);
    expect(text).toContain(SUPPLIER);
    expect(text).toContain('Udbud');
    expect(text).toContain(shown(PLAN.latestEnd));
    expect(text).toContain(shown(PLAN.tenderStartBy));
    expect(text).toContain(`${PLAN.leadMonths} måneder`);
    const exports = page.getByRole('group', { name: 'Eksportér' });
    expect(await exports.getByRole('link', { name: 'CSV' }).getAttribute('href')).toContain('format=csv');
    await page.screenshot({ path: '/tmp/overblik-procurement-plan.png', fullPage: true });
    await expectAccessible(page, 'the procurement plan');

    // Published through a secret link: readable without logging in.
    await page.getByRole('button', { name: 'Opret offentligt link' }).click();
    const link = page.getByLabel('Den offentlige udbudsplans adresse');
    await expect.poll(() => link.inputValue()).toMatch(/\/offentlig\/udbudsplan\/[A-Za-z0-9_-]+$/);
    const stranger = await (await newContext(browser, server.url)).newPage();
    await stranger.goto(new URL(await link.inputValue()).pathname);
    await expect.poll(() => heading(stranger)).toBe(`Udbudsplan for ${ORGANISATION}`);
    const publicRow = stranger.getByRole('row', { name: new RegExp(CONTRACT.name) });
    await expect.poll(() => publicRow.count()).toBe(1);
    expect(await publicRow.textContent()).toContain(shown(PLAN.tenderStartBy));
    expect(await stranger.getByRole('navigation', { name: 'Hovedmenu' }).count()).toBe(0);
    await expectAccessible(stranger, 'the public procurement plan');
  });

  it('given the supplier page, when an activity on chosen dates is added, then it is listed with its next date', async () => {
    if (!contract.supplierId) throw new Error('the contract should have a supplier');
    await page.goto(`/leverandoerer/${contract.supplierId}`);
    await expect.poll(() => heading(page)).toBe(SUPPLIER);
    const activities = region(page, 'Aktiviteter');
    // The supplier's list also holds the deadlines of its contracts, each with its contract.
    const notice = activities.getByRole('row', { name: /Opsigelsesfrist/ });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.getByRole('link', { name: `${CONTRACT.number} ${CONTRACT.name}` }).isVisible()).toBe(true);
    await activities.getByRole('button', { name: 'Tilføj aktivitet' }).click();
    const form = page.getByRole('form', { name: 'Tilføj aktivitet' });
    await form.getByLabel('Type', { exact: true }).selectOption({ label: 'Kontrolrapport og dokumentation' });
    await form.getByLabel('Gentagelse').selectOption({ label: 'På bestemte datoer' });
    const dates = [addDays(TODAY, 60), addDays(TODAY, 20)];
    for (const [index, date] of dates.entries()) {
      await form.getByRole('button', { name: 'Tilføj dato' }).click();
      await form.getByLabel(`Dato ${index + 1}`, { exact: true }).fill(date);
    }
    await expectAccessible(page, 'the supplier page adding an activity on chosen dates');
    await form.getByRole('button', { name: 'Tilføj aktivitet' }).click();
    const row = activities.getByRole('row', { name: /Kontrolrapport og dokumentation/ });
    await expect.poll(() => row.count()).toBe(1);
    // The earliest date is the first due; both are listed.
    expect((await row.locator('td').first().textContent())?.trim()).toBe(shown(addDays(TODAY, 20)));
    expect(await row.textContent()).toContain(`På datoerne ${shown(addDays(TODAY, 20))}, ${shown(addDays(TODAY, 60))}`);
    await expectAccessible(page, 'the supplier page with an activity');
  });

  it('given the reminder settings, when an administrator changes a type and resets it, then the table follows', async () => {
    await nav(page, 'Advisering').click();
    await page.waitForURL((url) => url.pathname === '/indstillinger/advisering');
    await expect.poll(() => heading(page)).toBe('Advisering');
    const row = page.getByRole('row', { name: /^Statusmøde/ });
    await expect.poll(() => row.count()).toBe(1);
    await page.screenshot({ path: '/tmp/overblik-reminder-settings.png', fullPage: true });
    await expectAccessible(page, 'the reminder settings');
    await row.getByRole('button', { name: 'Rediger Statusmøde' }).click();
    const form = page.getByRole('form', { name: 'Rediger påmindelser for Statusmøde' });
    await form.getByLabel('Dage før fristen for Statusmøde').fill('10, 3');
    await form.getByLabel('Systemejer').check();
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => row.textContent()).toContain('10, 3 dage før');
    expect(await row.textContent()).toContain('Tilpasset');
    expect(await row.textContent()).toContain('Systemejer');
    await row.getByRole('button', { name: 'Nulstil Statusmøde' }).click();
    await page.getByRole('button', { name: 'Ja, nulstil' }).click();
    await expect.poll(() => row.textContent()).toContain('Standard');
    await expectAccessible(page, 'the reminder settings after a reset');

    await page.goto('/notifikationer');
    await expect.poll(() => heading(page)).toBe('Notifikationer');
    await expectAccessible(page, 'the notifications page');
  });
});
