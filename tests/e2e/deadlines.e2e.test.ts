import type { Contract, ContractDetails, ContractOption } from '@overblik/api';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, heading, launchBrowser, logIn, newContext } from './browser.ts';
import { shown, todayInDenmark, written } from './dates.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Horsens Kommune';
const EDITOR = { email: 'frida.frist@horsens.test', name: 'Frida Frist', password: 'Frida-holder-oeje-med-frister' };

/** Today in Denmark (`YYYY-MM-DD`): the day the server computes the deadlines for. */
const TODAY = todayInDenmark();
const Y = Number(TODAY.slice(0, 4));
// Six months' notice to the end of a year: by 30 June for 31 December the same year; after 30 June, a year later.
const NOTICE_YEAR = TODAY <= `${Y}-06-30` ? Y : Y + 1;
const LATEST_NOTICE = `${NOTICE_YEAR}-06-30`;
const EARLIEST_END = `${NOTICE_YEAR}-12-31`;
const DAYS_TO_NOTICE = Math.round((Date.parse(LATEST_NOTICE) - Date.parse(TODAY)) / 86_400_000);

// Ongoing, but irrevocable until the end of Y+3: notice to a month end with 3 months, by 30 September Y+3.
const IRREVOCABLE_UNTIL = `${Y + 3}-12-31`;
const FAR_NOTICE = `${Y + 3}-09-30`;
// 36 months from 1 January: ends 31 December Y+2; an extension option due 3 months before, 30 September Y+2.
const HOSTING_END = `${Y + 2}-12-31`;
const OPTION_DEADLINE = `${Y + 2}-09-30`;

const BOOKING = { number: 'K-2026-101', name: 'Borgerbooking' };
const ARCHIVE = { number: 'K-2026-102', name: 'Arkivløsning' };
const HOSTING = { number: 'K-2026-103', name: 'Hosting af fagsystemer' };

/** The text of the `dd` that follows the `dt` with this label, inside `scope`. */
async function detail(scope: Locator, label: string): Promise<string> {
  const dd = scope.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  return ((await dd.first().textContent()) ?? '').trim();
}

const table = (page: Page) => page.getByRole('table', { name: 'Kontrakter' });
const listNumbers = (page: Page) => table(page).locator('tbody tr td:first-child').allTextContents();
const listHeaders = (page: Page) => table(page).locator('thead th').allTextContents();

