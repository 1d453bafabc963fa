import type { Contract, Supplier, Unit } from '@overblik/api';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import {
  browserAvailable,
  expectAccessible,
  focused,
  heading,
  launchBrowser,
  logIn,
  menuItems,
  nav,
  newContext,
} from './browser.ts';
import { shown } from './dates.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Horsens Kommune';
const EDITOR = { email: 'karen.kjaer@horsens.test', name: 'Karen Kjær', password: 'Karen-styrer-kontrakter' };
const READER = { email: 'lars.lund@horsens.test', name: 'Lars Lund', password: 'Lars-laeser-kontrakter' };

const SUPPLIER = 'Digitaliseringshuset Horsens A/S';
const CVR = '19435075';
const OTHER_SUPPLIER = 'Svensk Lönesystem AB';
const UNIT = 'Digitaliseringsafdelingen';

const NUMBER = 'K-2026-001';
const NAME = 'Økonomisystem';

// Dates relative to the year the test runs in, so the derived statuses (Kladde, Aktiv, Under opsigelse …) stay true.
const NOW = new Date();
const Y = NOW.getUTCFullYear();
const MONTH = NOW.getUTCMonth() + 1;
/** A calendar date; day 0 is the last day of the month before, as with Date.UTC. */
const iso = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
const START = iso(Y, 1, 1);
const END_36_MONTHS = iso(Y + 3, 1, 0);
const SIGNED = iso(Y - 1, 12, 15);
const TERMINATION_GIVEN = iso(Y, MONTH, 1);
const TERMINATION_EFFECTIVE = iso(Y + 1, 6, 30);
const FUTURE_START = iso(Y + 1, 3, 1);
const FUTURE_END = iso(Y + 2, 3, 0);
const FUTURE_END_EXTENDED = iso(Y + 3, 3, 0);

