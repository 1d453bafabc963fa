import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser suite can run. Without Chromium it is skipped with a message,
 * unless OVERBLIK_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Browser tests need Chromium at ${CHROMIUM} (apt-get install chromium).`;
  if (process.env.OVERBLIK_REQUIRE_BROWSER === '1') throw new Error(`${message} OVERBLIK_REQUIRE_BROWSER=1 is set.`);
  console.warn(`${message} Skipping the browser tests.`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1280, height: 900 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Fails on any serious or critical axe-core violation on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(report, `accessibility violations on ${where}`).toEqual([]);
}

/** Logs in through the login form and waits for the start page. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** The element that has keyboard focus, described for assertions. */
export function focused(page: Page): Promise<{ tag: string; id: string; text: string; name: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim(),
      name: el?.getAttribute('aria-label') ?? null,
    };
  });
}

export const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/**
 * The cells of a table's body (or foot) as text, row by row. A row header (`th`) counts as a cell unless
 * `rowHeaders: false`, for tests that read only the data cells.
 */
export function cells(
  table: Locator,
  { part = 'tbody', rowHeaders = true }: { part?: 'tbody' | 'tfoot'; rowHeaders?: boolean } = {},
): Promise<string[][]> {
  const selector = rowHeaders ? ':scope > th, :scope > td' : ':scope > td';
  return table
    .locator(`${part} > tr`)
    .evaluateAll(
      (trs, cellSelector) => trs.map((tr) => [...tr.querySelectorAll(cellSelector)].map((c) => c.textContent?.trim() ?? '')),
      selector,
    );
}

/**
 * A page in the main navigation (its area's menu is opened first) or in the person's menu under their name
 * (Konto, API-nøgler), as a person would reach it on a wide screen.
 */
export const nav = (page: Page, name: string) => ({
  async click(): Promise<void> {
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    const link = menu.getByRole('link', { name, exact: true, includeHidden: true });
    if ((await link.count()) === 0) {
      const personal = page.locator('.user-menu');
      if (!(await personal.getByRole('link', { name, exact: true }).isVisible())) await personal.getByRole('button').click();
      await personal.getByRole('link', { name, exact: true }).click();
      return;
    }
    if (!(await link.isVisible())) {
      await menu
        .locator('ul.mainmenu > li')
        .filter({ has: page.getByRole('link', { name, exact: true, includeHidden: true }) })
        .getByRole('button')
        .click();
    }
    await link.click();
  },
});

/** Opens the signed-in person's menu under their name (account, API keys, language, log out) and returns it. */
export async function personMenu(page: Page): Promise<Locator> {
  const menu = page.locator('.user-menu');
  const button = menu.locator('button.button-overflow-menu');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return menu;
}

export async function logOut(page: Page): Promise<void> {
  await (await personMenu(page)).getByRole('button', { name: /^(Log ud|Log out)$/ }).click();
}

/** Every page in the main navigation, in its order, whether or not its area's menu is open. */
export const menuItems = (page: Page) =>
  page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { includeHidden: true }).allTextContents();

/**
 * How many rows of the audit table have this entity type and action (Danish labels, exact or a pattern),
 * optionally also containing some text anywhere in the row.
 */
export async function auditRows(page: Page, type: string, action: string | RegExp, text?: string | RegExp): Promise<number> {
  const rows = await page.locator('table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      action: tr.querySelector('td:nth-child(3)')?.textContent?.trim() ?? '',
      type: tr.querySelector('td:nth-child(4) .audit-object-type')?.textContent?.trim() ?? '',
      text: tr.textContent ?? '',
    })),
  );
  const isAction = (value: string) => (typeof action === 'string' ? value === action : action.test(value));
  const hasText = (value: string) => text === undefined || (typeof text === 'string' ? value.includes(text) : text.test(value));
  return rows.filter(
    (r) => r.type.toLocaleLowerCase('da') === type.toLocaleLowerCase('da') && isAction(r.action) && hasText(r.text),
  ).length;
}
