import type { Contract, PriceElement, Supplier } from '@overblik/api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, heading, launchBrowser, logIn, nav, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Silkeborg Kommune';
const EVA = { email: 'eva.ebbesen@silkeborg.test', name: 'Eva Ebbesen', password: 'Eva-foerer-log-over-alt' };
const SUPPLIER = 'Navision Partner A/S';
const NUMBER = 'K-12';
const NAME = 'Økonomisystem';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

/** The log's rows: who, action, object and changes as text, and the object cell's links to pages. */
async function logRows(
  page: Page,
): Promise<Array<{ who: string; action: string; object: string; changes: string; links: string[] }>> {
  return page.locator('table.audit-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cell = (n: number) => tr.querySelector(`td:nth-child(${n})`)?.textContent?.trim() ?? '';
      return {
        who: cell(2),
        action: cell(3),
        object: cell(4),
        changes: cell(5),
        // The links to objects' pages (not the filter to an object's events).
        links: [...tr.querySelectorAll('td:nth-child(4) a')]
          .map((a) => a.getAttribute('href') ?? '')
          .filter((href) => !href.startsWith('/log')),
      };
    }),
  );
}

describe.skipIf(!browserAvailable())('the log names objects in words', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let contract: Contract;
  let supplier: Supplier;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    // Fixture through the public API, as Eva: a supplier, a contract of it with a price element; the element is
    // deleted and the supplier renamed.
    const admin = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const organisationId = (await admin.organisationByName(ORGANISATION)).id;
    const added = await admin.addMember(organisationId, { email: EVA.email, name: EVA.name, role: 'administrator' });
    await acceptInvitation(server.url, added.invitationUrl, EVA.password);
    const eva = await ApiSession.login(server.url, EVA.email, EVA.password);
    const base = `/organisations/${organisationId}`;
    supplier = await eva.request<Supplier>('POST', `${base}/suppliers`, { name: 'Navision Partner', cvr: '19435075' });
    contract = await eva.request<Contract>('POST', `${base}/contracts`, {
      number: NUMBER,
      name: NAME,
      supplierId: supplier.id,
      inForceFrom: '2026-01-01',
      termKind: 'months',
      termMonths: 36,
    });
    const element = await eva.request<PriceElement>('POST', `${base}/contracts/${contract.id}/price-elements`, {
      number: '1',
      name: 'Licens',
      unitPrice: '1000',
    });
    await eva.request('DELETE', `${base}/contracts/${contract.id}/price-elements/${element.id}`);
    await eva.request('PATCH', `${base}/suppliers/${supplier.id}`, { name: SUPPLIER });
    page = await (await newContext(browser, server.url)).newPage();
    await logIn(page, EVA.email, EVA.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given changes to a contract and a supplier, then the log names them, their parts and Eva in words, with links', async () => {
    await nav(page, 'Log').click();
    await page.waitForURL((url) => url.pathname === '/log');
    await expect.poll(() => heading(page)).toBe('Log');
    const table = page.locator('table.audit-table');
    await expect.poll(() => table.isVisible()).toBe(true);
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['Tidspunkt', 'Hvem', 'Handling', 'Objekt', 'Ændringer']);

    await expect.poll(async () => (await logRows(page)).length).toBeGreaterThanOrEqual(5);
    const rows = await logRows(page);
    const created = rows.find((r) => r.action === 'oprettet' && r.object.startsWith(`Kontrakt ${NUMBER} ${NAME}`));
    expect(created?.links).toContain(`/kontrakter/${contract.id}`);
    expect(created?.who).toBe(EVA.name);
    // The supplier a contract refers to is named, by its name today.
    expect(created?.changes).toMatch(new RegExp(`leverandør:\\s*–\\s*→.*${SUPPLIER}`));
    const renamed = rows.find((r) => r.action === 'ændret' && r.object.startsWith(`Leverandør ${SUPPLIER}`));
    expect(renamed?.links).toContain(`/leverandoerer/${supplier.id}`);
    // A deleted price element is named from what was recorded, says so, has no link of its own, and names its contract.
    const deleted = rows.find((r) => r.action === 'slettet' && r.object.startsWith('Priselement Licens (slettet)'));
    expect(deleted?.object).toContain(`Kontrakt ${NUMBER} ${NAME}`);
    expect(deleted?.links).toEqual([`/kontrakter/${contract.id}`]);
    // Nowhere an id.
    expect(await table.textContent()).not.toMatch(UUID);
    // Eva by name; her address only as a tooltip.
    expect(rows.filter((r) => r.who === EVA.name).length).toBeGreaterThanOrEqual(5);
    expect(await table.locator('td:nth-child(2) span', { hasText: EVA.name }).first().getAttribute('title')).toBe(EVA.email);
    await expectAccessible(page, 'the log with objects in words');
    await page.screenshot({ path: '/tmp/overblik-audit-names.png', fullPage: true });
  });

  it('given the log, when filtering by the contract, then only its events are shown, and the filter can be removed', async () => {
    await page
      .getByRole('link', { name: `Vis kun hændelser for Kontrakt ${NUMBER} ${NAME}` })
      .first()
      .click();
    await page.waitForURL((url) => url.searchParams.get('entityId') === contract.id);
    await expect
      .poll(() => page.getByTestId('audit-object-filter').textContent())
      .toContain(`Viser kun hændelser for Kontrakt ${NUMBER} ${NAME}.`);
    await expect
      .poll(async () => (await logRows(page)).every((r) => r.object.startsWith(`Kontrakt ${NUMBER} ${NAME}`)))
      .toBe(true);
    expect((await logRows(page)).length).toBeGreaterThanOrEqual(1);
    expect(await page.locator('table.audit-table').textContent()).not.toMatch(UUID);
    await expectAccessible(page, 'the log of one object');

    await page.getByRole('link', { name: 'Vis alle objekter' }).click();
    await page.waitForURL((url) => !url.searchParams.has('entityId'));
    await expect.poll(async () => (await logRows(page)).some((r) => r.object.startsWith(`Leverandør ${SUPPLIER}`))).toBe(true);
  });

  it('given the contract page, then its history names the deleted price element and links to its own log', async () => {
    await page.goto(`/kontrakter/${contract.id}`);
    const history = page.getByRole('region', { name: 'Historik' });
    await expect.poll(() => history.textContent()).toContain('Priselement Licens (slettet)');
    expect(await history.textContent()).not.toMatch(UUID);
  });
});
