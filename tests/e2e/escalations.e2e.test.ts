import type { Meeting, Supplier } from '@overblik/api';
import { addDays } from '@overblik/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, heading, launchBrowser, logIn, nav, newContext } from './browser.ts';
import { todayInDenmark, written } from './dates.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Aabenraa Kommune';
const ELSE = { email: 'else.eskalering@aabenraa.test', name: 'Else Eskalering', password: 'Else-sender-sagen-videre' };
const SUPPLIER = 'Skoleportalen A/S';
const ITEM = 'Leverandøren afviser kravet om bod for nedetid';
const BOARD = 'Leverandørstyringsudvalg';

describe.skipIf(!browserAvailable())('an item escalated from a status meeting lands on the governance body’s next agenda', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let meeting: Meeting;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const admin = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const organisationId = (await admin.organisationByName(ORGANISATION)).id;
    await acceptInvitation(
      server.url,
      (await admin.addMember(organisationId, { ...ELSE, role: 'administrator' })).invitationUrl,
      ELSE.password,
    );
    const api = await ApiSession.login(server.url, ELSE.email, ELSE.password);
    const base = `/organisations/${organisationId}`;
    await api.request('POST', `${base}/governance-bodies/drejebog`, {});
    const supplier = await api.request<Supplier>('POST', `${base}/suppliers`, { name: SUPPLIER, cvr: '31000025' });
    meeting = await api.request<Meeting>('POST', `${base}/meetings`, {
      title: 'Statusmøde om skoleportalen',
      heldOn: todayInDenmark(),
      supplierId: supplier.id,
    });
    meeting = await api.request<Meeting>('PUT', `${base}/meetings/${meeting.id}/agenda`, { items: [{ title: ITEM }] });
    page = await (await newContext(browser, server.url)).newPage();
    await logIn(page, ELSE.email, ELSE.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('escalates the agenda item to the governance body from the meeting page', async () => {
    await page.goto(`/leverandoerstyring/moeder/${meeting.id}`);
    await expect.poll(() => heading(page)).toBe('Statusmøde om skoleportalen');
    await page.getByText(`Eskalér: ${ITEM}`).click();
    await page.getByLabel('Til', { exact: true }).selectOption({ label: BOARD });
    await page.getByRole('button', { name: 'Eskalér', exact: true }).click();
    await expect.poll(() => page.getByText(`Eskaleret til ${BOARD}.`).count()).toBe(1);
    await expectAccessible(page, 'the meeting page with the escalation form');
  });

  it('shows the escalation on the body’s page, waiting for its next meeting', async () => {
    await nav(page, 'Styringsorganer').click();
    await page.getByRole('link', { name: BOARD, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(BOARD);
    const row = page.getByRole('table', { name: `Eskaleringer til ${BOARD}` }).getByRole('row', { name: new RegExp(ITEM) });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Venter på modtagerens næste møde');
    await expectAccessible(page, "the governance body's page");
  });

  it('puts it on the agenda of the body’s next meeting when its items are fetched from the register', async () => {
    const day = addDays(todayInDenmark(), 14);
    await page.getByLabel('Dato').fill(day);
    await page.getByRole('button', { name: 'Opret mødet' }).click();
    await expect.poll(() => heading(page)).toBe(BOARD);
    await page.getByRole('button', { name: 'Hent punkter fra registret' }).click();
    const escalated = page.getByRole('heading', { name: new RegExp(`^Eskaleret fra Statusmøde om skoleportalen .*: ${ITEM}$`) });
    await expect.poll(() => escalated.count()).toBe(1);
    expect(await escalated.textContent()).toContain(written(todayInDenmark()));
  });
});
