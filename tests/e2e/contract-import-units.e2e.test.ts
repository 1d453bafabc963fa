import type { ContractPage, UnitList } from '@overblik/api';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, focused, heading, launchBrowser, logIn, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Vejle Kommune';
const ADMIN = { email: 'ulla.unit@vejle.test', name: 'Ulla Unit', password: 'Ulla-opretter-enheder-ved-import' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const UNIT = 'Klima og Miljø';

/** The contract sheet as a workbook, built with the spreadsheet library the server reads with (exceljs). */
async function xlsxFile(name: string, rows: (string | null)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kontrakter');
  for (const row of rows) sheet.addRow(row);
  return { name, mimeType: XLSX, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

describe.skipIf(!browserAvailable())('a contract import that names a unit the organisation lacks', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let api: ApiSession;
  let organisationId: string;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    api = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    organisationId = (await api.organisationByName(ORGANISATION)).id;
    const added = await api.addMember(organisationId, { email: ADMIN.email, name: ADMIN.name, role: 'administrator' });
    if (!added.invitationUrl) throw new Error('a new person should get an invitation link');
    await acceptInvitation(server.url, added.invitationUrl, ADMIN.password);
    page = await (await newContext(browser, server.url)).newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given the unit is offered and the option ticked, then the import creates it and the contract shows it', async () => {
    await page.goto(`${server.url}/kontrakter/import`);
    await expect.poll(() => heading(page)).toBe('Importér kontrakter');
    const file = await xlsxFile('kontrakter-med-ny-enhed.xlsx', [
      ['Kontraktnummer', 'Navn', 'Ansvarlig enhed'],
      ['KM-1', 'Målere til regnvand', UNIT],
      ['KM-2', 'Kortlægning af støj', UNIT],
    ]);
    await page.getByLabel('Fil med kontrakter (.xlsx eller .csv)').setInputFiles(file);
    await expect.poll(() => page.locator('#import-result-heading').textContent()).toBe('Kontrol af kontrakter-med-ny-enhed.xlsx');
    const main = page.getByRole('main');
    // Offered: the unit by name, with the rows naming it; without the option each row is an error naming it.
    await expect.poll(() => main.textContent()).toContain('Én enhed i filen findes ikke i organisationen');
    expect(await main.textContent()).toContain(`${UNIT} (arket Kontrakter, rækkerne 2, 3)`);
    expect(await main.textContent()).toContain(`Enheden «${UNIT}» findes ikke i organisationen.`);
    const importButton = page.getByRole('button', { name: /^Importér \d+ rækker?$/ });
    expect(await importButton.isDisabled()).toBe(true);
    await expectAccessible(page, 'the contract import offering to create a unit');

    await page.getByLabel('Opret enheden ved importen').check();
    await expect.poll(() => page.locator('#import-alongside-planned').textContent()).toBe('1 enhed oprettes');
    expect(await main.textContent()).toContain(`${UNIT} (arket Kontrakter, rækkerne 2, 3)`);
    await expect.poll(() => importButton.isDisabled()).toBe(false);
    expect(await page.getByRole('table', { name: 'Fejl i filen med ark, række og kolonne' }).count()).toBe(0);
    expect(await page.locator('#import-plan-summary').textContent()).toBe('2 oprettes, 0 opdateres, 0 uændrede');
    await page.screenshot({ path: '/tmp/overblik-import-units.png', fullPage: true });
    await expectAccessible(page, 'the contract import with the unit to be created');

    await importButton.click();
    await expect.poll(() => page.locator('#import-result-heading').textContent()).toBe('Importen er gennemført');
    await expect.poll(async () => (await focused(page)).id).toBe('import-result-heading');
    expect(await page.locator('#import-alongside-done').textContent()).toBe('1 enhed oprettet');

    const units = await api.request<UnitList>('GET', `/organisations/${organisationId}/units`);
    const created = units.items.find((u) => u.name === UNIT);
    expect(created?.parentId).toBeNull();
    const contracts = await api.request<ContractPage>('GET', `/organisations/${organisationId}/contracts?q=KM-1`);
    const contract = contracts.items.find((c) => c.number === 'KM-1');
    expect(contract?.responsibleUnitId).toBe(created?.id);

    await page.goto(`${server.url}/kontrakter/${contract?.id}`);
    await expect.poll(() => heading(page)).toContain('Målere til regnvand');
    const term = page.locator('dt', { hasText: 'Ansvarlig enhed' }).first();
    await expect.poll(() => term.locator('xpath=following-sibling::dd[1]').textContent()).toBe(UNIT);
  });
});
