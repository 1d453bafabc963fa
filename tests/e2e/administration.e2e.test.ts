import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../../apps/server/test/smtp.ts';
import { ApiSession, acceptInvitation, mailedInvitationLink } from './api.ts';
import { auditRows, browserAvailable, expectAccessible, heading, launchBrowser, nav, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ADA = { email: 'ada.andersen@odense.test', name: 'Ada Andersen', password: 'Ada-har-en-lang-adgangskode' };
const BO = { email: 'bo.berg@odense.test', name: 'Bo Berg', password: 'Bo-har-ogsaa-en-lang-adgangskode' };
const TOKEN_NAME = 'Integration til økonomisystem';

describe.skipIf(!browserAvailable())('administering an organisation', () => {
  let smtp: TestSmtp;
  let server: TestServer;
  let browser: Browser;
  let adaContext: BrowserContext;
  let page: Page;
  let invitationUrl: string;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({
      env: { OVERBLIK_SMTP_URL: smtp.url, OVERBLIK_MAIL_FROM: 'Overblik <overblik@odense.test>' },
    });
    browser = await launchBrowser();
    adaContext = await newContext(browser, server.url);
    page = await adaContext.newPage();
    // Fixture through the public API: the system administrator invites Ada, new to Overblik, as administrator of Odense.
    const admin = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const odense = await admin.organisationByName('Odense Kommune');
    await admin.invite(odense.id, { email: ADA.email, role: 'administrator' });
    invitationUrl = await mailedInvitationLink(smtp, ADA.email, 'Odense Kommune');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('given a mailed invitation, when the invited administrator chooses name and password, then they land on the start page', async () => {
    await page.goto(invitationUrl);
    await expect.poll(() => heading(page)).toBe('Opret adgangskode');
    await expect.poll(() => page.getByText(ADA.email).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('har inviteret dig til Odense Kommune som administrator').isVisible()).toBe(true);
    await expectAccessible(page, 'the setup page');

    await page.getByLabel('Navn').fill(ADA.name);
    await page.getByLabel('Ny adgangskode', { exact: true }).fill(ADA.password);
    await page.getByLabel('Gentag ny adgangskode').fill(`${ADA.password}x`);
    await page.getByRole('button', { name: 'Gem og log ind' }).click();
    await expect.poll(() => page.getByText('De to adgangskoder er ikke ens.').isVisible()).toBe(true);
    await expectAccessible(page, 'the setup page with an error');

    await page.getByLabel('Gentag ny adgangskode').fill(ADA.password);
    await page.getByRole('button', { name: 'Gem og log ind' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => heading(page)).toBe(`Velkommen, ${ADA.name}`);
    const main = page.getByRole('main');
    await expect.poll(() => main.getByRole('heading', { name: 'Odense Kommune' }).isVisible()).toBe(true);
    await expect.poll(() => main.textContent()).toMatch(/Din rolle\s*administrator/);
    await expect.poll(() => main.textContent()).toMatch(/Medlemmer\s*1/);
    await expectAccessible(page, 'the start page of an administrator');
  });

  it('given the members page, when the administrator invites an address, then it is listed and mailed until accepted', async () => {
    await nav(page, 'Medlemmer').click();
    await page.waitForURL((url) => url.pathname === '/medlemmer');
    await expect.poll(() => page.getByRole('row', { name: new RegExp(ADA.name) }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Der er ingen åbne invitationer.').isVisible()).toBe(true);
    await expectAccessible(page, 'the members page');

    await page.getByLabel('E-mail').fill(BO.email);
    await page.getByLabel('Rolle', { exact: true }).selectOption('læser');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => page.getByText(`Invitationen er sendt til ${BO.email}.`).isVisible()).toBe(true);
    const invitation = page.getByRole('row', { name: new RegExp(BO.email) });
    await expect.poll(() => invitation.textContent()).toContain(ADA.name);
    await expectAccessible(page, 'the members page with an open invitation');

    // Bo, new to Overblik, accepts the mailed link with name and password; then he is a member.
    await acceptInvitation(server.url, await mailedInvitationLink(smtp, BO.email, 'Odense Kommune'), BO.password, BO.name);
    await page.reload();
    await expect.poll(() => page.getByRole('row', { name: /Bo Berg/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Der er ingen åbne invitationer.').isVisible()).toBe(true);
  });

  it('given a member, when the administrator changes the role, then the new role is kept', async () => {
    await page.getByLabel('Rolle for Bo Berg', { exact: true }).selectOption('redaktør');
    await page.getByRole('button', { name: 'Skift rolle for Bo Berg' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Skift rolle for Bo Berg' }).isDisabled()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByLabel('Rolle for Bo Berg', { exact: true }).inputValue()).toBe('redaktør');
  });

  it('given the last administrator, when removing her, then the server refuses and says why', async () => {
    await page.getByRole('button', { name: `Fjern ${ADA.name}` }).click();
    await page.getByRole('button', { name: 'Ja, fjern' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('mindst én administrator');
  });

  it('given the tokens page, when creating a token, then its secret is shown once and it can be revoked', async () => {
    await nav(page, 'API-nøgler').click();
    await page.waitForURL((url) => url.pathname === '/tokens');
    await expect.poll(() => page.getByText('Du har ingen API-nøgler i denne organisation.').isVisible()).toBe(true);
    await expectAccessible(page, 'the tokens page');

    await page.getByLabel('Navn').fill(TOKEN_NAME);
    await page.getByLabel('Adgang').selectOption('read-write');
    await page.getByRole('button', { name: 'Opret API-nøgle' }).click();
    const secretField = page.getByLabel(`Den nye API-nøgle "${TOKEN_NAME}"`);
    await expect.poll(() => secretField.inputValue()).toMatch(/.{20,}/);
    const secret = await secretField.inputValue();
    await expect.poll(() => page.getByText('Den vises ikke igen').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Kopiér' }).click();
    await expect.poll(() => page.getByText('Kopieret til udklipsholderen.').isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/overblik-tokens.png', fullPage: true });
    await expectAccessible(page, 'the tokens page showing a new secret');

    const row = page.getByRole('row', { name: new RegExp(TOKEN_NAME) });
    await expect.poll(() => row.textContent()).toContain('Aktiv');
    await expect.poll(() => row.textContent()).toContain('Læse og skrive');

    await page.reload();
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await page.content()).not.toContain(secret);

    await row.getByRole('button', { name: `Tilbagekald ${TOKEN_NAME}` }).click();
    await expect.poll(() => page.getByText(`Tilbagekald ${TOKEN_NAME}? Systemer`).isVisible()).toBe(true);
    await expectAccessible(page, 'the tokens page asking to confirm');
    await page.getByRole('button', { name: 'Ja, tilbagekald' }).click();
    await expect.poll(() => row.textContent()).toContain('Tilbagekaldt');
    expect(await row.getByRole('button', { name: `Tilbagekald ${TOKEN_NAME}` }).count()).toBe(0);
  });

  it('given the audit trail, then it shows the token creation and revocation and the membership change, and filters work', async () => {
    await nav(page, 'Log').click();
    await page.waitForURL((url) => url.pathname === '/log');
    const table = page.getByRole('table');
    await expect.poll(() => table.isVisible()).toBe(true);
    await expectAccessible(page, 'the audit page');

    await expect.poll(() => auditRows(page, 'API-nøgle', 'oprettet', TOKEN_NAME)).toBe(1);
    // Revoking keeps the token (with revokedAt set), so it is recorded as a change.
    await expect.poll(() => auditRows(page, 'API-nøgle', /ændret|slettet/)).toBe(1);
    await expect.poll(() => auditRows(page, 'medlemskab', 'ændret', /læser.*redaktør/)).toBe(1);
    await expect.poll(() => auditRows(page, 'medlemskab', 'ændret', ADA.name)).toBe(1);
    await expect.poll(() => auditRows(page, 'medlemskab', 'oprettet')).toBe(2);

    await page.getByLabel('Type').selectOption('membership');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await expect.poll(() => auditRows(page, 'API-nøgle', /.*/)).toBe(0);
    await expect.poll(() => auditRows(page, 'medlemskab', /.*/)).toBeGreaterThanOrEqual(3);

    await page.getByRole('button', { name: 'Nulstil' }).click();
    await expect.poll(() => auditRows(page, 'API-nøgle', /.*/)).toBe(2);
    await page.screenshot({ path: '/tmp/overblik-audit.png', fullPage: true });
  });
});
