import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../../apps/server/test/smtp.ts';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, focused, heading, launchBrowser, logIn, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

/** A redaktør of Odense who has forgotten her password. */
const DITTE = { email: 'ditte.dahl@odense.test', name: 'Ditte Dahl', password: 'Ditte-har-en-lang-adgangskode' };
const NEW_PASSWORD = 'Ditte-valgte-en-helt-ny-adgangskode';

const SUBJECT = 'Vælg en ny adgangskode til Overblik';
const resetMails = (smtp: TestSmtp, to: string) => smtp.accepted.filter((m) => m.to.includes(to) && m.subject === SUBJECT);

/** The link in the newest reset mail to `to`, once there are more than `after` of them; waits up to 20 s. */
async function mailedResetLink(smtp: TestSmtp, to: string, after: number, output: () => string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mails = resetMails(smtp, to);
    const link = mails.length > after ? mails.at(-1)?.text.match(/https?:\/\/\S+\/opsaetning\?token=[\w-]+/)?.[0] : undefined;
    if (link) return link;
    if (Date.now() > deadline) {
      const received = smtp.accepted.map((m) => `${m.to.join(',')}: ${m.subject}`).join('\n');
      throw new Error(`no reset mail to ${to} within 20 s; received:\n${received}\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!browserAvailable())('a forgotten password', () => {
  let smtp: TestSmtp;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  /** Ditte's session on another machine, which the new password ends. */
  let elsewhere: Page;
  let link: string;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({
      env: { OVERBLIK_SMTP_URL: smtp.url, OVERBLIK_MAIL_FROM: 'Overblik <overblik@kommune.test>' },
    });
    browser = await launchBrowser();
    const admin = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const odense = await admin.organisationByName('Odense Kommune');
    await acceptInvitation(
      server.url,
      (await admin.addMember(odense.id, { ...DITTE, role: 'redaktør' })).invitationUrl,
      DITTE.password,
    );
    page = await (await newContext(browser, server.url)).newPage();
    elsewhere = await (await newContext(browser, server.url)).newPage();
    await logIn(elsewhere, DITTE.email, DITTE.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('given the log-in page, when Ditte follows "Glemt adgangskode?" and asks for a link, then the page says to look for a mail', async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
    await page.waitForURL((url) => url.pathname === '/glemt-adgangskode');
    await expect.poll(() => heading(page)).toBe('Glemt adgangskode');
    await expect.poll(() => page.title()).toBe('Glemt adgangskode – Overblik');
    await expectAccessible(page, 'the forgotten-password page');

    // A refused address: the error summary takes focus, and the field says what is wrong.
    await page.getByLabel('E-mail').fill('ikke en adresse');
    await page.getByRole('button', { name: 'Send link' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Nogle felter er ikke udfyldt korrekt.');
    await expect.poll(async () => (await focused(page)).text).toContain('Nogle felter er ikke udfyldt korrekt.');
    await expectAccessible(page, 'the forgotten-password page with an error');

    const before = resetMails(smtp, DITTE.email).length;
    await page.getByLabel('E-mail').fill(DITTE.email);
    await page.getByRole('button', { name: 'Send link' }).click();
    await expect.poll(() => page.getByText('Se efter en mail').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain(`Hører ${DITTE.email} til en konto i Overblik, har vi sendt en mail`);
    await expectAccessible(page, 'the forgotten-password page after asking');
    link = await mailedResetLink(smtp, DITTE.email, before, server.output);
  });

  it('given the mailed link, when Ditte chooses a new password, then she is logged in and her other session is over', async () => {
    await page.goto(link);
    await expect.poll(() => heading(page)).toBe('Vælg en ny adgangskode');
    await expect.poll(() => page.getByText(`Hej, ${DITTE.name}. Vælg en ny adgangskode.`).isVisible()).toBe(true);
    await expectAccessible(page, 'the reset page');

    // The password rules apply.
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('kort');
    await page.getByLabel('Gentag ny adgangskode').fill('kort');
    await page.getByRole('button', { name: 'Gem og log ind' }).click();
    expect(new URL(page.url()).pathname).toBe('/opsaetning');

    await page.getByLabel('Ny adgangskode', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Gentag ny adgangskode').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Gem og log ind' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('main').getByRole('heading', { name: 'Odense Kommune' }).isVisible()).toBe(true);

    // The session on the other machine has ended: the next page it loads is the log-in page.
    await elsewhere.reload();
    await elsewhere.waitForURL((url) => url.pathname === '/login');

    // The link worked once.
    await page.goto(link);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Linket er ugyldigt');
  });

  it('given the new password, then Ditte logs in with it and no longer with the old one', async () => {
    await elsewhere.getByLabel('E-mail').fill(DITTE.email);
    await elsewhere.getByLabel('Adgangskode', { exact: true }).fill(DITTE.password);
    await elsewhere.getByRole('button', { name: 'Log ind' }).click();
    await expect.poll(() => elsewhere.getByRole('alert').textContent()).toContain('Forkert e-mailadresse eller adgangskode.');
    await logIn(elsewhere, DITTE.email, NEW_PASSWORD);
  });
});