describe.skipIf(!browserAvailable())('deadlines (frister)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let api: ApiSession;
  let organisationId: string;
  let hosting: Contract;

  const contractPath = (id: string) => `/organisations/${organisationId}/contracts/${id}`;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    api = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    organisationId = (await api.organisationByName(ORGANISATION)).id;
    const added = await api.addMember(organisationId, { email: EDITOR.email, name: EDITOR.name, role: 'redaktør' });
    if (!added.invitationUrl) throw new Error('a new person should get an invitation link');
    await acceptInvitation(server.url, added.invitationUrl, EDITOR.password);
    page = await (await newContext(browser, server.url)).newPage();
    await logIn(page, EDITOR.email, EDITOR.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("given a løbende contract created with 6 months' notice to the end of a year, then its page shows the latest notice date", async () => {
    await page.goto('/kontrakter/ny');
    await expect.poll(() => heading(page)).toBe('Opret kontrakt');
    await page.getByLabel('Kontraktnummer').fill(BOOKING.number);
    await page.getByLabel('Navn', { exact: true }).fill(BOOKING.name);
    await page.getByLabel('I kraft fra').fill(`${Y}-01-01`);
    // Løbende is the default, and an ongoing contract can always be terminated: the question is not asked.
    expect(await page.getByLabel('Løbende (uden slutdato)').isChecked()).toBe(true);
    const early = page.getByLabel('Kan opsiges i løbetiden (før udløb)');
    expect(await early.count()).toBe(0);
    await page.getByLabel('Et antal år og måneder').check();
    await expect.poll(() => early.isVisible()).toBe(true);
    await page.getByLabel('Løbende (uden slutdato)').check();
    await expect.poll(() => early.count()).toBe(0);
    await page.getByLabel('Opsigelsesvarsel (måneder)').fill('6');
    await page.getByLabel('Periodeafslutning').selectOption({ label: 'Udgangen af et år' });
    await page.getByRole('button', { name: 'Opret kontrakt' }).click();
    await page.waitForURL((url) => /^\/kontrakter\/[0-9a-f-]{36}$/.test(url.pathname));
    await expect.poll(() => heading(page)).toBe(BOOKING.name);

    const terms = page.getByRole('region', { name: 'Datoer og vilkår' });
    await expect
      .poll(() => detail(terms, 'Kan opsiges i løbetiden'))
      .toBe('Ja – en løbende kontrakt kan altid opsiges med varsel');
    const deadlines = page.getByRole('region', { name: 'Frister' });
    expect(await detail(deadlines, 'Seneste opsigelsesdato')).toBe(`${shown(LATEST_NOTICE)} for ophør ${shown(EARLIEST_END)}`);
    // An ongoing contract has no term to end.
    expect(await deadlines.locator('dt', { hasText: 'Nuværende periode udløber' }).count()).toBe(0);
    expect(await detail(deadlines, 'Næste optionsfrist')).toBe('–');
    expect(await detail(deadlines, 'Næste prisregulering')).toBe('–');
    expect(await detail(deadlines, 'Uopsigelig til')).toBe('–');
    expect(await deadlines.getByText(`Beregnet ${shown(TODAY)} ud fra vilkårene.`).isVisible()).toBe(true);

    const explanation = deadlines.getByText('Sådan er fristerne beregnet');
    await explanation.click();
    const sentence = deadlines.getByText(/^Løbende kontrakt med 6 måneders opsigelsesvarsel til udgangen af et år/);
    await expect.poll(() => sentence.isVisible()).toBe(true);
    expect(await sentence.textContent()).toContain(`opsiges den senest ${written(LATEST_NOTICE)}`);
    // The server's sentences are Danish in either language, and say so to screen readers.
    expect(
      await deadlines
        .locator('[lang="da"]')
        .getByText(/^Løbende kontrakt/)
        .count(),
    ).toBe(1);
    await page.screenshot({ path: '/tmp/overblik-contract-deadlines.png', fullPage: true });
    await expectAccessible(page, 'the contract page with its deadlines explained');
    await explanation.click();

    const [created] = (
      await api.request<{ items: Contract[] }>('GET', `/organisations/${organisationId}/contracts?q=${BOOKING.number}`)
    ).items;
    expect(created?.earlyTermination).toBe(false);
    expect(created?.deadlines.latestNoticeDate).toBe(LATEST_NOTICE);
  });

  it('given more contracts, when the list is filtered by "Opsigelsesfrist inden for", then it shows those to give notice on by then', async () => {
    await api.request<Contract>('POST', `/organisations/${organisationId}/contracts`, {
      ...ARCHIVE,
      inForceFrom: `${Y}-01-01`,
      termKind: 'ongoing',
      noticeMonths: 3,
      noticePeriodEnd: 'month',
      irrevocableUntil: IRREVOCABLE_UNTIL,
    });
    hosting = await api.request<Contract>('POST', `/organisations/${organisationId}/contracts`, {
      ...HOSTING,
      inForceFrom: `${Y}-01-01`,
      termKind: 'months',
      termMonths: 36,
    });
    await api.request<ContractOption>('POST', `${contractPath(hosting.id)}/options`, {
      kind: 'extension',
      description: 'Forlængelse af hosting',
      periods: 2,
      periodMonths: 12,
      leadTimeMonths: 3,
    });

    await page.goto('/kontrakter');
    await expect.poll(() => listNumbers(page)).toEqual([BOOKING.number, ARCHIVE.number, HOSTING.number]);
    await page.getByText('Vælg kolonner').click();
    const chooser = page.getByRole('group', { name: 'Vis disse kolonner' });
    await chooser.getByLabel('Seneste opsigelsesdato').check();
    await chooser.getByLabel('Næste optionsfrist').check();
    await expect.poll(() => listHeaders(page)).toEqual(expect.arrayContaining(['Seneste opsigelsesdato', 'Næste optionsfrist']));
    const row = (number: string) => table(page).getByRole('row', { name: new RegExp(number) });
    await expect.poll(() => row(BOOKING.number).textContent()).toContain(shown(LATEST_NOTICE));
    expect(await row(ARCHIVE.number).textContent()).toContain(shown(FAR_NOTICE));
    expect(await row(HOSTING.number).textContent()).toContain(shown(OPTION_DEADLINE));
    await page.getByText('Vælg kolonner').click();

    const within = page.getByLabel('Opsigelsesfrist inden for (dage)');
    await within.fill(String(DAYS_TO_NOTICE));
    await expect.poll(() => listNumbers(page)).toEqual([BOOKING.number]);
    expect(new URL(page.url()).searchParams.get('noticeWithinDays')).toBe(String(DAYS_TO_NOTICE));
    await expectAccessible(page, 'the contract list filtered by notice deadline');
    // The filter is in the address: a reload keeps it.
    await page.reload();
    await expect.poll(() => listNumbers(page)).toEqual([BOOKING.number]);
    expect(await within.inputValue()).toBe(String(DAYS_TO_NOTICE));
    if (DAYS_TO_NOTICE > 0) {
      await within.fill(String(DAYS_TO_NOTICE - 1));
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Ingen kontrakter matcher' }).isVisible()).toBe(true);
    }
    await within.fill('');
    await expect.poll(() => listNumbers(page)).toHaveLength(3);
    expect(new URL(page.url()).searchParams.has('noticeWithinDays')).toBe(false);
  });

  it('given the new columns, when their headings are pressed, then the list sorts by them with empty dates last', async () => {
    const notice = page.getByRole('columnheader', { name: 'Seneste opsigelsesdato' });
    await notice.getByRole('button').click();
    await expect.poll(() => notice.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => listNumbers(page)).toEqual([BOOKING.number, ARCHIVE.number, HOSTING.number]);
    await notice.getByRole('button').click();
    await expect.poll(() => notice.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => listNumbers(page)).toEqual([ARCHIVE.number, BOOKING.number, HOSTING.number]);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-latestNoticeDate');

    const option = page.getByRole('columnheader', { name: 'Næste optionsfrist' });
    await option.getByRole('button').click();
    await expect.poll(() => option.getAttribute('aria-sort')).toBe('ascending');
    // The two without an option deadline come last, by name.
    await expect.poll(() => listNumbers(page)).toEqual([HOSTING.number, ARCHIVE.number, BOOKING.number]);
    await expectAccessible(page, 'the contract list sorted by the next option deadline');
  });

  it("given an extension option, then the options table shows the next period's deadline and the deadlines list it", async () => {
    await page.getByRole('link', { name: HOSTING.number }).click();
    await expect.poll(() => heading(page)).toBe(HOSTING.name);
    const options = page.getByRole('region', { name: 'Optioner' });
    const headers = await options.locator('thead th').allTextContents();
    const column = headers.indexOf('Frist');
    expect(column).toBeGreaterThan(-1);
    const row = options.getByRole('row', { name: /Forlængelse af hosting/ });
    await expect.poll(() => row.locator('td').nth(column).textContent()).toBe(shown(OPTION_DEADLINE));

    const terms = page.getByRole('region', { name: 'Datoer og vilkår' });
    const deadlines = page.getByRole('region', { name: 'Frister' });
    expect(await detail(terms, 'Kan opsiges i løbetiden')).toBe('Nej');
    expect(await detail(deadlines, 'Seneste opsigelsesdato')).toBe(`Ingen opsigelse nødvendig – udløber ${shown(HOSTING_END)}`);
    expect(await detail(deadlines, 'Nuværende periode udløber')).toBe(shown(HOSTING_END));
    expect(await detail(deadlines, 'Næste optionsfrist')).toBe(shown(OPTION_DEADLINE));
    await expectAccessible(page, 'the contract page with an option deadline');
  });

  it('given the dates form, when "Kan opsiges i løbetiden" is ticked and unticked, then it is saved each time', async () => {
    const terms = page.getByRole('region', { name: 'Datoer og vilkår' });
    const deadlines = page.getByRole('region', { name: 'Frister' });
    const form = page.getByRole('form', { name: 'Rediger Datoer og vilkår' });
    const early = form.getByLabel('Kan opsiges i løbetiden (før udløb)');
    const stored = async () => (await api.request<ContractDetails>('GET', contractPath(hosting.id))).earlyTermination;

    await terms.getByRole('button', { name: 'Rediger Datoer og vilkår' }).click();
    expect(await early.isChecked()).toBe(false);
    // By keyboard: the checkbox takes focus and Space ticks it.
    await early.focus();
    await page.keyboard.press('Space');
    expect(await early.isChecked()).toBe(true);
    await form.getByLabel('Opsigelsesvarsel (måneder)').fill('3');
    await form.getByLabel('Periodeafslutning').selectOption({ label: 'Udgangen af en måned' });
    await expectAccessible(page, 'the dates form with early termination');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => detail(terms, 'Kan opsiges i løbetiden')).toBe('Ja');
    await expect.poll(() => detail(deadlines, 'Seneste opsigelsesdato')).toMatch(/ for ophør /);
    expect(await stored()).toBe(true);

    await terms.getByRole('button', { name: 'Rediger Datoer og vilkår' }).click();
    expect(await early.isChecked()).toBe(true);
    await early.uncheck();
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => detail(terms, 'Kan opsiges i løbetiden')).toBe('Nej');
    await expect
      .poll(() => detail(deadlines, 'Seneste opsigelsesdato'))
      .toBe(`Ingen opsigelse nødvendig – udløber ${shown(HOSTING_END)}`);
    expect(await stored()).toBe(false);

    const history = page.getByRole('region', { name: 'Historik' });
    await expect.poll(() => history.locator('li', { hasText: 'kan opsiges i løbetiden:' }).count()).toBeGreaterThanOrEqual(2);
    const changes = await history.locator('li', { hasText: 'kan opsiges i løbetiden:' }).allTextContents();
    expect(changes.some((c) => /Nej\s*→?\s*(ændret til)?\s*Ja/.test(c))).toBe(true);
  });
  it('given notice to the end of February, when another day is chosen under Frister, then a preview shows the deadlines on that day and changes nothing', async () => {
    const [booking] = (
      await api.request<{ items: Contract[] }>('GET', `/organisations/${organisationId}/contracts?q=${BOOKING.number}`)
    ).items;
    if (!booking) throw new Error('the first test creates the booking contract');
    await page.goto(`/kontrakter/${booking.id}`);
    await expect.poll(() => heading(page)).toBe(BOOKING.name);
    const terms = page.getByRole('region', { name: 'Datoer og vilkår' });
    const form = page.getByRole('form', { name: 'Rediger Datoer og vilkår' });
    await terms.getByRole('button', { name: 'Rediger Datoer og vilkår' }).click();
    await form.getByLabel('Opsigelsesvarsel (måneder)').fill('12');
    await form.getByLabel('Periodeafslutning').selectOption({ label: 'Udgangen af en bestemt måned' });
    // The month is asked only for notice to a given month; saving without it names the field.
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => form.getByText('Skal udfyldes').first().isVisible()).toBe(true);
    await form.getByLabel('Opsigelsesmåned').selectOption({ label: 'Februar' });
    await expectAccessible(page, 'the dates form with notice to the end of a given month');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => detail(terms, 'Periodeafslutning')).toBe('Udgangen af februar');

    // 12 months to the end of February: on 1 March next year, the end of February two years on is out of reach.
    const lastOfFebruary = (year: number) => `${year}-02-${year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28}`;
    const day = `${Y + 1}-03-01`;
    const deadlines = page.getByRole('region', { name: 'Frister' });
    const stored = await detail(deadlines, 'Seneste opsigelsesdato');
    const before = JSON.stringify(await api.request<ContractDetails>('GET', contractPath(booking.id)));
    await deadlines.getByLabel('Se fristerne pr.').fill(day);
    await deadlines.getByRole('button', { name: 'Vis frister' }).click();
    const alert = deadlines.getByRole('status').filter({ hasText: 'Forhåndsvisning pr.' });
    await expect.poll(() => alert.textContent()).toContain(`Forhåndsvisning pr. ${written(day)}`);
    expect(await alert.textContent()).toContain('Intet er gemt');
    await expect
      .poll(() => detail(deadlines, 'Seneste opsigelsesdato'))
      .toBe(`${shown(lastOfFebruary(Y + 2))} for ophør ${shown(lastOfFebruary(Y + 3))}`);
    expect(await detail(deadlines, 'Status den dag')).toBe('Aktiv');
    expect(await detail(deadlines, 'Aktiviteter den dag')).toContain(`Opsigelsesfrist: ${shown(lastOfFebruary(Y + 2))}`);
    await page.screenshot({ path: '/tmp/overblik-deadline-preview.png', fullPage: true });
    await expectAccessible(page, 'the contract page with a preview of its deadlines on another day');

    // A day outside the range the rules accept is named on the field.
    await deadlines.getByLabel('Se fristerne pr.').fill('2200-01-01');
    await deadlines.getByRole('button', { name: 'Vis frister' }).click();
    await expect
      .poll(() => deadlines.getByText(/Datoen skal ligge mellem 1\. januar 1900 og 31\. december 2199/).isVisible())
      .toBe(true);

    await deadlines.getByRole('button', { name: 'Tilbage til i dag' }).click();
    await expect.poll(() => detail(deadlines, 'Seneste opsigelsesdato')).toBe(stored);
    expect(await deadlines.getByText(`Beregnet ${shown(TODAY)} ud fra vilkårene.`).isVisible()).toBe(true);
    // The preview stored nothing.
    expect(JSON.stringify(await api.request<ContractDetails>('GET', contractPath(booking.id)))).toBe(before);
  });
  it('given an automatically renewing contract, then its header, terms, Frister and the list say the same about its end', async () => {
    const renewing = await api.request<Contract>('POST', `/organisations/${organisationId}/contracts`, {
      number: 'K-2026-104',
      name: 'Telefoni',
      inForceFrom: `${Y - 1}-01-01`,
      termKind: 'months',
      termMonths: 12,
      renewal: 'automatic',
      renewalMonths: 12,
      noticeMonths: 3,
    });
    const termEnd = renewing.deadlines.currentTermEnd;
    if (!termEnd) throw new Error('a renewing contract has a current term end');
    const words = `Fornyes automatisk – nuværende periode udløber ${shown(termEnd)}`;
    await page.goto(`/kontrakter/${renewing.id}`);
    await expect.poll(() => heading(page)).toBe('Telefoni');
    expect(await page.locator('.contract-lead').textContent()).toContain(
      `fornyes automatisk – nuværende periode udløber ${shown(termEnd)}`,
    );
    const terms = page.getByRole('region', { name: 'Datoer og vilkår' });
    expect(await detail(terms, 'Udløber')).toBe(words);
    const deadlines = page.getByRole('region', { name: 'Frister' });
    expect(await detail(deadlines, 'Nuværende periode udløber')).toBe(shown(termEnd));
    await page.goto('/kontrakter?q=K-2026-104');
    await expect.poll(() => listNumbers(page)).toEqual(['K-2026-104']);
    const headers = await listHeaders(page);
    const at = headers.findIndex((h) => h.trim().startsWith('Udløber'));
    if (at >= 0)
      expect((await table(page).locator('tbody tr td').nth(at).textContent())?.trim()).toBe(`fornyes ${shown(termEnd)}`);
  });
});
