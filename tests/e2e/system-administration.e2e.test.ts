import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, browserAvailable, expectAccessible, heading, launchBrowser, logIn, nav, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const JOINT = 'Fynske Kommuners IT-fællesskab';

describe.skipIf(!browserAvailable())('a system administrator', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    page = await (await newContext(browser, server.url)).newPage();
    await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given the organisations page, then every municipality can be found', async () => {
    await nav(page, 'Organisationer').click();
    await page.waitForURL((url) => url.pathname === '/organisationer');
    await expect.poll(() => page.getByText('98 organisationer.').isVisible()).toBe(true);
    await expectAccessible(page, 'the organisations page');
    await page.getByLabel('Søg på navn').fill('Odense');
    await expect.poll(() => page.getByRole('link', { name: 'Odense Kommune' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: 'Aarhus Kommune' }).count()).toBe(0);
  });

  it('when creating a joint organisation and units under it, then the unit tree shows them', async () => {
    await page.locator('#organisation-kind').selectOption('fællesskab');
    await page.locator('#organisation-name').fill(JOINT);
    await page.getByLabel('Region (valgfri)').fill('Region Syddanmark');
    await page.getByRole('button', { name: 'Opret organisation' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/organisationer/'));
    await expect.poll(() => heading(page)).toBe(JOINT);
    await expect.poll(() => page.getByText('Der er ingen enheder endnu.').isVisible()).toBe(true);
    await expectAccessible(page, 'a new organisation');

    await page.locator('#unit-name').fill('Sekretariatet');
    await page.getByRole('button', { name: 'Opret enhed' }).click();
    await expect.poll(() => page.getByText('Enheden Sekretariatet er oprettet.').isVisible()).toBe(true);

    await page.locator('#unit-name').fill('Indkøb');
    await page.locator('#unit-parent').selectOption({ label: 'Sekretariatet' });
    await page.getByRole('button', { name: 'Opret enhed' }).click();
    const nested = page.locator('.unit-tree .unit-tree-nested').getByText('Indkøb', { exact: true });
    await expect.poll(() => nested.isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Ret Indkøb' }).click();
    await page.getByRole('form', { name: 'Ret Indkøb' }).getByLabel('Navn').fill('Indkøb og udbud');
    await page.getByRole('form', { name: 'Ret Indkøb' }).getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => page.locator('.unit-name', { hasText: 'Indkøb og udbud' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Slet Sekretariatet' }).click();
    await page.getByRole('button', { name: 'Ja, slet' }).click();
    await expect.poll(() => page.getByRole('alert').first().isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/overblik-units.png', fullPage: true });
    await expectAccessible(page, 'the unit tree');
  });

  it('when choosing the joint organisation in the header, then the start page shows it', async () => {
    await page.getByRole('button', { name: /Vælg organisation|Organisation: .* \(skift\)/ }).click();
    const picker = page.getByRole('region', { name: 'Vælg organisation' });
    await picker.getByLabel('Søg organisation').fill('Fynske');
    await expectAccessible(page, 'the organisation picker');
    await picker.getByRole('button', { name: JOINT }).click();
    await nav(page, 'Forside').click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('main').getByRole('heading', { name: JOINT }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('main').textContent()).toMatch(/Enheder\s*2/);
    await expectAccessible(page, 'the start page of a system administrator');

    await nav(page, 'Log').click();
    await page.waitForURL((url) => url.pathname === '/log');
    await expect.poll(() => auditRows(page, 'enhed', 'oprettet')).toBe(2);
    await expect.poll(() => auditRows(page, 'enhed', 'ændret')).toBe(1);
    await expect.poll(() => auditRows(page, 'organisation', 'oprettet')).toBe(1);
    await expectAccessible(page, 'the audit page of a joint organisation');
  });

  it('given the persons page, when creating a person, then an invitation link is shown', async () => {
    await nav(page, 'Personer').click();
    await page.waitForURL((url) => url.pathname === '/personer');
    await expect.poll(() => page.getByRole('row', { name: new RegExp(ADMIN_EMAIL) }).isVisible()).toBe(true);
    await expectAccessible(page, 'the persons page');
    await page.getByLabel('E-mail').fill('carl.christensen@kombit.test');
    await page.getByLabel('Navn').fill('Carl Christensen');
    await page.getByRole('button', { name: 'Opret person' }).click();
    await expect.poll(() => page.getByLabel('Invitationslink til Carl Christensen').inputValue()).toMatch(/\/opsaetning\?token=/);
    await expect.poll(() => page.getByRole('row', { name: /Carl Christensen/ }).textContent()).toContain('Inviteret');
  });

  it('given a person, when a system administrator disables and re-enables them, then the status follows', async () => {
    const row = () => page.getByRole('row', { name: /Carl Christensen/ });
    await page.getByRole('button', { name: 'Spær Carl Christensen' }).click();
    await page.getByRole('button', { name: 'Spær', exact: true }).click();
    await expect.poll(async () => row().textContent()).toContain('Deaktiveret');
    await expectAccessible(page, 'the persons page after disabling');
    await page.getByRole('button', { name: 'Genåbn Carl Christensen' }).click();
    await page.getByRole('button', { name: 'Genåbn', exact: true }).click();
    await expect.poll(async () => row().textContent()).toContain('Inviteret');
    await expect
      .poll(() =>
        page
          .getByRole('row', { name: new RegExp(ADMIN_EMAIL) })
          .getByRole('button')
          .count(),
      )
      .toBe(0);
  });
});
