import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, focused, launchBrowser, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const KIM = { email: 'kim.kristensen@aarhus.test', name: 'Kim Kristensen', password: 'Kim-bruger-kun-tastaturet' };

/** Presses a key until the focused element matches, so the test does not depend on the exact tab order. */
async function pressUntil(page: Page, key: string, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (match(now)) return now;
  }
  throw new Error(`pressed ${key} ${max} times without reaching the element; focus is on ${JSON.stringify(await focused(page))}`);
}

async function outlineOfFocused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'none';
    const style = getComputedStyle(el);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

describe.skipIf(!browserAvailable())('keyboard only', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    page = await (await newContext(browser, server.url)).newPage();
    // Fixture through the public API: Kim, an editor in Aarhus, has accepted the invitation.
    const admin = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const aarhus = await admin.organisationByName('Aarhus Kommune');
    const added = await admin.addMember(aarhus.id, { email: KIM.email, name: KIM.name, role: 'redaktør' });
    if (!added.invitationUrl) throw new Error('a new person should get an invitation link');
    await acceptInvitation(server.url, added.invitationUrl, KIM.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given only a keyboard, then one can skip to the content, log in and reach the tokens page', async () => {
    await page.goto('/login');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Log ind');

    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', text: 'Gå til indhold' });
    expect(await outlineOfFocused(page)).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('main-content');

    await pressUntil(page, 'Tab', (f) => f.id === 'login-email', 5);
    expect(await outlineOfFocused(page)).not.toMatch(/^none/);
    await page.keyboard.type(KIM.email);
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('login-password');
    await page.keyboard.type(KIM.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');

    // Focus moves to the new page's heading; the header sits before it. An editor's API keys are in the menu under
    // their name, which opens with Enter and is followed by its links; Escape closes it again.
    await expect.poll(async () => (await focused(page)).id).toBe('page-heading');
    await pressUntil(page, 'Shift+Tab', (f) => f.tag === 'button' && f.text.includes('konto, sprog og log ud'));
    await page.keyboard.press('Enter');
    await pressUntil(page, 'Tab', (f) => f.tag === 'a' && f.text === 'Konto', 2);
    await page.keyboard.press('Escape');
    expect((await focused(page)).text).toContain('konto, sprog og log ud');
    expect(await page.locator('.user-menu').getByRole('link', { name: 'Konto', exact: true }).isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    const link = await pressUntil(page, 'Tab', (f) => f.tag === 'a' && f.text === 'API-nøgler', 3);
    expect(link.text).toBe('API-nøgler');
    expect(await outlineOfFocused(page)).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/tokens');
    // The link has the same text, and the page is loaded when first visited: wait for the heading itself.
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text: 'API-nøgler' });
    await expectAccessible(page, 'the tokens page reached by keyboard');
  });

  it('given the tokens page, then a token can be created and revoked with the keyboard alone', async () => {
    await pressUntil(page, 'Tab', (f) => f.id === 'token-name');
    await page.keyboard.type('Tastatur-nøgle');
    await pressUntil(page, 'Tab', (f) => f.tag === 'button' && f.text === 'Opret API-nøgle', 10);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('new-token-secret');

    const revoke = await pressUntil(page, 'Tab', (f) => f.name === 'Tilbagekald Tastatur-nøgle');
    expect(revoke.tag).toBe('button');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Ja, tilbagekald' });
    await page.keyboard.press('Escape');
    expect((await focused(page)).name).toBe('Tilbagekald Tastatur-nøgle');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('row', { name: /Tastatur-nøgle/ }).textContent()).toContain('Tilbagekaldt');
  });

  it('given an editor (redaktør), then the members page is read-only', async () => {
    await page.goto('/medlemmer');
    await expect.poll(() => page.getByRole('row', { name: new RegExp(KIM.name) }).textContent()).toContain('redaktør');
    expect(await page.getByRole('button', { name: 'Tilføj medlem' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: `Rolle for ${KIM.name}` }).count()).toBe(0);
    await expectAccessible(page, 'the members page of an editor');
  });
});
