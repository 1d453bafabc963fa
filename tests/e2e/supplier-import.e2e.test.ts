import { readFile } from 'node:fs/promises';
import type { OptionListsResponse, SupplierPage } from '@overblik/api';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, cells, expectAccessible, focused, heading, launchBrowser, logIn, nav, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Odense Kommune';
const EDITOR = { email: 'ida.iversen@odense.test', name: 'Ida Iversen', password: 'Ida-importerer-leverandoerer' };
const READER = { email: 'lars.lund@odense.test', name: 'Lars Lund', password: 'Lars-laeser-leverandoerer' };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** CVR numbers that pass the modulus-11 check. */
const CVR = ['20000007', '20000015', '20000023', '20000031', '20000058'] as const;
const BAD_CVR = '12345678';

/** Presses a key until the focused element matches, so the test does not depend on the exact tab order. */
async function pressUntil(page: Page, key: string, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (match(now)) return now;
  }
  throw new Error(`pressed ${key} ${max} times without reaching the element; focus is on ${JSON.stringify(await focused(page))}`);
}

async function xlsxFile(
  name: string,
  rows: (string | number | null)[][],
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Leverandører');
  for (const row of rows) sheet.addRow(row);
  return { name, mimeType: XLSX, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

/** A CSV file the way Danish Excel saves it: `;`-separated, windows-1252 (Æ, Ø and Å are the same bytes as in Latin-1). */
function windows1252Csv(name: string, lines: string[]): { name: string; mimeType: string; buffer: Buffer } {
  const buffer = Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
  // The file must really be single-byte: no UTF-8 sequence for Æ.
  expect(buffer.includes(Buffer.from('Æ', 'utf8'))).toBe(false);
  return { name, mimeType: 'text/csv', buffer };
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { download, bytes: await readFile(file) };
}

describe.skipIf(!browserAvailable())('import and export of suppliers', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: Page;
  let reader: Page;
  let api: ApiSession;
  let organisationId: string;
  let exported: Buffer;

  const suppliers = () => api.request<SupplierPage>('GET', `/organisations/${organisationId}/suppliers?limit=100&sort=name`);
  const fileInput = (page: Page) => page.getByLabel('Fil med leverandører (.xlsx eller .csv)');
  const resultHeading = (page: Page) => page.locator('#import-result-heading');
  const errorTable = (page: Page) => page.getByRole('table', { name: 'Fejl i filen med ark, række og kolonne' });
  const rowTable = (page: Page) => page.getByRole('table', { name: 'Hvad der sker med hver række i filen' });
  const summary = (page: Page) => page.locator('#import-plan-summary');

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    api = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    organisationId = (await api.organisationByName(ORGANISATION)).id;
    for (const [person, role] of [
      [EDITOR, 'redaktør'],
      [READER, 'læser'],
    ] as const) {
      const added = await api.addMember(organisationId, { email: person.email, name: person.name, role });
      if (!added.invitationUrl) throw new Error('a new person should get an invitation link');
      await acceptInvitation(server.url, added.invitationUrl, person.password);
    }
    // One supplier exists already; the import will update it by its CVR number.
    await api.request('POST', `/organisations/${organisationId}/suppliers`, {
      name: 'Ærø Færgeri A/S',
      cvr: CVR[0],
      city: 'Marstal',
    });
    editor = await (await newContext(browser, server.url)).newPage();
    reader = await (await newContext(browser, server.url)).newPage();
    await logIn(editor, EDITOR.email, EDITOR.password);
    await logIn(reader, READER.email, READER.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given an editor on the supplier list, then export and import are offered, and the wizard explains the file', async () => {
    const page = editor;
    await nav(page, 'Leverandører').click();
    await page.waitForURL((url) => url.pathname === '/leverandoerer');
    const exports = page.getByRole('group', { name: 'Eksportér' });
    expect(await exports.getByRole('link', { name: 'Excel (.xlsx)' }).getAttribute('href')).toBe(
      `/api/v1/organisations/${organisationId}/exports/suppliers?format=xlsx`,
    );
    expect(await exports.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe(
      `/api/v1/organisations/${organisationId}/exports/suppliers?format=csv`,
    );
    await page.screenshot({ path: '/tmp/overblik-suppliers-export.png' });
    await page.getByRole('link', { name: 'Importér leverandører' }).click();
    await page.waitForURL((url) => url.pathname === '/leverandoerer/import');
    await expect.poll(() => heading(page)).toBe('Importér leverandører');
    await expect.poll(async () => (await focused(page)).id).toBe('page-heading');
    await page.screenshot({ path: '/tmp/overblik-import-step1.png', fullPage: true });
    const main = page.getByRole('main');
    expect(await main.textContent()).toContain('opdateret i stedet for at blive oprettet igen');
    expect(await main.textContent()).toContain('Importen er alt eller intet');
    expect(await fileInput(page).getAttribute('type')).toBe('file');
    expect(await fileInput(page).getAttribute('accept')).toBe('.xlsx,.csv');
    await expectAccessible(page, 'the import wizard, step 1');
  });

  it('given the template link, then the template downloads as a workbook with the supplier sheet', async () => {
    const page = editor;
    const { download, bytes } = await downloaded(page, () => page.getByRole('link', { name: 'Hent skabelon (.xlsx)' }).click());
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Leverandører');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Navn');
  });

  it('given a file that cannot be read or is too large, then the reason is shown and the wizard stays at step 1', async () => {
    const page = editor;
    // The server tells the format by the first bytes: a ZIP signature followed by garbage is a broken workbook.
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('ikke et regneark')]);
    // The file input speaks Danish whatever the browser's language (the test browser's is English).
    expect(await page.locator('.file-picker-button').textContent()).toBe('Vælg fil');
    expect(await page.getByText('Ingen fil valgt', { exact: true }).isVisible()).toBe(true);
    await fileInput(page).setInputFiles({ name: 'noter.xlsx', mimeType: XLSX, buffer: broken });
    await expect.poll(() => page.getByText('noter.xlsx', { exact: true }).count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Filen kan ikke læses. Brug et Excel-ark (.xlsx) eller en CSV-fil.');
    expect(await resultHeading(page).count()).toBe(0);

    const huge = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    await fileInput(page).setInputFiles({ name: 'kæmpe.csv', mimeType: 'text/csv', buffer: huge });
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Filen er for stor til at blive importeret.');
    expect(await resultHeading(page).count()).toBe(0);
    await expectAccessible(page, 'the import wizard with an unreadable file');
  });

  it('given a bad CVR number and an empty name, then every error is listed, the import is disabled and nothing is written', async () => {
    const page = editor;
    const file = await xlsxFile('leverandoerer-med-fejl.xlsx', [
      ['Navn', 'CVR-nummer', 'By'],
      ['Fyns Fiber ApS', CVR[3], 'Odense C'],
      ['Forkert CVR A/S', BAD_CVR, 'Svendborg'],
      [null, CVR[4], 'Nyborg'],
    ]);
    await fileInput(page).setInputFiles(file);
    await expect.poll(() => resultHeading(page).textContent()).toBe('Kontrol af leverandoerer-med-fejl.xlsx');
    await expect.poll(async () => (await focused(page)).id).toBe('import-result-heading');
    await expect
      .poll(() => cells(errorTable(page), { rowHeaders: false }))
      .toEqual([
        ['Leverandører', '3', 'CVR-nummer', 'CVR-nummeret består ikke modulus 11-kontrollen.'],
        ['Leverandører', '4', 'Navn', 'Skal udfyldes.'],
      ]);
    const main = page.getByRole('main');
    expect(await main.textContent()).toContain('Filen har 2 fejl');
    expect(await main.textContent()).toContain('Intet bliver importeret, før fejlene er rettet.');
    const importButton = page.getByRole('button', { name: /^Importér \d+ rækker?$/ });
    expect(await importButton.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Vælg en anden fil' }).isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/overblik-import-errors.png', fullPage: true });
    await expectAccessible(page, 'the import wizard with errors');

    // The dry run wrote nothing: only the supplier from the fixture exists.
    expect((await suppliers()).items.map((s) => s.name)).toEqual(['Ærø Færgeri A/S']);
    // And the server refuses the same file for real with the same errors.
    const response = await fetch(`${server.url}/api/v1/organisations/${organisationId}/imports/suppliers`, {
      method: 'POST',
      headers: { 'content-type': XLSX, cookie: await sessionCookie(page), 'x-csrf-token': await csrfToken(page) },
      body: new Uint8Array(file.buffer),
    });
    expect(response.status).toBe(422);
    expect((await suppliers()).total).toBe(1);

    await page.getByRole('button', { name: 'Vælg en anden fil' }).click();
    await expect.poll(async () => (await focused(page)).id).toBe('import-file');
  });

  it('given only a keyboard and a windows-1252 CSV file, then the plan is shown and the import is done from the keyboard', async () => {
    const page = editor;
    await page.reload();
    await expect.poll(() => heading(page)).toBe('Importér leverandører');
    // Listen for the file chooser before any key is pressed, so Playwright intercepts the dialog in time.
    const choosing = page.waitForEvent('filechooser');
    await page.locator('#page-heading').focus();
    await pressUntil(page, 'Tab', (f) => f.tag === 'input' && f.id === 'import-file');
    const file = windows1252Csv('leverandører.csv', [
      'Navn;CVR-nummer;Adresse;Postnummer;By',
      `Ærø Færgeri A/S;${CVR[0]};Havnepladsen 1;5960;Ærøskøbing`,
      `Søndergård & Østergaard ApS;${CVR[1]};Åboulevarden 12;8000;Aarhus C`,
      `Blåbær Skovservice I/S;${CVR[2]};Skovvej 3;5700;Svendborg`,
    ]);
    await page.keyboard.press('Space');
    await (await choosing).setFiles(file);

    await expect.poll(async () => (await focused(page)).id).toBe('import-result-heading');
    await expect.poll(() => summary(page).textContent()).toBe('2 oprettes, 1 opdateres, 0 uændrede');
    expect(await cells(rowTable(page), { rowHeaders: false })).toEqual([
      ['2', 'Ærø Færgeri A/S', 'Opdateres', 'Adresse, Postnummer, By'],
      ['3', 'Søndergård & Østergaard ApS', 'Oprettes', 'Navn, CVR-nummer, Adresse, Postnummer, By'],
      ['4', 'Blåbær Skovservice I/S', 'Oprettes', 'Navn, CVR-nummer, Adresse, Postnummer, By'],
    ]);
    expect(await errorTable(page).count()).toBe(0);
    await page.screenshot({ path: '/tmp/overblik-import-plan.png', fullPage: true });
    await expectAccessible(page, 'the import wizard with a plan');
    expect((await suppliers()).total).toBe(1);

    await pressUntil(page, 'Tab', (f) => f.tag === 'button' && f.text === 'Importér 3 rækker', 10);
    await page.keyboard.press('Enter');
    await expect.poll(() => resultHeading(page).textContent()).toBe('Importen er gennemført');
    await expect.poll(async () => (await focused(page)).id).toBe('import-result-heading');
    expect(await page.getByRole('main').textContent()).toContain('2 oprettet, 1 opdateret, 0 uændrede');
    await page.screenshot({ path: '/tmp/overblik-import-done.png', fullPage: true });
    await expectAccessible(page, 'the import wizard after the import');

    // Sorted here: how Æ sorts depends on the database's collation.
    const after = await suppliers();
    expect(after.items.map((s) => [s.name, s.cvr, s.city]).sort()).toEqual([
      ['Blåbær Skovservice I/S', CVR[2], 'Svendborg'],
      ['Søndergård & Østergaard ApS', CVR[1], 'Aarhus C'],
      ['Ærø Færgeri A/S', CVR[0], 'Ærøskøbing'],
    ]);

    await page.getByRole('link', { name: 'Gå til leverandørlisten' }).click();
    await page.waitForURL((url) => url.pathname === '/leverandoerer');
    const table = page.getByRole('table', { name: 'Leverandører' });
    await expect
      .poll(async () => (await table.locator('tbody tr td:first-child').allTextContents()).sort())
      .toEqual(['Blåbær Skovservice I/S', 'Søndergård & Østergaard ApS', 'Ærø Færgeri A/S']);
  });

  it('given the .xlsx export, when it is imported again, then nothing would change', async () => {
    const page = editor;
    const exportLink = page.getByRole('group', { name: 'Eksportér' }).getByRole('link', { name: 'Excel (.xlsx)' });
    const { download, bytes } = await downloaded(page, () => exportLink.click());
    expect(download.suggestedFilename()).toMatch(/^leverandoerer-\d{4}-\d{2}-\d{2}\.xlsx$/);
    exported = bytes;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Leverandører')?.rowCount).toBe(4);

    await page.getByRole('link', { name: 'Importér leverandører' }).click();
    await page.waitForURL((url) => url.pathname === '/leverandoerer/import');
    await fileInput(page).setInputFiles({ name: download.suggestedFilename(), mimeType: XLSX, buffer: exported });
    await expect.poll(() => summary(page).textContent()).toBe('0 oprettes, 0 opdateres, 3 uændrede');
    expect((await cells(rowTable(page), { rowHeaders: false })).map((row) => [row[2], row[3]])).toEqual([
      ['Uændret', '–'],
      ['Uændret', '–'],
      ['Uændret', '–'],
    ]);
  });

  it('given the CSV export, then it downloads as Danish Excel opens it', async () => {
    const page = editor;
    await page.goto('/leverandoerer');
    const exportLink = page.getByRole('group', { name: 'Eksportér' }).getByRole('link', { name: 'CSV' });
    const { download, bytes } = await downloaded(page, () => exportLink.click());
    expect(download.suggestedFilename()).toMatch(/^leverandoerer-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split(/\r?\n/)[0]).toContain('Navn;CVR-nummer');
    expect(text).toContain(`Søndergård & Østergaard ApS;${CVR[1]}`);
  });

  it('given a classification disabled after the check, then the import shows the errors the server found and writes nothing', async () => {
    const page = editor;
    await page.goto('/leverandoerer/import');
    await expect.poll(() => heading(page)).toBe('Importér leverandører');
    const { lists } = await api.request<OptionListsResponse>('GET', `/organisations/${organisationId}/option-lists`);
    const small = lists.supplier_classification?.find((v) => v.label === 'Lille');
    if (!small) throw new Error('the standard classification "Lille" is missing');
    // This time the file is dropped onto the drop zone instead of chosen.
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'nye.csv', { type: 'text/csv' }));
      return transfer;
    }, `Navn;CVR-nummer;Klassifikation\nNy Leverandør ApS;${CVR[3]};Lille\n`);
    const zone = page.locator('.import-drop-zone');
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await expect.poll(() => zone.getAttribute('class')).toContain('import-drop-zone-active');
    await zone.dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => resultHeading(page).textContent()).toBe('Kontrol af nye.csv');
    await expect.poll(() => summary(page).textContent()).toBe('1 oprettes, 0 opdateres, 0 uændrede');

    await api.request('PATCH', `/organisations/${organisationId}/option-lists/supplier_classification/${small.key}`, {
      disabled: true,
    });
    await page.getByRole('button', { name: 'Importér 1 række' }).click();
    await expect
      .poll(() => cells(errorTable(page), { rowHeaders: false }))
      .toEqual([['Leverandører', '2', 'Klassifikation', 'Værdien findes ikke eller er deaktiveret i værdilisten.']]);
    await expect.poll(async () => (await focused(page)).id).toBe('import-result-heading');
    expect(await page.getByRole('main').textContent()).toContain('siden filen blev kontrolleret');
    expect(await page.getByRole('button', { name: 'Importér 1 række' }).isDisabled()).toBe(true);
    expect((await suppliers()).total).toBe(3);
    await expectAccessible(page, 'the import wizard refused after the check');
  });

  it('given a reader (læser), then the export is offered but neither the import link nor the wizard', async () => {
    const page = reader;
    await nav(page, 'Leverandører').click();
    await page.waitForURL((url) => url.pathname === '/leverandoerer');
    await expect.poll(() => page.getByRole('link', { name: 'Ærø Færgeri A/S' }).isVisible()).toBe(true);
    const exports = page.getByRole('group', { name: 'Eksportér' });
    expect(await exports.getByRole('link', { name: 'Excel (.xlsx)' }).isVisible()).toBe(true);
    expect(await exports.getByRole('link', { name: 'CSV' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Importér leverandører' }).count()).toBe(0);
    const { download } = await downloaded(page, () => exports.getByRole('link', { name: 'CSV' }).click());
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    await page.goto('/leverandoerer/import');
    await expect.poll(() => heading(page)).toBe('Importér leverandører');
    await expect
      .poll(() => page.getByText('Kun redaktører og administratorer kan importere leverandører.').isVisible())
      .toBe(true);
    expect(await page.locator('input[type=file]').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Hent skabelon (.xlsx)' }).count()).toBe(0);
    await expectAccessible(page, 'the import wizard of a reader');
  });
});

/** The browser's session cookie and CSRF token, to call the API as the signed-in person. */
async function sessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'overblik_session');
  if (!cookie) throw new Error('no session cookie in the browser');
  return `${cookie.name}=${cookie.value}`;
}

async function csrfToken(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch('/api/v1/me');
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  });
}
