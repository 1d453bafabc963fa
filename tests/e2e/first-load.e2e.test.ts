import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePageLoad, type PageLoad } from '../../bench/page-weight.mjs';
import { browserAvailable, launchBrowser, newContext, personMenu } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

/** The byte budget of a first load (fresh cache), as Chromium counts it: headers and bodies as transferred. */
const BUDGET = 300_000;

/** What a first load must look like besides its size: compressed, cached for good where hashed, small fonts. */
function expectServedWell(load: PageLoad & { messages: string[] }, where: string) {
  const files = load.list.filter((r) => ['Document', 'Script', 'Stylesheet'].includes(r.type));
  expect(files.length, where).toBeGreaterThanOrEqual(3);
  for (const file of files) expect(file.encoding, `${where}: ${file.url}`).toBe('br');
  for (const asset of load.list.filter((r) => new URL(r.url).pathname.startsWith('/assets/'))) {
    expect(asset.cacheControl, `${where}: ${asset.url}`).toBe('public, max-age=31536000, immutable');
  }
  const document = load.list.find((r) => r.type === 'Document');
  expect(document?.cacheControl, where).toBe('no-cache');
  // DKFDS's own rules had Chromium fetch the complete regular face as .woff (78 kB); now the Latin-1 cut (17 kB).
  const fonts = load.list.filter((r) => r.type === 'Font').map((r) => new URL(r.url).pathname);
  expect(fonts.length, where).toBeGreaterThan(0);
  for (const font of fonts) expect(font, where).toMatch(/^\/assets\/IBMPlexSans-[A-Za-z]+-Latin1-[\w-]+\.woff2$/);
  expect(
    load.list.filter((r) => r.status >= 400 && r.type !== 'Fetch').map((r) => r.url),
    where,
  ).toEqual([]);
  expect(
    load.messages.filter((m) => m.includes('Permissions-Policy')),
    where,
  ).toEqual([]);
}

describe.skipIf(!browserAvailable())('the first load of the login and start pages', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given an empty cache, the login page loads in under 300 kB, compressed, with the Latin-1 fonts only', async () => {
    const context = await newContext(browser, server.url);
    try {
      const load = await measurePageLoad(context, '/login', {
        ready: (page: Page) => page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor(),
      });
      expect(load.total.transferred, 'the login page').toBeLessThan(BUDGET);
      expectServedWell(load, 'the login page');
    } finally {
      await context.close();
    }
  });

  it('given an empty cache after logging in, the start page loads in under 300 kB, and English only when chosen', async () => {
    const context = await newContext(browser, server.url);
    try {
      const login = await context.request.post('/api/v1/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
      expect(login.ok()).toBe(true);
      const load = await measurePageLoad(context, '/', {
        ready: (page: Page) => page.getByRole('heading', { level: 1, name: /^Velkommen/ }).waitFor(),
      });
      expect(load.total.transferred, 'the start page').toBeLessThan(BUDGET);
      expectServedWell(load, 'the start page');

      // The English texts are not part of the first load; choosing English fetches them and switches at once.
      const { page } = load;
      const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect((await scripts()).some((url) => /\/assets\/en-[\w-]+\.js$/.test(url))).toBe(false);
      await (await personMenu(page)).getByLabel('Sprog').selectOption('en');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Welcome/);
      expect((await scripts()).some((url) => /\/assets\/en-[\w-]+\.js$/.test(url))).toBe(true);
      await page.reload();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Welcome/);
    } finally {
      await context.close();
    }
  });
});
