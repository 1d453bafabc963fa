import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectAccessible, launchBrowser, logIn, logOut, nav, newContext, personMenu } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

describe.skipIf(!browserAvailable())('logging in, language, password and logging out', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    context = await newContext(browser, server.url);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given a wrong password, when logging in, then the Danish error is shown and we stay on the login page', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    await expect.poll(() => page.title()).toBe('Log ind – Overblik');
    await expectAccessible(page, 'the login page');

    await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Adgangskode', { exact: true }).fill('forkert-adgangskode');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Forkert e-mailadresse eller adgangskode.');
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.screenshot({ path: '/tmp/overblik-login.png', fullPage: true });
    await expectAccessible(page, 'the login page with an error');
  });

  it('given the right password, then the start page greets the person', async () => {
    await page.getByLabel('Adgangskode', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Velkommen/);
    await expect.poll(() => page.getByRole('button', { name: /konto, sprog og log ud/ }).isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/overblik-start.png', fullPage: true });
    await expectAccessible(page, 'the start page');
  });

  it('given the language switch, when choosing English, then the UI is English and stays so after a reload', async () => {
    await (await personMenu(page)).getByLabel('Sprog').selectOption('en');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('button', { name: /account, language and log out/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Welcome/);

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Welcome/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('overblik.locale'))).toBe('en');
    await page.screenshot({ path: '/tmp/overblik-start-en.png', fullPage: true });
    await expectAccessible(page, 'the start page in English');

    await (await personMenu(page)).getByLabel('Language').selectOption('da');
    await expect.poll(() => page.getByRole('button', { name: /konto, sprog og log ud/ }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
  });

  it('given the account page, when changing the password, then the new one works at the next login', async () => {
    const newPassword = 'Et-helt-nyt-og-langt-kodeord';
    await nav(page, 'Konto').click();
    await page.waitForURL((url) => url.pathname === '/konto');
    await expectAccessible(page, 'the account page');

    await page.getByLabel('Nuværende adgangskode').fill(ADMIN_PASSWORD);
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('kort');
    await page.getByLabel('Gentag ny adgangskode').fill('kort');
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await expect.poll(() => page.getByText('Adgangskoden skal være mindst 12 tegn.').isVisible()).toBe(true);

    // Repetition is caught in the browser by the same rule as the server's …
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('hejhej2024!!');
    await page.getByLabel('Gentag ny adgangskode').fill('hejhej2024!!');
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await expect.poll(() => page.getByText(/Adgangskoden består af gentagelser eller rækkefølger/).isVisible()).toBe(true);
    // … the list of common passwords only by the server, whose Danish reason is shown under the field.
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('Password1234!');
    await page.getByLabel('Gentag ny adgangskode').fill('Password1234!');
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/Adgangskoden er blandt de mest almindelige adgangskoder/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expectAccessible(page, 'the account page with a refused password');

    await page.getByLabel('Ny adgangskode', { exact: true }).fill(newPassword);
    await page.getByLabel('Gentag ny adgangskode').fill(newPassword);
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await expect.poll(() => page.getByText('Din adgangskode er ændret.').isVisible()).toBe(true);
    await expectAccessible(page, 'the account page after changing the password');

    await logOut(page);
    await page.waitForURL((url) => url.pathname === '/login');
    await expectAccessible(page, 'the login page after logging out');

    await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Adgangskode', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Forkert e-mailadresse eller adgangskode.');

    await logIn(page, ADMIN_EMAIL, newPassword);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Velkommen/);
  });

  it('given a logged-out browser, when opening a page, then it goes to the login page and back after login', async () => {
    await logOut(page);
    await page.waitForURL((url) => url.pathname === '/login');
    await page.goto('/tokens');
    await page.waitForURL((url) => url.pathname === '/login');
    // The session really is gone on the server too.
    const status = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
    expect(status).toBe(401);
  });

  it('given an unknown address, then a 404 page is shown', async () => {
    await page.goto('/findes-ikke');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Siden findes ikke');
    await expectAccessible(page, 'the 404 page');
  });
});
