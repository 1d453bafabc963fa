import type { Contract, Supplier } from '@overblik/api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, focused, heading, launchBrowser, logIn, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Viborg Kommune';
const READER = { email: 'signe.skov@viborg.test', name: 'Signe Skov', password: 'Signe-leder-efter-dobbeltkoeb' };
const SUPPLIER = 'Driftscentret Midt A/S';
const CVR = '31234565';

const REPORT = 'Mulige dobbeltkøb';
const CAPTION = 'Mulige dobbeltkøb, de stærkeste tegn først';
const MAIN = { number: 'K-101', name: 'Drift af borgerservice' };
const OTHER = { number: 'K-102', name: 'Support og drift af selvbetjening' };
const SUPPLEMENT = { number: 'K-101-T1', name: 'Tillæg om ny selvbetjening' };

// Dates relative to the year the test runs in, so both contracts stay in force ("Aktiv") and the report keeps them.
const Y = new Date().getUTCFullYear();
const iso = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);

/** Presses a key until the focused element matches, so the test does not depend on the exact tab order. */
async function pressUntil(page: Page, key: string, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (match(now)) return now;
  }
  throw new Error(`pressed ${key} ${max} times without reaching the element; focus is on ${JSON.stringify(await focused(page))}`);
}

/** The report's rows, each as the text of its cells. */
const reportRows = (page: Page) =>
  page
    .getByRole('table', { name: CAPTION })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));

describe.skipIf(!browserAvailable())('double purchases', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let api: ApiSession;
  let organisationId: string;
  let supplier: Supplier;
  let main: Contract;
  let supplement: Contract;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    // Fixture through the public API: a reader (læser) in Viborg and one supplier; the contracts come later.
    api = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    organisationId = (await api.organisationByName(ORGANISATION)).id;
    const added = await api.addMember(organisationId, { email: READER.email, name: READER.name, role: 'læser' });
    if (!added.invitationUrl) throw new Error('a new person should get an invitation link');
    await acceptInvitation(server.url, added.invitationUrl, READER.password);
    supplier = await api.request<Supplier>('POST', `/organisations/${organisationId}/suppliers`, { name: SUPPLIER, cvr: CVR });
    page = await (await newContext(browser, server.url)).newPage();
    await logIn(page, READER.email, READER.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given no contracts, when a reader opens the report from the contract list, then it says there are none', async () => {
    await page.goto('/kontrakter');
    await expect.poll(() => heading(page)).toBe('Kontrakter');
    await page.getByRole('link', { name: REPORT, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/rapporter/dobbeltkoeb');
    await expect.poll(() => heading(page)).toBe(REPORT);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Ingen mulige dobbeltkøb' }).isVisible()).toBe(true);
    expect(await page.getByRole('main').textContent()).toContain('tillægskontrakter');
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page, 'the empty double-purchase report');
  });

  it('given two overlapping contracts with the same supplier and element and a tillæg of the first, then the report lists exactly that one pair', async () => {
    const create = (body: Record<string, unknown>) =>
      api.request<Contract>('POST', `/organisations/${organisationId}/contracts`, body);
    main = await create({
      ...MAIN,
      supplierId: supplier.id,
      agreementElements: ['licens', 'drift', 'support'],
      inForceFrom: iso(Y - 1, 7, 1),
      termKind: 'ongoing',
    });
    await create({
      ...OTHER,
      supplierId: supplier.id,
      agreementElements: ['drift', 'support', 'hosting'],
      inForceFrom: iso(Y, 1, 1),
      termKind: 'end_date',
      termEndsOn: iso(Y + 1, 12, 31),
    });
    // Same supplier and elements as its main contract and in force with it — but a tillæg is meant to overlap. It
    // starts after the other contract has ended, so it shares no days with that one either.
    supplement = await create({
      ...SUPPLEMENT,
      parentId: main.id,
      contractType: 'tillaegskontrakt',
      supplierId: supplier.id,
      agreementElements: ['drift', 'support'],
      inForceFrom: iso(Y + 2, 1, 1),
      termKind: 'ongoing',
    });

    await page.reload();
    await expect.poll(() => heading(page)).toBe(REPORT);
    await expect
      .poll(() => reportRows(page))
      .toEqual([
        [
          `${MAIN.number} ${MAIN.name} Aktiv`,
          `${OTHER.number} ${OTHER.name} Aktiv`,
          'Samme leverandør og aftaleelement',
          'Drift, Support',
          `fra 1. januar ${Y} til 31. december ${Y + 1}`,
        ],
      ]);
    expect(await page.getByRole('status').filter({ hasText: 'dobbeltkøb' }).textContent()).toBe('1 muligt dobbeltkøb');
    expect(await page.getByRole('table', { name: CAPTION }).textContent()).not.toContain(SUPPLEMENT.number);
    const headers = await page.getByRole('table', { name: CAPTION }).locator('thead th').allTextContents();
    expect(headers).toEqual(['Kontrakt', 'Anden kontrakt', 'Begrundelse', 'Fælles aftaleelementer', 'Overlap']);
    await page.screenshot({ path: '/tmp/overblik-double-purchases.png', fullPage: true });
    await expectAccessible(page, 'the double-purchase report');
  });

  it('given the contract page, then its Dobbeltkøb section links to the report, and the tillæg has no such section', async () => {
    await page.getByRole('link', { name: `${MAIN.number} ${MAIN.name}` }).click();
    await expect.poll(() => heading(page)).toBe(MAIN.name);
    const section = page.getByRole('region', { name: 'Dobbeltkøb' });
    await expect.poll(() => section.textContent()).toContain(`${OTHER.number} ${OTHER.name}`);
    expect(await section.textContent()).toContain('samme leverandør og aftaleelement');
    expect(await section.textContent()).not.toContain(SUPPLEMENT.number);
    await expectAccessible(page, 'the contract page with a possible double purchase');
    await section.getByRole('link', { name: 'Se alle mulige dobbeltkøb' }).click();
    await page.waitForURL((url) => url.pathname === '/rapporter/dobbeltkoeb');
    await expect.poll(() => heading(page)).toBe(REPORT);
    await expect.poll(() => reportRows(page)).toHaveLength(1);

    await page.goto(`/kontrakter/${supplement.id}`);
    await expect.poll(() => heading(page)).toBe(SUPPLEMENT.name);
    await expect.poll(() => page.getByRole('region', { name: 'Historik' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Dobbeltkøb' }).count()).toBe(0);
  });

  it('given only a keyboard, then the report is reached from the contract list and leads to a contract and back', async () => {
    await page.goto('/kontrakter');
    await expect.poll(() => heading(page)).toBe('Kontrakter');
    await pressUntil(page, 'Tab', (f) => f.tag === 'a' && f.text === REPORT);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/rapporter/dobbeltkoeb');
    await expect.poll(async () => (await focused(page)).id).toBe('page-heading');
    await expect.poll(() => reportRows(page)).toHaveLength(1);

    await pressUntil(page, 'Tab', (f) => f.tag === 'a' && f.text === `${OTHER.number} ${OTHER.name}`);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).text).toBe(OTHER.name);
    await pressUntil(page, 'Tab', (f) => f.tag === 'a' && f.text === 'Se alle mulige dobbeltkøb');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/rapporter/dobbeltkoeb');
    await expect.poll(async () => (await focused(page)).text).toBe(REPORT);
    await expectAccessible(page, 'the double-purchase report reached by keyboard');
  });
});
