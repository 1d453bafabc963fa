import type { SupplierPage } from '@overblik/api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, focused, heading, launchBrowser, logIn, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Kolding Kommune';
const EDITOR = { email: 'signe.skov@kolding.test', name: 'Signe Skov', password: 'Signe-opretter-leverandoerer' };
const READER = { email: 'leo.lind@kolding.test', name: 'Leo Lind', password: 'Leo-laeser-kontrakterne' };
const SUPPLIER = 'Koldings Kabelfirma ApS';
/** A CVR number that passes the modulus-11 check. */
const CVR = '20000023';

describe.skipIf(!browserAvailable())('creating a supplier from the new-contract form', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: Page;
  let api: ApiSession;
  let organisationId: string;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
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
    editor = await (await newContext(browser, server.url)).newPage();
    await logIn(editor, EDITOR.email, EDITOR.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given a supplier that is not registered, then the editor creates it inline, it is chosen, and what was typed is kept', async () => {
    const page = editor;
    await page.goto(`${server.url}/kontrakter/ny`);
    await expect.poll(() => heading(page)).toBe('Opret kontrakt');
    await page.getByLabel('Kontraktnummer').fill('KOL-7');
    await page.getByLabel('Navn', { exact: true }).fill('Fibernet til skolerne');
    await page.getByRole('button', { name: 'Opret ny leverandør' }).click();
    const inline = page.getByRole('group', { name: 'Ny leverandør' });
    await expect.poll(() => inline.isVisible()).toBe(true);
    await expectAccessible(page, 'the new-contract form with the new-supplier fields');

    // A problem is shown at its field, and nothing of the contract is lost.
    await inline.getByLabel('Navn', { exact: true }).fill(SUPPLIER);
    await inline.getByLabel('CVR-nummer').fill('12345678');
    await inline.getByRole('button', { name: 'Opret leverandøren' }).click();
    await expect.poll(() => inline.getByLabel('CVR-nummer').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/kontrakter/ny');

    // Enter in the supplier's fields creates the supplier, not the contract.
    await inline.getByLabel('CVR-nummer').fill(CVR);
    await inline.getByLabel('CVR-nummer').press('Enter');
    await expect.poll(() => inline.count()).toBe(0);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Leverandøren' }).textContent())
      .toContain(`Leverandøren ${SUPPLIER} er oprettet og valgt.`);
    await expect.poll(async () => (await focused(page)).text).toBe('Opret ny leverandør');
    const suppliers = await api.request<SupplierPage>('GET', `/organisations/${organisationId}/suppliers?limit=10`);
    const created = suppliers.items.find((s) => s.name === SUPPLIER);
    expect(created?.cvr).toBe(CVR);
    expect(await page.getByLabel('Leverandør', { exact: true }).inputValue()).toBe(created?.id);
    expect(await page.getByLabel('Kontraktnummer').inputValue()).toBe('KOL-7');
    expect(await page.getByLabel('Navn', { exact: true }).inputValue()).toBe('Fibernet til skolerne');
    await expectAccessible(page, 'the new-contract form after creating a supplier');

    await page.getByRole('button', { name: 'Opret kontrakt' }).click();
    await page.waitForURL((url) => /^\/kontrakter\/[0-9a-f-]{36}$/.test(url.pathname));
    await expect.poll(() => heading(page)).toBe('Fibernet til skolerne');
    const term = page.locator('dt', { hasText: /^Leverandør$/ }).first();
    await expect.poll(() => term.locator('xpath=following-sibling::dd[1]').textContent()).toBe(SUPPLIER);
  });

  it('given a reader, then the form and its supplier creation are not offered', async () => {
    const page = await (await newContext(browser, server.url)).newPage();
    await logIn(page, READER.email, READER.password);
    await page.goto(`${server.url}/kontrakter/ny`);
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Kun redaktører og administratorer');
    expect(await page.getByRole('button', { name: 'Opret ny leverandør' }).count()).toBe(0);
  });
});
