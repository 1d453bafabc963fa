import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../../apps/server/test/smtp.ts';
import { ApiSession, acceptInvitation, mailedInvitationLink } from './api.ts';
import { browserAvailable, expectAccessible, heading, launchBrowser, logIn, nav, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

/** Administrator of Odense. */
const ADA = { email: 'ada.andersen@odense.test', name: 'Ada Andersen', password: 'Ada-har-en-lang-adgangskode' };
/** A member of Aarhus only: Odense must not learn his name before he accepts. */
const BO = { email: 'bo.berg@aarhus.test', name: 'Bo Berg', password: 'Bo-har-ogsaa-en-lang-adgangskode' };

describe.skipIf(!browserAvailable())("inviting another organisation's person by e-mail", () => {
  let smtp: TestSmtp;
  let server: TestServer;
  let browser: Browser;
  let ada: Page;
  let bo: Page;
  let link: string;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({
      env: { OVERBLIK_SMTP_URL: smtp.url, OVERBLIK_MAIL_FROM: 'Overblik <overblik@kommune.test>' },
    });
    browser = await launchBrowser();
    // Fixtures through the public API: Ada administers Odense, Bo is a member of Aarhus.
    const admin = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const odense = await admin.organisationByName('Odense Kommune');
    const aarhus = await admin.organisationByName('Aarhus Kommune');
    await acceptInvitation(
      server.url,
      (await admin.addMember(odense.id, { ...ADA, role: 'administrator' })).invitationUrl,
      ADA.password,
    );
    await acceptInvitation(
      server.url,
      (await admin.addMember(aarhus.id, { ...BO, role: 'redaktør' })).invitationUrl,
      BO.password,
    );
    ada = await (await newContext(browser, server.url)).newPage();
    bo = await (await newContext(browser, server.url)).newPage();
    await logIn(ada, ADA.email, ADA.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('given an address that belongs to a member of Aarhus, when Ada invites it, then Odense sees the address and not the name', async () => {
    await nav(ada, 'Medlemmer').click();
    await ada.waitForURL((url) => url.pathname === '/medlemmer');
    await ada.getByLabel('E-mail').fill(BO.email);
    await ada.getByLabel('Rolle', { exact: true }).selectOption('redaktør');
    await ada.getByRole('button', { name: 'Send invitation' }).click();

    await expect.poll(() => ada.getByText(`Invitationen er sendt til ${BO.email}.`).isVisible()).toBe(true);
    const invitation = ada.getByRole('row', { name: new RegExp(BO.email) });
    await expect.poll(() => invitation.textContent()).toContain('redaktør');
    await expect.poll(() => invitation.textContent()).toContain(ADA.name);
    await expectAccessible(ada, 'the members page with an invitation');
    expect(await ada.content()).not.toContain(BO.name);
    await ada.reload();
    await expect.poll(() => ada.getByRole('row', { name: new RegExp(BO.email) }).isVisible()).toBe(true);
    expect(await ada.content()).not.toContain(BO.name);

    link = await mailedInvitationLink(smtp, BO.email, 'Odense Kommune');
    const mail = smtp.accepted.findLast((m) => m.to.includes(BO.email));
    expect(mail?.subject).toBe('Invitation til Odense Kommune i Overblik');
    expect(mail?.text).not.toContain(BO.name);
  });

  it('given the mailed link, when Bo logs in and accepts, then he is a member of Odense', async () => {
    await bo.goto(link);
    await expect.poll(() => heading(bo)).toBe('Invitation til Odense Kommune');
    await expect
      .poll(() => bo.getByText(`${ADA.name} har inviteret dig til Odense Kommune som redaktør.`).isVisible())
      .toBe(true);
    await expectAccessible(bo, 'the invitation page before logging in');

    await bo.getByRole('link', { name: 'Log ind' }).click();
    await bo.waitForURL((url) => url.pathname === '/login');
    await bo.getByLabel('E-mail').fill(BO.email);
    await bo.getByLabel('Adgangskode', { exact: true }).fill(BO.password);
    await bo.getByRole('button', { name: 'Log ind' }).click();
    // Back on the link, logged in.
    await bo.waitForURL((url) => url.pathname === '/opsaetning');
    const accept = bo.getByRole('button', { name: 'Tag imod' });
    await expect.poll(() => accept.isVisible()).toBe(true);
    await expectAccessible(bo, 'the invitation page, logged in');

    await accept.click();
    await expect.poll(() => bo.getByText('Du er nu medlem af Odense Kommune.').isVisible()).toBe(true);
    await bo.getByRole('link', { name: 'Gå til forsiden' }).click();
    await bo.waitForURL((url) => url.pathname === '/');
    const main = bo.getByRole('main');
    await expect.poll(() => main.getByRole('heading', { name: 'Odense Kommune' }).isVisible()).toBe(true);
    await expect.poll(() => main.textContent()).toMatch(/Din rolle\s*redaktør/);

    // The link worked once.
    await bo.goto(link);
    await expect.poll(() => bo.getByRole('alert').first().textContent()).toContain('Linket er ugyldigt');
  });

  it('given the acceptance, when Ada looks at the members again, then the name appears and the invitation is gone', async () => {
    await ada.reload();
    await expect.poll(() => ada.getByRole('row', { name: /Bo Berg/ }).isVisible()).toBe(true);
    await expect.poll(() => ada.getByRole('row', { name: /Bo Berg/ }).textContent()).toContain(BO.email);
    await expect.poll(() => ada.getByText('Der er ingen åbne invitationer.').isVisible()).toBe(true);
    await expectAccessible(ada, 'the members page after the acceptance');
  });
});
