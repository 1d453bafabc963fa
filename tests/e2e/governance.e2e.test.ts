import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, heading, launchBrowser, logIn, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Kolding Kommune';
const ADMIN = { email: 'gitte.gram@kolding.test', name: 'Gitte Gram', password: 'Gitte-styrer-leverandoererne' };
const SUPPLIER = 'Styringsfirmaet ApS';

describe.skipIf(!browserAvailable())('governance bodies, who does what and the collaboration organisation', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let supplierId: string;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const api = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const organisationId = (await api.organisationByName(ORGANISATION)).id;
    const added = await api.addMember(organisationId, { email: ADMIN.email, name: ADMIN.name, role: 'administrator' });
    if (!added.invitationUrl) throw new Error('a new person should get an invitation link');
    await acceptInvitation(server.url, added.invitationUrl, ADMIN.password);
    supplierId = (
      await api.request<{ id: string }>('POST', `/organisations/${organisationId}/suppliers`, { name: SUPPLIER, country: 'SE' })
    ).id;
    page = await (await newContext(browser, server.url)).newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("creates the Drejebog's bodies, seats a member, and the who-does-what page names the person's roles", async () => {
    await page.goto(`${server.url}/leverandoerstyring/styringsorganer`);
    await expect.poll(() => heading(page)).toBe('Styringsorganer');
    await page.getByRole('button', { name: 'Opret Drejebogens styringsorganer' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('6 styringsorganer er oprettet.');
    await expectAccessible(page, 'the governance bodies');

    await page.getByRole('link', { name: 'Leverandørstyringsudvalg' }).click();
    await expect.poll(() => heading(page)).toBe('Leverandørstyringsudvalg');
    await page.locator('#body-member-person').selectOption({ label: ADMIN.name });
    await page.locator('#body-member-role').fill('Formand');
    await page.getByRole('button', { name: 'Tilføj medlem' }).click();
    const members = page.getByRole('table', { name: 'Medlemmer af Leverandørstyringsudvalg' });
    await expect.poll(() => members.textContent()).toContain('Formand');
    await expectAccessible(page, 'a governance body');

    await page.goto(`${server.url}/leverandoerstyring/hvem-goer-hvad`);
    await expect.poll(() => heading(page)).toBe('Hvem gør hvad');
    await page.locator('#central-role-role').selectOption({ label: 'Kontraktstyringsansvarlig' });
    await page.locator('#central-role-person').selectOption({ label: ADMIN.name });
    await page.getByRole('button', { name: 'Tilføj rolle' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ADMIN.name }) });
    await expect.poll(() => row.textContent()).toContain('Kontraktstyringsansvarlig');
    expect(await row.textContent()).toContain('Leverandørstyringsudvalg (Formand)');
    await expectAccessible(page, 'who does what');
  });

  it("keeps the supplier's collaboration organisation with the default levels", async () => {
    await page.goto(`${server.url}/leverandoerer/${supplierId}`);
    await expect.poll(() => heading(page)).toBe(SUPPLIER);
    await page.getByRole('button', { name: 'Opret standardniveauerne (strategisk, taktisk, operationelt)' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'Operationelt' }).count()).toBe(1);
    await expectAccessible(page, 'the supplier page with its collaboration organisation');

    await page.getByRole('link', { name: 'Ret samarbejdsorganisationen' }).click();
    await expect.poll(() => heading(page)).toBe(`Samarbejdsorganisation: ${SUPPLIER}`);
    const top = page.getByRole('region', { name: 'Niveau 1: Strategisk' });
    await top.getByLabel('Forum', { exact: true }).fill('Styregruppe');
    await top.getByLabel('Frist for eskalering til styringsorganet (kalenderdage)').fill('14');
    await top.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'Strategisk' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('region', { name: 'Overblik' }).textContent()).toContain('Forum: Styregruppe');
    await expectAccessible(page, 'the collaboration organisation page');
  });
});
