import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Contact, Contract, Supplier } from '@overblik/api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from '../../apps/server/test/smtp.ts';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, heading, launchBrowser, logIn, nav, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Vejle Kommune';
/** The contract manager who holds the meeting. */
const METTE = { email: 'mette.moede@vejle.test', name: 'Mette Møde', password: 'Mette-holder-statusmoeder' };
/** The supplier's contact, who gets the minutes. */
const BO = { name: 'Bo Tavle', email: 'bo@tavleleverandoeren.test' };
/** OIOUBL 2.01 from Tavleverandøren (CVR 16356700): Hejsetavle 1 × 5000 kr. where the contract says 4500 kr. */
const BOARDS = path.resolve(import.meta.dirname, '../fixtures/einvoice/oioubl-2.0x/gobl_happy-path_real.xml');
const TITLE = 'Statusmøde om tavlerne';

describe.skipIf(!browserAvailable())('a status meeting with a supplier, its minutes approved and mailed', () => {
  let smtp: TestSmtp;
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({
      env: { OVERBLIK_SMTP_URL: smtp.url, OVERBLIK_MAIL_FROM: 'Overblik <overblik@kommune.test>' },
    });
    browser = await launchBrowser();
    // Fixtures through the public API: Mette administers Vejle, which has the supplier (with Bo as its contact),
    // a contract at 4500 kr. per board, and the supplier's invoice at 5000 kr., received with an API token.
    const admin = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const organisationId = (await admin.organisationByName(ORGANISATION)).id;
    await acceptInvitation(
      server.url,
      (await admin.addMember(organisationId, { ...METTE, role: 'administrator' })).invitationUrl,
      METTE.password,
    );
    const mette = await ApiSession.login(server.url, METTE.email, METTE.password);
    const base = `/organisations/${organisationId}`;
    const supplier = await mette.request<Supplier>('POST', `${base}/suppliers`, { name: 'Tavleverandøren ApS', cvr: '16356700' });
    await mette.request<Contact>('POST', `${base}/suppliers/${supplier.id}/contacts`, BO);
    const contract = await mette.request<Contract>('POST', `${base}/contracts`, {
      number: '234',
      name: 'Tavler og beslag',
      supplierId: supplier.id,
      inForceFrom: '2005-01-01',
      termKind: 'ongoing',
    });
    await mette.request('POST', `${base}/contracts/${contract.id}/price-elements`, {
      number: '5712345780121',
      name: 'Hejsetavle',
      unitPrice: '4500',
      unitCode: 'EA',
      recurrence: 'one_off',
    });
    const token = await mette.request<{ token: string }>('POST', '/tokens', {
      organisationId,
      name: 'Fakturaindlæsning',
      scope: 'read-write',
    });
    const received = await fetch(`${server.url}/api/v1/invoices?organisationId=${organisationId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.token}`, 'content-type': 'application/xml' },
      body: await readFile(BOARDS),
    });
    if (received.status >= 300) throw new Error(`receive invoice: ${received.status} ${await received.text()}`);
    page = await (await newContext(browser, server.url)).newPage();
    await logIn(page, METTE.email, METTE.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  const minutesTo = (address: string) => smtp.accepted.filter((m) => m.to.includes(address) && m.subject.startsWith('Referat:'));

  it('given an open invoice deviation, when Mette plans a meeting and fetches its agenda, then the deviation is on it under finance', async () => {
    await nav(page, 'Møder').click();
    await page.waitForURL((url) => url.pathname === '/leverandoerstyring/moeder');
    await expect.poll(() => heading(page)).toBe('Møder');
    await expectAccessible(page, 'the meetings page');

    await page.locator('#meeting-title').fill(TITLE);
    await page.locator('#meeting-supplier').selectOption({ label: 'Tavleverandøren ApS' });
    await expect.poll(() => page.locator('#meeting-contract option').count()).toBe(2);
    await page.locator('#meeting-contract').selectOption({ label: '234 Tavler og beslag' });
    await page.locator('#meeting-held-on').fill('2030-05-02');
    await page.locator('#meeting-starts-at').fill('10:00');
    await page.locator('#meeting-forum').fill('Driftsmøde');
    await page.getByRole('button', { name: 'Opret møde' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/leverandoerstyring/moeder/'));
    await expect.poll(() => heading(page)).toBe(TITLE);
    await expect.poll(() => page.getByRole('link', { name: '234 Tavler og beslag' }).isVisible()).toBe(true);

    await page.locator('#participant-kind').selectOption('contact');
    await page.locator('#participant-contact').selectOption({ label: BO.name });
    await page.getByRole('button', { name: 'Tilføj deltager' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Mødets deltagere' }).textContent()).toContain(BO.email);

    await page.getByRole('button', { name: 'Hent punkter fra registret' }).click();
    const agenda = page.locator('ol.agenda-list > li h3');
    await expect.poll(() => agenda.count()).toBeGreaterThan(5);
    const titles = await agenda.allTextContents();
    const finance = titles.indexOf('Økonomi og fakturering');
    expect(titles[finance + 1]).toMatch(/^Faktura A00095678 af 20\. november 2005: .*afvigelse.* afventer afgørelse$/);
    await expect.poll(() => page.getByText('Fra registret: Åbne fakturaafvigelser og tvister.').first().isVisible()).toBe(true);
    await expectAccessible(page, 'a meeting with its agenda');
  });

  it('given the agenda, when Mette records a decision and an action and approves, then Bo gets the minutes once, with the PDF', async () => {
    await page.locator('#decision-text').fill('Leverandøren sender kreditnota for 500 kr.');
    await page.getByRole('button', { name: 'Tilføj beslutning' }).click();
    await expect.poll(() => page.getByText('Leverandøren sender kreditnota for 500 kr.').first().isVisible()).toBe(true);

    await page.locator('#action-title').fill('Følg op på kreditnotaen');
    await page.locator('#action-due-on').fill('2030-06-01');
    await page.locator('#action-responsible').selectOption({ label: METTE.name });
    await page.getByRole('button', { name: 'Tilføj aktion' }).click();
    await expect
      .poll(() => page.getByRole('table', { name: 'Mødets aktioner' }).textContent())
      .toContain('Følg op på kreditnotaen');

    await page.getByRole('button', { name: 'Godkend referat' }).click();
    await page.getByRole('button', { name: 'Ja, godkend og send' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/Referat godkendt/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => minutesTo(BO.email).length, { timeout: 20_000 }).toBe(1);

    const mail = minutesTo(BO.email)[0] as ReceivedMail;
    expect(mail.subject).toBe(`Referat: ${TITLE} (2030-05-02)`);
    expect(mail.text).toContain('Beslutning: Leverandøren sender kreditnota for 500 kr.');
    expect(mail.text).toContain('Aktion: Følg op på kreditnotaen (ansvarlig: Mette Møde, frist 1. juni 2030)');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]?.contentType).toBe('application/pdf');
    expect(mail.attachments[0]?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The page shows the mails as sent; reloading or approving again sends nothing more.
    await page.reload();
    await expect
      .poll(() => page.getByRole('table', { name: 'Sendte referater' }).textContent())
      .toMatch(new RegExp(`${BO.email.replace('.', '\\.')}Sendt`));
    await expect.poll(() => page.getByRole('link', { name: /^Hent referatet som PDF/ }).isVisible()).toBe(true);
    await expectAccessible(page, 'a meeting with approved minutes');
    await new Promise((r) => setTimeout(r, 500));
    expect(minutesTo(BO.email)).toHaveLength(1);
  });
});
