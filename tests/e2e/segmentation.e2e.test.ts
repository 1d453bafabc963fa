import type { Supplier } from '@overblik/api';
import { firstDueOn } from '@overblik/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, heading, launchBrowser, logIn, nav, newContext } from './browser.ts';
import { todayInDenmark, written } from './dates.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Randers Kommune';
const SOFIE = { email: 'sofie.segment@randers.test', name: 'Sofie Segment', password: 'Sofie-placerer-leverandoererne' };
const SUPPLIER = 'Driftshuset Jylland A/S';

/** Today in Denmark: the day the server places the supplier on. */
const TODAY = todayInDenmark();
const QUARTERLY = firstDueOn(TODAY, 'quarterly');

describe.skipIf(!browserAvailable())('supplier segmentation in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let supplier: Supplier;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const admin = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const organisationId = (await admin.organisationByName(ORGANISATION)).id;
    const added = await admin.addMember(organisationId, { email: SOFIE.email, name: SOFIE.name, role: 'redaktør' });
    if (!added.invitationUrl) throw new Error('a new person should get an invitation link');
    await acceptInvitation(server.url, added.invitationUrl, SOFIE.password);
    const api = await ApiSession.login(server.url, SOFIE.email, SOFIE.password);
    supplier = await api.request<Supplier>('POST', `/organisations/${organisationId}/suppliers`, {
      name: SUPPLIER,
      cvr: '31000009',
    });
    // A large, critical operations contract without exit terms: the product proposes "strategisk".
    await api.request('POST', `/organisations/${organisationId}/contracts`, {
      number: 'D-1',
      name: 'Drift af ESDH',
      supplierId: supplier.id,
      inForceFrom: '2025-01-01',
      termKind: 'ongoing',
      noticeMonths: 6,
      noticePeriodEnd: 'month',
      annualCost: '2400000.00',
      agreementElements: ['drift'],
      criticality: 'kritisk',
      personalData: 'yes',
      transferability: 'difficult',
    });
    page = await (await newContext(browser, server.url)).newPage();
    await logIn(page, SOFIE.email, SOFIE.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the supplier unplaced in the matrix with its proposal, as a chart and a table', async () => {
    await nav(page, 'Segmentering').click();
    await expect.poll(() => heading(page)).toBe('Leverandørsegmentering');
    const row = page.getByRole('table', { name: 'Leverandørerne i matricen' }).getByRole('row', { name: new RegExp(SUPPLIER) });
    await expect.poll(() => row.count()).toBe(1);
    const text = await row.textContent();
    expect(text).toContain('Ikke placeret');
    expect(text).toContain('Strategisk');
    expect(await page.locator('.echart canvas').count()).toBe(1);
    await expectAccessible(page, 'the segmentation matrix');
  });

  it('asks for a reason before another segment than the proposed one, then confirms the proposal and shows the quarterly follow-ups', async () => {
    await page.getByRole('link', { name: SUPPLIER }).click();
    await expect.poll(() => heading(page)).toBe(SUPPLIER);
    const section = page.getByRole('region', { name: 'Segment', exact: true });
    await expect.poll(() => section.getByRole('heading', { name: 'Forslag: Strategisk' }).count()).toBe(1);
    const reasons = section.getByRole('table', { name: 'Hvorfor forslaget er Strategisk' });
    expect(await reasons.getByRole('row', { name: /Tegn på binding/ }).textContent()).toContain('ingen exitbestemmelser');

    await section.getByLabel('Rutine').check();
    await section.getByRole('button', { name: 'Bekræft placering' }).click();
    await expect
      .poll(() => section.getByText('Skriv, hvorfor leverandøren placeres i et andet segment end det foreslåede.').count())
      .toBeGreaterThan(0);

    await section.getByLabel('Strategisk (foreslået)').check();
    await section.getByRole('button', { name: 'Bekræft placering' }).click();
    await expect.poll(() => section.getByText('Placeringen er gemt.').count()).toBe(1);
    const followUps = section.getByRole('listitem');
    await expect
      .poll(() => followUps.allTextContents())
      .toEqual([
        `Statusmøde, hvert kvartal – næste gang ${written(QUARTERLY)}`,
        `Leverandørevaluering, hvert kvartal – næste gang ${written(QUARTERLY)}`,
        `Strategisk møde, hvert år – næste gang ${written(firstDueOn(TODAY, 'yearly'))}`,
      ]);
    await expectAccessible(page, "the supplier's segment section");
  });

  it('puts the follow-ups on the deadlines page', async () => {
    await page.getByRole('link', { name: 'Se fristerne' }).click();
    await expect.poll(() => heading(page)).toBe('Frister');
    await expect.poll(() => page.getByText('Leverandørevaluering', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Statusmøde', { exact: false }).count()).toBeGreaterThan(0);
  });

  it('shows the placement in the matrix', async () => {
    await nav(page, 'Segmentering').click();
    const row = page.getByRole('table', { name: 'Leverandørerne i matricen' }).getByRole('row', { name: new RegExp(SUPPLIER) });
    await expect.poll(async () => (await row.textContent()) ?? '').toContain(`${SOFIE.name}`);
    expect(await row.locator('td').first().textContent()).toBe('Strategisk');
  });
});
