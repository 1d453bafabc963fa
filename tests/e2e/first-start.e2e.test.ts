import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectAccessible, heading, launchBrowser, newContext } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';

describe.skipIf(!browserAvailable())('first start without users', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer({ bootstrapAdmin: false });
    browser = await launchBrowser();
    page = await (await newContext(browser, server.url)).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given the setup link the server printed, the first administrator chooses e-mail, name and password in the browser', async () => {
    await expect.poll(() => /\/opsaetning\?token=[\w-]+/.exec(server.output())?.[0] ?? '').not.toBe('');
    const link = /(http:\/\/\S+\/opsaetning\?token=[\w-]+)/.exec(server.output())?.[1] ?? '';
    await page.goto(link);
    await expect.poll(() => heading(page)).toBe('Opret adgangskode');
    await expectAccessible(page, 'the first-start setup page');
    await page.getByLabel('E-mail', { exact: true }).fill('it-chef@kommune.test');
    await page.getByLabel('Navn', { exact: true }).fill('Ida Chef');
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('kort');
    await page.getByLabel('Gentag ny adgangskode').fill('kort');
    await page.getByRole('button', { name: 'Gem og log ind' }).click();
    await expect.poll(() => page.getByText('Adgangskoden skal være mindst 12 tegn.').isVisible()).toBe(true);
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('en lang og god adgangskode');
    await page.getByLabel('Gentag ny adgangskode').fill('en lang og god adgangskode');
    await page.getByRole('button', { name: 'Gem og log ind' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('button', { name: /^Ida Chef – konto/ }).isVisible()).toBe(true);

    await page.goto(link);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Linket er ugyldigt, udløbet eller allerede brugt.');
  });

  it('given the first administrator belongs to no organisation, when they pick one, then the start page lets them become its administrator', async () => {
    await page.goto('/');
    await page
      .getByRole('button', { name: /Vælg organisation/ })
      .first()
      .click();
    const picker = page.getByRole('region', { name: 'Vælg organisation' });
    await picker.getByLabel('Søg organisation').fill('Vejle');
    await picker
      .getByRole('button', { name: /Vejle Kommune/ })
      .first()
      .click();
    const notice = page.getByText('Du er ikke medlem af Vejle Kommune', { exact: true });
    await expect.poll(() => notice.isVisible()).toBe(true);
    await expectAccessible(page, 'the start page of a system administrator who is a member of nothing');
    await page.getByRole('button', { name: 'Bliv administrator af Vejle Kommune' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    // "Kom i gang" fits a municipality and an administrator: contracts first, then colleagues and reminders.
    const steps = page.getByRole('heading', { name: 'Kom i gang' }).locator('xpath=following-sibling::ul[1]');
    await expect
      .poll(() => steps.getByRole('link').allTextContents())
      .toEqual(expect.arrayContaining(['Opret en kontrakt', 'Importér kontrakter fra et regneark', 'Invitér kolleger']));
    expect(await steps.getByRole('link', { name: 'Opret et fællesprojekt' }).count()).toBe(0);
    await page.goto('/medlemmer');
    await expect.poll(() => page.getByRole('cell', { name: 'Ida Chef' }).count()).toBeGreaterThan(0);
  });
});

describe.skipIf(!browserAvailable())('first start with an organisation of their own', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer({ bootstrapAdmin: false });
    browser = await launchBrowser();
    page = await (await newContext(browser, server.url)).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given a municipality chosen at setup, then the first administrator is its administrator from the start', async () => {
    await expect.poll(() => /\/opsaetning\?token=[\w-]+/.exec(server.output())?.[0] ?? '').not.toBe('');
    const link = /(http:\/\/\S+\/opsaetning\?token=[\w-]+)/.exec(server.output())?.[1] ?? '';
    await page.goto(link);
    await expect.poll(() => heading(page)).toBe('Opret adgangskode');
    await page.getByLabel('E-mail', { exact: true }).fill('it-chef@fredericia.test');
    await page.getByLabel('Navn', { exact: true }).fill('Frida Fredericia');
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('en lang og god adgangskode');
    await page.getByLabel('Gentag ny adgangskode').fill('en lang og god adgangskode');
    const choice = page.getByRole('group', { name: 'Opret eller vælg din organisation' });
    expect(await choice.getByLabel('Ingen – jeg driver installationen for andre').isChecked()).toBe(true);
    await choice.getByLabel('En kommune').check();
    // A municipality is wanted once the choice is made.
    await page.getByRole('button', { name: 'Gem og log ind' }).click();
    await expect.poll(() => page.getByText('Vælg kommunen.').isVisible()).toBe(true);
    expect(await page.getByLabel('Kommune', { exact: true }).locator('option').count()).toBe(99);
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Fredericia Kommune' });
    await expectAccessible(page, 'the first-start setup page with a municipality chosen');
    await page.getByRole('button', { name: 'Gem og log ind' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('button', { name: /^Frida Fredericia – konto/ }).isVisible()).toBe(true);
    // No "not a member" notice: the administrator belongs to the municipality and may be responsible for contracts.
    expect(await page.getByText('Du er ikke medlem af', { exact: false }).count()).toBe(0);
    await page.goto('/medlemmer');
    const role = page.getByLabel('Rolle for Frida Fredericia').first();
    await expect.poll(() => role.inputValue()).toBe('administrator');
    // The organisation shown is the one chosen (the header names it).
    expect(await page.locator('body').textContent()).toContain('Fredericia Kommune');
  });
});