/** Presses a key until the focused element matches, so the test does not depend on the exact tab order. */
async function pressUntil(page: Page, key: string, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (match(now)) return now;
  }
  throw new Error(`pressed ${key} ${max} times without reaching the element; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Rows of an audit table inside `scope`, as [action, entity type, changes]. */
async function historyRows(scope: Locator): Promise<string[][]> {
  return scope
    .locator('table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('td:nth-child(3)')?.textContent?.trim() ?? '',
        tr.querySelector('td:nth-child(4) .audit-object-type')?.textContent?.trim().toLowerCase() ?? '',
        tr.querySelector('td:nth-child(5)')?.textContent?.trim() ?? '',
      ]),
    );
}

/** The text of the `dd` that follows the `dt` with this label, inside `scope`. */
async function detail(scope: Locator, label: string): Promise<string> {
  const dd = scope.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  return ((await dd.first().textContent()) ?? '').trim();
}

const listNumbers = (page: Page) =>
  page.getByRole('table', { name: 'Kontrakter' }).locator('tbody tr td:first-child').allTextContents();
/** A filter of the contract list (the column chooser has checkboxes with the same names). */
const filter = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });
const listHeaders = (page: Page) => page.getByRole('table', { name: 'Kontrakter' }).locator('thead th').allTextContents();

describe.skipIf(!browserAvailable())('contracts', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: Page;
  let reader: Page;
  let api: ApiSession;
  let organisationId: string;
  let supplier: Supplier;
  let contractPath: string;
  let childId: string;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    // Fixture through the public API: an editor and a reader in Horsens, two suppliers and a unit.
    api = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    organisationId = (await api.organisationByName(ORGANISATION)).id;
    for (const [person, role] of [
      [EDITOR, 'redaktør'],
      [READER, 'læser'],
    ] as const) {
      const added = await api.addMember(organisationId, { email: person.email, name: person.name, role });
      if (!added.invitationUrl) throw new Error('a new person should get an invitation link');
      await acceptInvitation(server.url, added.invitationUrl, person.password);
    }
    supplier = await api.request<Supplier>('POST', `/organisations/${organisationId}/suppliers`, { name: SUPPLIER, cvr: CVR });
    await api.request<Supplier>('POST', `/organisations/${organisationId}/suppliers`, {
      name: OTHER_SUPPLIER,
      country: 'SE',
      foreignId: 'SE556677889901',
    });
    await api.request<Unit>('POST', `/organisations/${organisationId}/units`, { name: UNIT });
    editor = await (await newContext(browser, server.url)).newPage();
    reader = await (await newContext(browser, server.url)).newPage();
    await logIn(editor, EDITOR.email, EDITOR.password);
    await logIn(reader, READER.email, READER.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given no contracts, then the list says so, "Kontrakter" comes before "Leverandører", and an editor may create one', async () => {
    const page = editor;
    const items = await menuItems(page);
    expect(items.indexOf('Kontrakter')).toBeGreaterThan(-1);
    expect(items.indexOf('Kontrakter')).toBe(items.indexOf('Leverandører') - 1);
    await nav(page, 'Kontrakter').click();
    await page.waitForURL((url) => url.pathname === '/kontrakter');
    await expect.poll(() => heading(page)).toBe('Kontrakter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'ingen kontrakter' }).isVisible()).toBe(true);
    await expectAccessible(page, 'the empty contract list');
    await page.getByRole('link', { name: 'Opret kontrakt' }).click();
    await page.waitForURL((url) => url.pathname === '/kontrakter/ny');
    await expect.poll(() => heading(page)).toBe('Opret kontrakt');
    await expectAccessible(page, 'the create contract page');
  });

  it('given an end date before the contract takes effect, then the Danish message is shown at the end date', async () => {
    const page = editor;
    await page.getByLabel('Kontraktnummer').fill(NUMBER);
    await page.getByLabel('Navn', { exact: true }).fill(NAME);
    await expect.poll(() => page.getByLabel('Leverandør').locator('option').allTextContents()).toContain(SUPPLIER);
    await page.getByLabel('Leverandør').selectOption({ label: SUPPLIER });
    await page.getByLabel('Kontrakttype').selectOption({ label: 'Driftsaftale' });
    await page.getByLabel('I kraft fra').fill(START);
    await page.getByLabel('Til en slutdato').check();
    await page.getByLabel('Slutdato', { exact: true }).fill(iso(Y - 1, 6, 30));
    await page.getByRole('button', { name: 'Opret kontrakt' }).click();
    const error = page.locator('#contract-term-ends-on-error');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect((await error.textContent())?.replace('Fejl:', '').trim()).not.toBe('');
    expect(await page.getByLabel('Slutdato', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/kontrakter/ny');
    // The error summary above the form takes focus and comes into view, wherever the button was.
    const summary = page.getByRole('alert').filter({ hasText: /./ }).first();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(
      await summary.evaluate(
        (el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= window.innerHeight,
      ),
    ).toBe(true);
    await page.screenshot({ path: '/tmp/overblik-contract-create.png', fullPage: true });
    await expectAccessible(page, 'the create contract page with a date error');
  });

  it('given a term in months and a notice period, then the contract is created and its page shows the derived status', async () => {
    const page = editor;
    await page.getByLabel('Et antal år og måneder').check();
    await page.getByLabel('Løbetid, år').fill('2');
    await page.getByLabel('Løbetid, måneder').fill('12');
    await page.getByLabel('Opsigelsesvarsel (måneder)').fill('6');
    await page.getByLabel('Periodeafslutning').selectOption({ label: 'Udgangen af et kvartal' });
    await page.getByRole('button', { name: 'Opret kontrakt' }).click();
    await page.waitForURL((url) => /^\/kontrakter\/[0-9a-f-]{36}$/.test(url.pathname));
    contractPath = new URL(page.url()).pathname;
    await expect.poll(() => heading(page)).toBe(NAME);

    const general = page.getByRole('region', { name: 'Generelt' });
    await expect.poll(() => detail(general, 'Kontraktnummer')).toBe(NUMBER);
    expect(await detail(general, 'Leverandør')).toBe(SUPPLIER);
    expect(await detail(general, 'Kontrakttype')).toBe('Driftsaftale');
    const terms = page.getByRole('region', { name: 'Datoer og vilkår' });
    expect(await detail(terms, 'Status')).toContain('Aktiv');
    expect(await detail(terms, 'Status')).toContain('Status og udløbsdato beregnes ud fra datoerne.');
    expect(await detail(terms, 'I kraft fra')).toBe(shown(START));
    expect(await detail(terms, 'Løbetid')).toBe('3 år');
    expect(await detail(terms, 'Udløber')).toBe(shown(END_36_MONTHS));
    expect(await detail(terms, 'Opsigelsesvarsel \\(måneder\\)')).toBe('6 måneder');
    expect(await detail(terms, 'Periodeafslutning')).toBe('Udgangen af et kvartal');
    await page.screenshot({ path: '/tmp/overblik-contract-new.png', fullPage: true });
    await expectAccessible(page, 'the contract page of an editor');
  });

  it('given the contract page, when the editor adds two price elements with Danish amounts, then the table shows them', async () => {
    const page = editor;
    const prices = page.getByRole('region', { name: 'Priselementer' });
    await expect.poll(() => prices.getByText('Kontrakten har ingen priselementer endnu.').isVisible()).toBe(true);

    await prices.getByRole('button', { name: 'Tilføj priselement' }).click();
    let form = page.getByRole('form', { name: 'Tilføj priselement' });
    await expect.poll(async () => (await focused(page)).id).toBe('new-price-element-number');
    await form.getByLabel('Nummer', { exact: true }).fill('10');
    await form.getByLabel('Navn', { exact: true }).fill('Licens pr. bruger');
    await form.getByLabel('Enhed', { exact: true }).selectOption({ label: 'måned (MON)' });
    await form.getByLabel('Enhedspris').fill('1.234,5,0');
    await form.getByLabel('Antal', { exact: true }).fill('120');
    await form.getByLabel('Gentagelse').selectOption({ label: 'Månedlig' });
    await form.getByLabel(UNIT).check();
    await form.getByLabel('Kontering').fill('22.01.02');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect
      .poll(() => page.locator('#new-price-element-unitPrice-error').textContent())
      .toContain('Skriv et tal, fx 1.234,50.');
    await expectAccessible(page, 'the contract page adding a price element with an error');
    await form.getByLabel('Enhedspris').fill('1.234,50');
    await form.getByRole('button', { name: 'Gem' }).click();
    const first = prices.getByRole('row', { name: /Licens pr\. bruger/ });
    await expect.poll(() => first.textContent()).toContain('1.234,50 DKK');
    expect(await first.textContent()).toContain('måned');
    expect(await first.textContent()).toContain(UNIT);
    expect(await first.textContent()).toContain('Månedlig');
    // Focus returns to the button that opened the form.
    await expect.poll(async () => (await focused(page)).text).toBe('Tilføj priselement');

    await page.keyboard.press('Enter');
    form = page.getByRole('form', { name: 'Tilføj priselement' });
    await form.getByLabel('Navn', { exact: true }).fill('Drift og support');
    await form.getByLabel('Enhed', { exact: true }).selectOption({ label: 'år (ANN)' });
    await form.getByLabel('Enhedspris').fill('250.000');
    await form.getByLabel('Antal', { exact: true }).fill('1');
    await form.getByLabel('Gentagelse').selectOption({ label: 'Årlig' });
    await form.getByLabel('Gyldig fra').fill(START);
    await form.getByRole('button', { name: 'Gem' }).click();
    const second = prices.getByRole('row', { name: /Drift og support/ });
    await expect.poll(() => second.textContent()).toContain('250.000,00 DKK');
    expect(await second.textContent()).toContain('Årlig');
    expect(await prices.locator('tbody tr').count()).toBe(2);

    await prices.getByRole('button', { name: 'Rediger Drift og support' }).click();
    const edit = page.getByRole('form', { name: 'Rediger priselementet Drift og support' });
    await expect.poll(() => edit.getByLabel('Enhedspris').inputValue()).toBe('250000');
    await edit.getByLabel('Enhedspris').fill('262.500,75');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => second.textContent()).toContain('262.500,75 DKK');
    await expect.poll(async () => (await focused(page)).name).toBe('Rediger Drift og support');
    await page.screenshot({ path: '/tmp/overblik-contract-prices.png', fullPage: true });
    await expectAccessible(page, 'the contract page with price elements');
  });

  it('given the dates section, when the editor registers a termination, then the status is "Under opsigelse"', async () => {
    const page = editor;
    const terms = page.getByRole('region', { name: 'Datoer og vilkår' });
    await terms.getByRole('button', { name: 'Rediger Datoer og vilkår' }).click();
    const form = page.getByRole('form', { name: 'Rediger Datoer og vilkår' });
    await expect.poll(async () => (await focused(page)).id).toBe('terms-signed-on');
    await expectAccessible(page, 'the contract page editing the dates');
    await form.getByLabel('Underskrevet').fill(SIGNED);
    await form.getByLabel('Opsagt den').fill(TERMINATION_GIVEN);
    await form.getByLabel('Opsigelsen har virkning fra').fill(iso(Y, MONTH, 0));
    await form.getByRole('button', { name: 'Gem' }).click();
    // The later of the two dates is the one named.
    const error = page.locator('#terms-termination-effective-on-error');
    await expect.poll(() => error.isVisible()).toBe(true);
    await form.getByLabel('Opsigelsen har virkning fra').fill(TERMINATION_EFFECTIVE);
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => detail(terms, 'Status')).toContain('Under opsigelse');
    expect(await detail(terms, 'Udløber')).toBe(shown(TERMINATION_EFFECTIVE));
    expect(await detail(terms, 'Underskrevet')).toBe(shown(SIGNED));
    expect(await detail(terms, 'Opsagt den')).toBe(shown(TERMINATION_GIVEN));
    // Fields of other sections were not sent: the price elements and the general fields are unchanged.
    expect(await detail(page.getByRole('region', { name: 'Generelt' }), 'Kontrakttype')).toBe('Driftsaftale');
    await expect.poll(async () => (await focused(page)).name).toBe('Rediger Datoer og vilkår');
  });

  it('given the economy section, when the editor types a Danish amount, then it is saved and shown the Danish way', async () => {
    const page = editor;
    const economy = page.getByRole('region', { name: 'Økonomi og priselementer' });
    await economy.getByRole('button', { name: 'Rediger Økonomi og priselementer' }).click();
    const form = page.getByRole('form', { name: 'Rediger Økonomi og priselementer' });
    await form.getByLabel('Årlig omkostning').fill('1.450.000,5');
    await form.getByLabel('Samlet værdi').fill('4.350.000');
    await form.getByLabel('Prisregulering').selectOption({ label: 'Efter indeks' });
    await form.getByLabel('Indeks', { exact: true }).fill('Nettoprisindeks');
    await form.getByLabel('Reguleringsdato hvert år').fill('1/7');
    await form.getByLabel('Loft (%)').fill('3,5');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => detail(economy, 'Årlig omkostning')).toBe('1.450.000,50 DKK');
    expect(await detail(economy, 'Samlet værdi')).toBe('4.350.000,00 DKK');
    expect(await detail(economy, 'Reguleringsdato hvert år')).toBe('1. juli');
    expect(await detail(economy, 'Loft \\(%\\)')).toBe('3,5 %');
  });

  it('given the general section, when the editor classifies the contract and names who is responsible, then it is shown', async () => {
    const page = editor;
    const general = page.getByRole('region', { name: 'Generelt' });
    await general.getByRole('button', { name: 'Rediger Generelt' }).click();
    const form = page.getByRole('form', { name: 'Rediger Generelt' });
    await expect.poll(async () => (await focused(page)).id).toBe('general-number');
    await form.getByLabel('System', { exact: true }).fill('Prisme');
    await form.getByLabel('Skabelon').selectOption({ label: 'K02' });
    await form.getByLabel('Udbudsform').selectOption({ label: 'SKI-aftale' });
    await form.getByLabel('SKI-aftalenummer').fill('02.19');
    await form.getByRole('group', { name: 'Aftaleelementer' }).getByLabel('Licens').check();
    await form.getByRole('group', { name: 'Aftaleelementer' }).getByLabel('Drift').check();
    await form.getByLabel('Kritikalitet').selectOption({ label: 'Høj' });
    await form.getByLabel('Tags').fill('økonomi, kernesystem, økonomi');
    await form.getByLabel('Ansvarlig enhed').selectOption({ label: UNIT });
    await form.getByRole('button', { name: 'Tilføj ansvarlig' }).click();
    await form.getByLabel('Rolle for ansvarlig 1').selectOption({ label: 'Systemejer' });
    await form.getByLabel('Person for ansvarlig 1').selectOption({ label: EDITOR.name });
    await form.getByLabel('Beskrivelse').fill('Kommunens økonomisystem med drift hos leverandøren.');
    await page.screenshot({ path: '/tmp/overblik-contract-general-edit.png', fullPage: true });
    await expectAccessible(page, 'the contract page editing the general section');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => detail(general, 'System')).toBe('Prisme');
    expect(await detail(general, 'Skabelon')).toBe('K02');
    expect(await detail(general, 'Udbudsform')).toBe('SKI-aftale');
    expect(await detail(general, 'SKI-aftalenummer')).toBe('02.19');
    expect(await detail(general, 'Aftaleelementer')).toBe('Licens, Drift');
    expect(await detail(general, 'Kritikalitet')).toBe('Høj');
    expect(await detail(general, 'Tags')).toBe('økonomi, kernesystem');
    expect(await detail(general, 'Ansvarlig enhed')).toBe(UNIT);
    expect(await detail(general, 'Ansvarlige')).toBe(`Systemejer: ${EDITOR.name}`);
    await expect.poll(async () => (await focused(page)).name).toBe('Rediger Generelt');
  });

  it('given the changes, then the history lists the contract, its price elements and the changed dates', async () => {
    const page = editor;
    const history = page.getByRole('region', { name: 'Historik' });
    const count = async (action: string, type: string) =>
      (await historyRows(history)).filter(([a, t]) => a === action && t === type).length;
    await expect.poll(() => count('oprettet', 'kontrakt')).toBe(1);
    await expect.poll(() => count('oprettet', 'priselement')).toBe(2);
    await expect.poll(() => count('ændret', 'priselement')).toBe(1);
    await expect.poll(() => count('ændret', 'kontrakt')).toBe(3);
    await expect.poll(() => count('oprettet', 'kontraktansvar')).toBe(1);
    const rows = await historyRows(history);
    const dates = rows.find(([a, t, changes]) => a === 'ændret' && t === 'kontrakt' && changes?.includes('opsagt den'));
    expect(dates?.[2]).toMatch(/opsagt den:\s*–/);
    expect(dates?.[2]).toContain(shown(TERMINATION_GIVEN));
    // Money is recorded in kroner and lists as lists: shown as amounts and by their labels, not as øre or JSON text.
    const economy = rows.find(([a, t, changes]) => a === 'ændret' && t === 'kontrakt' && changes?.includes('årlig omkostning'));
    expect(economy?.[2]).toMatch(/årlig omkostning:\s*–.*1\.450\.000,50/);
    expect(economy?.[2]).toContain('4.350.000,00');
    const general = rows.find(([a, t, changes]) => a === 'ændret' && t === 'kontrakt' && changes?.includes('aftaleelementer'));
    expect(general?.[2]).toContain('Licens, Drift');
    expect(general?.[2]).toContain('økonomi, kernesystem');
    expect(general?.[2]).not.toContain('[');
    await expectAccessible(page, 'the contract page with its history');
  });

  it('given more contracts, then the list filters by supplier and status, sorts by any column and keeps the filter in the address', async () => {
    const create = (body: Record<string, unknown>) =>
      api.request<Contract>('POST', `/organisations/${organisationId}/contracts`, body);
    await create({
      number: 'K-2026-002',
      name: 'Lønsystem',
      supplierId: (await api.request<{ items: Supplier[] }>('GET', `/organisations/${organisationId}/suppliers?q=Svensk`))
        .items[0]?.id,
      inForceFrom: '2025-04-01',
      termKind: 'ongoing',
    });
    await create({
      number: 'K-2026-003',
      name: 'Fremtidig hosting',
      supplierId: supplier.id,
      inForceFrom: FUTURE_START,
      termKind: 'months',
      termMonths: 12,
    });
    await create({
      number: 'K-2020-004',
      name: 'Gammelt ESDH',
      supplierId: supplier.id,
      inForceFrom: '2020-01-01',
      termKind: 'end_date',
      termEndsOn: '2025-12-31',
    });

    const page = editor;
    await nav(page, 'Kontrakter').click();
    await page.waitForURL((url) => url.pathname === '/kontrakter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Viser' }).textContent()).toBe('Viser 1–4 af 4');
    await expect.poll(() => listNumbers(page)).toEqual(['K-2020-004', NUMBER, 'K-2026-002', 'K-2026-003']);
    const row = (number: string) =>
      page.getByRole('table', { name: 'Kontrakter' }).getByRole('row', { name: new RegExp(number) });
    await expect.poll(() => row('K-2026-003').textContent()).toContain('Kladde');
    expect(await row('K-2020-004').textContent()).toContain('Udløbet');
    expect(await row('K-2026-002').textContent()).toContain('Aktiv');
    expect(await row(NUMBER).textContent()).toContain('Under opsigelse');
    await expectAccessible(page, 'the contract list');

    await filter(page, 'Leverandør').selectOption({ label: SUPPLIER });
    await expect.poll(() => listNumbers(page)).toEqual(['K-2020-004', NUMBER, 'K-2026-003']);
    await filter(page, 'Status').selectOption({ label: 'Kladde' });
    await expect.poll(() => listNumbers(page)).toEqual(['K-2026-003']);
    await filter(page, 'Status').selectOption({ label: 'Alle statusser' });
    await expect.poll(() => listNumbers(page)).toEqual(['K-2020-004', NUMBER, 'K-2026-003']);
    expect(new URL(page.url()).searchParams.get('supplierId')).toBe(supplier.id);

    const ends = page.getByRole('columnheader', { name: 'Udløber' });
    await ends.getByRole('button').click();
    await expect.poll(() => ends.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => listNumbers(page)).toEqual(['K-2020-004', NUMBER, 'K-2026-003']);
    await ends.getByRole('button').click();
    await expect.poll(() => ends.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => listNumbers(page)).toEqual(['K-2026-003', NUMBER, 'K-2020-004']);
    const name = page.getByRole('columnheader', { name: 'Navn' });
    await name.getByRole('button').click();
    await expect.poll(() => name.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => listNumbers(page)).toEqual(['K-2026-003', 'K-2020-004', NUMBER]);

    await page.getByLabel('Søg på kontraktnummer, navn eller system').fill('hosting');
    await expect.poll(() => listNumbers(page)).toEqual(['K-2026-003']);
    await page.getByRole('link', { name: 'K-2026-003' }).click();
    await expect.poll(() => heading(page)).toBe('Fremtidig hosting');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/kontrakter');
    await expect.poll(() => listNumbers(page)).toEqual(['K-2026-003']);
    expect(await page.getByLabel('Søg på kontraktnummer, navn eller system').inputValue()).toBe('hosting');
    expect(await filter(page, 'Leverandør').inputValue()).toBe(supplier.id);

    await page.getByLabel('Søg på kontraktnummer, navn eller system').fill('');
    await filter(page, 'Leverandør').selectOption({ label: 'Alle leverandører' });
    // Within the days until the terminated contract ends, but not until the next one ends (months later).
    const days = Math.ceil((Date.parse(TERMINATION_EFFECTIVE) - NOW.getTime()) / 86_400_000) + 5;
    await page.getByLabel('Udløber inden for (dage)').fill(String(days));
    await expect.poll(() => listNumbers(page)).toEqual([NUMBER]);
    await page.getByLabel('Udløber inden for (dage)').fill('');
    await expect.poll(() => listNumbers(page)).toHaveLength(4);
  });

  it('given the column chooser, when the editor picks columns, then the choice is kept after a reload and on another device', async () => {
    const page = editor;
    expect(await listHeaders(page)).toEqual([
      'Kontraktnummer',
      'Navn',
      'Leverandør',
      'Kontrakttype',
      'Status',
      'Udløber',
      'Årlig omkostning',
    ]);
    await page.getByText('Vælg kolonner').click();
    const chooser = page.getByRole('group', { name: 'Vis disse kolonner' });
    await chooser.getByLabel('Kontrakttype').uncheck();
    await chooser.getByLabel('Samlet værdi').check();
    await chooser.getByLabel('Kritikalitet').check();
    const wanted = [
      'Kontraktnummer',
      'Navn',
      'Leverandør',
      'Status',
      'Udløber',
      'Årlig omkostning',
      'Samlet værdi',
      'Kritikalitet',
    ];
    await expect.poll(() => listHeaders(page)).toEqual(wanted);
    await expect.poll(() => page.getByRole('row', { name: new RegExp(NUMBER) }).textContent()).toContain('4.350.000,00 DKK');
    await page.screenshot({ path: '/tmp/overblik-contracts.png', fullPage: true });
    await expectAccessible(page, 'the contract list with the column chooser open');

    await page.reload();
    await expect.poll(() => listHeaders(page)).toEqual(wanted);

    const elsewhere = await (await newContext(browser, server.url)).newPage();
    await logIn(elsewhere, EDITOR.email, EDITOR.password);
    await elsewhere.goto('/kontrakter');
    await expect.poll(() => listHeaders(elsewhere)).toEqual(wanted);
    // The reader has not chosen, and sees the default columns.
    await reader.goto('/kontrakter');
    await expect.poll(() => listHeaders(reader)).toContain('Kontrakttype');
    await elsewhere.context().close();
  });

  it("given the supplier page, then it lists the supplier's contracts and what the organisation is committed to", async () => {
    const page = editor;
    await page.goto(`/leverandoerer/${supplier.id}`);
    await expect.poll(() => heading(page)).toBe(SUPPLIER);
    const section = page.getByRole('region', { name: 'Kontrakter' });
    await expect
      .poll(() => section.locator('tbody tr td:first-child').allTextContents())
      .toEqual(['K-2020-004', NUMBER, 'K-2026-003']);
    expect(await section.getByRole('row', { name: /K-2020-004/ }).textContent()).toContain('Udløbet');
    await expect.poll(() => detail(section, 'Årlig forpligtelse')).toMatch(/DKK$/);
    expect(await detail(section, 'Restforpligtelse')).toMatch(/DKK$/);
    expect(await detail(section, 'Kontrakter')).toMatch(/^3 kontrakter, heraf \d aktiv/);
    await page.screenshot({ path: '/tmp/overblik-supplier-contracts.png', fullPage: true });
    await expectAccessible(page, 'the supplier page with contracts');
    await section.getByRole('link', { name: NUMBER }).click();
    await expect.poll(() => heading(page)).toBe(NAME);
  });

  it('given a tillægskontrakt, then the main contract cannot be deleted before it, and both can then be deleted', async () => {
    const page = editor;
    await page.getByRole('link', { name: 'Opret tillægskontrakt' }).click();
    await page.waitForURL((url) => url.pathname === '/kontrakter/ny');
    await expect.poll(() => heading(page)).toBe('Opret tillægskontrakt');
    await expect.poll(() => page.getByLabel('Hovedkontrakt (for en tillægskontrakt)').inputValue()).not.toBe('');
    expect(await page.getByLabel('Kontrakttype').inputValue()).toBe('tillaegskontrakt');
    expect(await page.getByLabel('Leverandør').inputValue()).toBe(supplier.id);
    await page.getByLabel('Kontraktnummer').fill('K-2026-001-T1');
    await page.getByLabel('Navn', { exact: true }).fill('Tillæg om mobiladgang');
    await page.getByLabel('I kraft fra').fill(START);
    await page.getByRole('button', { name: 'Opret kontrakt' }).click();
    await page.waitForURL((url) => /^\/kontrakter\/[0-9a-f-]{36}$/.test(url.pathname));
    childId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await expect.poll(() => heading(page)).toBe('Tillæg om mobiladgang');
    const general = page.getByRole('region', { name: 'Generelt' });
    await expect.poll(() => detail(general, 'Hovedkontrakt \\(for en tillægskontrakt\\)')).toContain(NUMBER);

    await page.goto(contractPath);
    await expect
      .poll(() => detail(page.getByRole('region', { name: 'Generelt' }), 'Tillægskontrakter'))
      .toContain('K-2026-001-T1');
    await page.getByRole('button', { name: 'Slet kontrakt' }).click();
    await expect.poll(async () => (await focused(page)).text).toBe('Ja, slet');
    await page.getByRole('button', { name: 'Ja, slet' }).click();
    await expect.poll(() => page.getByRole('alert').first().isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(contractPath);

    await page.goto(`/kontrakter/${childId}`);
    await expect.poll(() => heading(page)).toBe('Tillæg om mobiladgang');
    await page.getByRole('button', { name: 'Slet kontrakt' }).click();
    await page.getByRole('button', { name: 'Ja, slet' }).click();
    await page.waitForURL((url) => url.pathname === '/kontrakter');
    await expect.poll(() => listNumbers(page)).toHaveLength(4);
    expect(await listNumbers(page)).not.toContain('K-2026-001-T1');
  });

  it('given an extension option, when one period is exercised, then the contract ends that much later', async () => {
    const page = editor;
    await page.getByRole('link', { name: 'K-2026-003' }).click();
    await expect.poll(() => heading(page)).toBe('Fremtidig hosting');
    const terms = page.getByRole('region', { name: 'Datoer og vilkår' });
    await expect.poll(() => detail(terms, 'Udløber')).toBe(shown(FUTURE_END));
    expect(await detail(terms, 'Status')).toContain('Kladde');

    const options = page.getByRole('region', { name: 'Optioner' });
    await options.getByRole('button', { name: 'Tilføj option' }).click();
    const form = page.getByRole('form', { name: 'Tilføj option' });
    await expect.poll(() => form.getByLabel('Type').inputValue()).toBe('extension');
    await form.getByLabel('Beskrivelse').fill('Forlængelse af hosting');
    await form.getByLabel('Perioder', { exact: true }).fill('2');
    await form.getByLabel('Måneder pr. periode').fill('12');
    await form.getByLabel('Skal senest udnyttes').fill(iso(Y + 1, 11, 30));
    await form.getByRole('button', { name: 'Gem' }).click();
    const row = options.getByRole('row', { name: /Forlængelse af hosting/ });
    await expect.poll(() => row.textContent()).toContain('2 × 12 måneder');
    expect(await row.textContent()).toContain(shown(iso(Y + 1, 11, 30)));
    expect(await detail(terms, 'Udløber')).toBe(shown(FUTURE_END));

    await options.getByRole('button', { name: 'Rediger option Forlængelse af hosting' }).click();
    const edit = page.getByRole('form', { name: 'Rediger option Forlængelse af hosting' });
    await edit.getByLabel('Udnyttede perioder').fill('1');
    await edit.getByLabel('Udnyttet den').fill(TERMINATION_GIVEN);
    await expectAccessible(page, 'the contract page editing an option');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => row.textContent()).toContain(`1 periode, ${shown(TERMINATION_GIVEN)}`);
    await expect.poll(() => detail(terms, 'Udløber')).toBe(shown(FUTURE_END_EXTENDED));
    await page.goto('/kontrakter');
  });

  it('given a reader (læser), then contracts can be read but not changed', async () => {
    const page = reader;
    await nav(page, 'Kontrakter').click();
    await page.waitForURL((url) => url.pathname === '/kontrakter');
    await expect.poll(() => page.getByRole('link', { name: NUMBER }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Opret kontrakt' }).count()).toBe(0);
    await page.getByRole('link', { name: NUMBER }).click();
    await expect.poll(() => heading(page)).toBe(NAME);
    const prices = page.getByRole('region', { name: 'Priselementer' });
    await expect.poll(() => prices.getByRole('row', { name: /Licens pr\. bruger/ }).isVisible()).toBe(true);
    const main = page.getByRole('main');
    expect(
      await main
        .getByRole('button')
        .filter({ hasText: /Rediger|Slet|Tilføj|Gem/ })
        .count(),
    ).toBe(0);
    expect(await main.getByRole('link', { name: 'Opret tillægskontrakt' }).count()).toBe(0);
    await expectAccessible(page, 'the contract page of a reader');
    await page.goto('/kontrakter/ny');
    await expect.poll(() => page.getByText('Kun redaktører og administratorer kan oprette kontrakter.').isVisible()).toBe(true);
  });

  it('given only a keyboard, then a contract is opened, a section edited and a price element deleted', async () => {
    const page = editor;
    await page.goto('/');
    await expect.poll(() => heading(page)).toMatch(/^Velkommen/);
    // The area's menu opens with Enter; its pages follow the button in the tab order.
    await pressUntil(page, 'Tab', (f) => f.tag === 'button' && f.text === 'Register');
    await page.keyboard.press('Enter');
    await pressUntil(page, 'Tab', (f) => f.tag === 'a' && f.text === 'Kontrakter', 3);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/kontrakter');
    await expect.poll(async () => (await focused(page)).id).toBe('page-heading');
    await pressUntil(page, 'Tab', (f) => f.tag === 'a' && f.text === NUMBER);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === contractPath);
    await expect.poll(async () => (await focused(page)).text).toBe(NAME);

    await pressUntil(page, 'Tab', (f) => f.name === 'Rediger Referencer og noter');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('references-esdh');
    await page.keyboard.type('2026-004711');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page)).name).toBe('Rediger Referencer og noter');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('references-esdh');
    await page.keyboard.type('2026-004711');
    await page.keyboard.press('Enter');
    const references = page.getByRole('region', { name: 'Referencer og noter' });
    await expect.poll(() => detail(references, 'ESDH-/journalnummer')).toBe('2026-004711');
    await expect.poll(async () => (await focused(page)).name).toBe('Rediger Referencer og noter');

    await pressUntil(page, 'Shift+Tab', (f) => f.name === 'Slet Licens pr. bruger');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Ja, slet' });
    await page.keyboard.press('Enter');
    const prices = page.getByRole('region', { name: 'Priselementer' });
    await expect.poll(() => prices.locator('tbody tr').count()).toBe(1);
    expect(await prices.getByRole('row', { name: /Licens pr\. bruger/ }).count()).toBe(0);
  });
});
