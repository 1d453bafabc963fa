import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AuditPage, ContractDetails, DocumentPage } from '@overblik/api';
import ExcelJS from 'exceljs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfWithoutText, pdfWithText } from '../../apps/server/test/fixtures/documents.ts';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, cells, expectAccessible, focused, heading, launchBrowser, logIn, nav, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

// The acceptance flow, all through the web app: a supplier and a contract with two price elements, a PDF on
// the contract found by a word only the PDF has, and the register exported and imported again without any change.

const ORGANISATION = 'Silkeborg Kommune';
const EDITOR = { email: 'sofie.skov@silkeborg.test', name: 'Sofie Skov', password: 'Sofie-styrer-registret' };
const READER = { email: 'lars.lund@silkeborg.test', name: 'Lars Lund', password: 'Lars-laeser-registret' };

const SUPPLIER = 'Hvidkløver Data ApS';
const CVR = '20000066';
const NUMBER = 'K-2026-042';
const NAME = 'Borgerservicesystem';
/** Made-up words that occur in one place only: the PDF's text, the contract's description, the second version. */
const PDF_WORD = 'Snebærfløjte';
const DESCRIPTION_WORD = 'Tranebærhøst';
const VERSION_WORD = 'Rimfrostklokke';
const DOCUMENT_TITLE = 'Kontrakt, underskrevet';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const pdf = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, bytes: await readFile(await download.path()) };
}

/** Types into the search box in the page header and waits for the results page to answer. */
async function search(page: Page, words: string): Promise<void> {
  const box = page.getByRole('search', { name: 'Søg i registret' }).getByLabel('Søg i registret');
  await box.fill(words);
  await box.press('Enter');
  await page.waitForURL((url) => url.pathname === '/soeg' && url.searchParams.get('q') !== null);
  // The status line names the search it answers, so an earlier search's answer is not mistaken for this one's.
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: `»${words}«` })
        .textContent(),
    )
    .toMatch(/resultat|Ingen resultater/);
}

const group = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
const hits = (scope: Locator) => scope.locator('li.search-hit');

describe.skipIf(!browserAvailable())('the register from start to finish', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: Page;
  let reader: Page;
  let api: ApiSession;
  let organisationId: string;
  let contractPath: string;
  let contractId: string;
  let exported: Buffer;

  const documents = () => api.request<DocumentPage>('GET', `/organisations/${organisationId}/documents?contractId=${contractId}`);
  const auditTotal = async () =>
    (await api.request<AuditPage>('GET', `/organisations/${organisationId}/audit?limit=200`)).items.length;
  const documentsRegion = (page: Page) => page.getByRole('region', { name: 'Dokumenter' });
  const documentRow = (page: Page, title: string) =>
    documentsRegion(page)
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: title, exact: true }) });

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
    editor = await (await newContext(browser, server.url)).newPage();
    reader = await (await newContext(browser, server.url)).newPage();
    await logIn(editor, EDITOR.email, EDITOR.password);
    await logIn(reader, READER.email, READER.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given an editor, when she creates a supplier and a contract with two price elements, then the contract page shows them', async () => {
    const page = editor;
    await nav(page, 'Leverandører').click();
    await page.getByRole('link', { name: 'Opret leverandør' }).click();
    await expect.poll(() => heading(page)).toBe('Opret leverandør');
    await page.getByLabel('Navn', { exact: true }).fill(SUPPLIER);
    await page.getByLabel('CVR-nummer').fill(CVR);
    await page.getByRole('button', { name: 'Opret leverandør' }).click();
    await expect.poll(() => heading(page)).toBe(SUPPLIER);

    await nav(page, 'Kontrakter').click();
    await page.getByRole('link', { name: 'Opret kontrakt' }).click();
    await expect.poll(() => heading(page)).toBe('Opret kontrakt');
    await page.getByLabel('Kontraktnummer').fill(NUMBER);
    await page.getByLabel('Navn', { exact: true }).fill(NAME);
    await expect.poll(() => page.getByLabel('Leverandør').locator('option').allTextContents()).toContain(SUPPLIER);
    await page.getByLabel('Leverandør').selectOption({ label: SUPPLIER });
    await page.getByLabel('I kraft fra').fill('2025-01-01');
    await page.getByLabel('Et antal år og måneder').check();
    await page.getByLabel('Løbetid, år').fill('4');
    await page.getByRole('button', { name: 'Opret kontrakt' }).click();
    await page.waitForURL((url) => /^\/kontrakter\/[0-9a-f-]{36}$/.test(url.pathname));
    contractPath = new URL(page.url()).pathname;
    contractId = contractPath.split('/').pop() ?? '';
    await expect.poll(() => heading(page)).toBe(NAME);

    const general = page.getByRole('region', { name: 'Generelt' });
    await general.getByRole('button', { name: 'Rediger Generelt' }).click();
    const form = page.getByRole('form', { name: 'Rediger Generelt' });
    await form.getByLabel('Beskrivelse').fill(`Borgerservice med ${DESCRIPTION_WORD} og selvbetjening.`);
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => general.textContent()).toContain(DESCRIPTION_WORD);

    const prices = page.getByRole('region', { name: 'Priselementer' });
    for (const element of [
      { number: '10', name: 'Licens pr. bruger', unit: 'måned (MON)', price: '1.234,50', quantity: '40', recurrence: 'Månedlig' },
      { number: '20', name: 'Drift og support', unit: 'år (ANN)', price: '96.000', quantity: '1', recurrence: 'Årlig' },
    ]) {
      await prices.getByRole('button', { name: 'Tilføj priselement' }).click();
      const add = page.getByRole('form', { name: 'Tilføj priselement' });
      await add.getByLabel('Nummer', { exact: true }).fill(element.number);
      await add.getByLabel('Navn', { exact: true }).fill(element.name);
      await add.getByLabel('Enhed', { exact: true }).selectOption({ label: element.unit });
      await add.getByLabel('Enhedspris').fill(element.price);
      await add.getByLabel('Antal', { exact: true }).fill(element.quantity);
      await add.getByLabel('Gentagelse').selectOption({ label: element.recurrence });
      await add.getByRole('button', { name: 'Gem' }).click();
      await expect.poll(() => prices.getByRole('row', { name: new RegExp(element.name) }).count()).toBe(1);
    }
    expect(await prices.locator('tbody tr').count()).toBe(2);

    // The table of contents leads to the documents, which come after the references and before the history.
    const contents = await page.getByRole('navigation', { name: 'Indhold' }).getByRole('link').allTextContents();
    expect(contents.indexOf('Dokumenter')).toBe(contents.indexOf('Referencer og noter') + 1);
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.indexOf('Dokumenter')).toBeGreaterThan(headings.indexOf('Referencer og noter'));
    expect(headings.indexOf('Dokumenter')).toBeLessThan(headings.indexOf('Historik'));
    await expect.poll(() => documentsRegion(page).getByText('Der er ingen dokumenter endnu.').isVisible()).toBe(true);
  });

  it('given the contract page, when the editor uploads a signed PDF, then it is listed with its kind, size and uploader', async () => {
    const page = editor;
    const region = documentsRegion(page);
    // Uploading without a file names the missing file at the file field.
    await region.getByRole('button', { name: 'Upload dokument' }).click();
    await expect.poll(() => region.locator('.form-error-message').textContent()).toContain('Vælg en fil.');
    await expect.poll(async () => (await focused(page)).id).toBe('contract-documents-upload-file');

    await region
      .getByLabel('Fil', { exact: true })
      .setInputFiles(
        pdf(
          'kontrakt-borgerservice.pdf',
          pdfWithText(['Kontrakt om borgerservicesystem', `Bilag 3: ${PDF_WORD} leveres ved drift.`]),
        ),
      );
    await expect.poll(() => region.getByText('Valgt fil: kontrakt-borgerservice.pdf').isVisible()).toBe(true);
    await region.getByLabel('Titel (valgfri)').fill(DOCUMENT_TITLE);
    await region.getByLabel('Art').selectOption({ label: 'Underskrevet original' });
    await region.getByRole('button', { name: 'Upload dokument' }).click();
    await expect
      .poll(() => region.getByRole('status').filter({ hasText: 'er tilføjet' }).textContent())
      .toContain(DOCUMENT_TITLE);

    const row = documentRow(page, DOCUMENT_TITLE);
    await expect.poll(() => row.count()).toBe(1);
    const [title, kind, file, size, version, uploaded] = (await cells(region.getByRole('table'), { rowHeaders: false }))[0] ?? [];
    expect(title).toBe(DOCUMENT_TITLE);
    expect(kind).toBe('Underskrevet original');
    expect(file).toBe('kontrakt-borgerservice.pdf');
    expect(size).toMatch(/^\d+(,\d)? (B|kB)$/);
    expect(version).toBe('1');
    expect(uploaded).toContain(EDITOR.name);
    expect(uploaded).not.toContain(EDITOR.email);
    const link = row.getByRole('link', { name: DOCUMENT_TITLE, exact: true });
    const versionId = (await documents()).items[0]?.currentVersion.id;
    expect(await link.getAttribute('href')).toMatch(new RegExp(`/documents/[0-9a-f-]{36}/versions/${versionId}/content$`));
    // A PDF with text is searchable: no label says otherwise.
    expect(await row.textContent()).not.toContain('Ikke søgbar');
    const { download, bytes } = await downloaded(page, () => link.click());
    expect(download.suggestedFilename()).toBe('kontrakt-borgerservice.pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.screenshot({ path: '/tmp/overblik-documents.png', fullPage: true });
    await expectAccessible(page, 'the contract page with a document');
  });

  it('given the PDF, when the editor searches for a word only the PDF has, then the hit shows it was found in the document', async () => {
    const page = editor;
    await search(page, PDF_WORD);
    await expect.poll(() => heading(page)).toBe('Søgning');
    expect(await page.getByRole('status').filter({ hasText: 'resultat' }).textContent()).toBe(`1 resultat for »${PDF_WORD}«`);
    const documentsFound = group(page, 'Dokumenter');
    await expect.poll(() => hits(documentsFound).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Dokumenter (1)']);
    const hit = hits(documentsFound).first();
    expect(await hit.textContent()).toContain(`Dokument i ${NUMBER} ${NAME}`);
    expect(await hit.textContent()).toContain('Fundet i: dokumentets tekst, del 1');
    expect(await hit.locator('mark').textContent()).toBe(PDF_WORD);
    expect(await hit.locator('.search-hit-snippet').textContent()).toContain(`Bilag 3: ${PDF_WORD} leveres ved drift.`);
    await page.screenshot({ path: '/tmp/overblik-search-document.png', fullPage: true });
    await expectAccessible(page, 'the search page with a document hit');

    await hit.getByRole('link', { name: DOCUMENT_TITLE }).click();
    await page.waitForURL((url) => url.pathname === contractPath);
    await expect.poll(() => heading(page)).toBe(NAME);
  });

  it('given a word of the description and of the supplier name, then the search finds the contract and the supplier', async () => {
    const page = editor;
    await search(page, DESCRIPTION_WORD.toLowerCase());
    const contracts = group(page, 'Kontrakter');
    await expect.poll(() => hits(contracts).count()).toBe(1);
    const contractHit = hits(contracts).first();
    expect(await contractHit.textContent()).toContain('Fundet i: beskrivelse');
    expect(await contractHit.textContent()).toContain(`Kontrakt med ${SUPPLIER}`);
    expect(await contractHit.locator('mark').textContent()).toBe(DESCRIPTION_WORD);
    expect(await contractHit.getByRole('link').getAttribute('href')).toBe(contractPath);

    await search(page, 'Hvidkløver');
    const suppliers = group(page, 'Leverandører');
    await expect.poll(() => hits(suppliers).count()).toBe(1);
    const supplierHit = hits(suppliers).first();
    expect(await supplierHit.textContent()).toContain('Fundet i: navn');
    // The header's search box keeps what was searched for.
    expect(await page.getByRole('searchbox', { name: 'Søg i registret' }).inputValue()).toBe('Hvidkløver');
    await supplierHit.getByRole('link', { name: SUPPLIER }).click();
    await expect.poll(() => heading(page)).toBe(SUPPLIER);

    await search(page, 'Ulvemælkebøtte');
    expect(await page.getByRole('status').filter({ hasText: 'resultat' }).textContent()).toBe(
      'Ingen resultater for »Ulvemælkebøtte«.',
    );
    expect(await page.getByRole('main').textContent()).toContain('Prøv med færre ord');
    await expectAccessible(page, 'the search page without hits');

    await page.goto('/soeg');
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Skriv et eller flere ord i søgefeltet');
    await expectAccessible(page, 'the search page before a search');
  });

  it('given the contract list, when the register is exported to .xlsx and imported again, then every row is unchanged', async () => {
    const page = editor;
    await nav(page, 'Kontrakter').click();
    await page.waitForURL((url) => url.pathname === '/kontrakter');
    const exports = page.getByRole('group', { name: 'Eksportér' });
    expect(await exports.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe(
      `/api/v1/organisations/${organisationId}/exports/contracts?format=csv`,
    );
    expect(await exports.getByRole('link', { name: 'Skabelon til import (.xlsx)' }).getAttribute('href')).toBe(
      `/api/v1/organisations/${organisationId}/imports/contracts/template`,
    );
    const { download, bytes } = await downloaded(page, () => exports.getByRole('link', { name: 'Excel (.xlsx)' }).click());
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    exported = bytes;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const sheet of ['Kontrakter', 'Priselementer', 'Leverandører', 'Kontaktpersoner']) {
      expect(workbook.getWorksheet(sheet), `sheet ${sheet}`).toBeDefined();
    }

    const before = await api.request<ContractDetails>('GET', `/organisations/${organisationId}/contracts/${contractId}`);
    const eventsBefore = await auditTotal();
    await page.getByRole('link', { name: 'Importér kontrakter' }).click();
    await page.waitForURL((url) => url.pathname === '/kontrakter/import');
    await expect.poll(() => heading(page)).toBe('Importér kontrakter');
    await expectAccessible(page, 'the contract import wizard, step 1');
    await page.getByLabel('Fil med kontrakter (.xlsx eller .csv)').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: XLSX,
      buffer: exported,
    });
    await expect
      .poll(() => page.locator('#import-result-heading').textContent())
      .toBe(`Kontrol af ${download.suggestedFilename()}`);
    await expect.poll(async () => (await focused(page)).id).toBe('import-result-heading');
    // One supplier, one contract and its two price elements.
    await expect.poll(() => page.locator('#import-plan-summary').textContent()).toBe('0 oprettes, 0 opdateres, 4 uændrede');
    const plan = await cells(page.getByRole('table', { name: 'Hvad der sker med hver række i filen' }), { rowHeaders: false });
    expect(plan.map(([sheet, , name, action, changed]) => [sheet, name, action, changed]).sort()).toEqual(
      [
        ['Kontrakter', NAME, 'Uændret', '–'],
        ['Leverandører', SUPPLIER, 'Uændret', '–'],
        ['Priselementer', 'Drift og support', 'Uændret', '–'],
        ['Priselementer', 'Licens pr. bruger', 'Uændret', '–'],
      ].sort(),
    );
    expect(await page.getByRole('table', { name: 'Fejl i filen med ark, række og kolonne' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/overblik-contract-import-plan.png', fullPage: true });
    await expectAccessible(page, 'the contract import wizard with a plan');

    await page.getByRole('button', { name: 'Importér 4 rækker' }).click();
    await expect.poll(() => page.locator('#import-result-heading').textContent()).toBe('Importen er gennemført');
    expect(await page.getByRole('main').textContent()).toContain('0 oprettet, 0 opdateret, 4 uændrede');
    await expectAccessible(page, 'the contract import wizard after the import');

    // Nothing changed: the contract and its price elements are as they were, and no change was logged.
    const after = await api.request<ContractDetails>('GET', `/organisations/${organisationId}/contracts/${contractId}`);
    expect(after).toEqual(before);
    expect(await auditTotal()).toBe(eventsBefore);
    await page.getByRole('link', { name: 'Gå til kontraktlisten' }).click();
    await page.waitForURL((url) => url.pathname === '/kontrakter');
  });

  it('given a file with an error, then the contract wizard lists it with sheet, row and column and imports nothing', async () => {
    const page = editor;
    await page.goto('/kontrakter/import');
    await expect.poll(() => heading(page)).toBe('Importér kontrakter');
    const csv = `Kontraktnummer;Navn;I kraft fra\n${NUMBER};${NAME};31-02-2026\n`;
    await page.getByLabel('Fil med kontrakter (.xlsx eller .csv)').setInputFiles({
      name: 'kontrakter.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const errors = page.getByRole('table', { name: 'Fejl i filen med ark, række og kolonne' });
    await expect
      .poll(async () => (await cells(errors, { rowHeaders: false })).map((row) => row.slice(0, 3)))
      .toEqual([['Kontrakter', '2', 'I kraft fra']]);
    expect(await page.getByRole('button', { name: /^Importér \d+ rækker?$/ }).isDisabled()).toBe(true);
    await expectAccessible(page, 'the contract import wizard with an error');
  });

  it('given a scanned PDF without text, then its row says it is not searchable', async () => {
    const page = editor;
    await page.goto(contractPath);
    await expect.poll(() => heading(page)).toBe(NAME);
    const region = documentsRegion(page);
    await region.getByLabel('Fil', { exact: true }).setInputFiles(pdf('scannet bilag.pdf', pdfWithoutText()));
    await region.getByRole('button', { name: 'Upload dokument' }).click();
    // Without a title, the document is named after its file.
    const row = documentRow(page, 'scannet bilag');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.badge').textContent()).toBe('Ikke søgbar (scannet uden tekst)');
    expect(await row.textContent()).toContain('Arbejdskopi');
    await expectAccessible(page, 'the documents section with a scan');
  });

  it('given the signed PDF, when a new version is uploaded, then version 2 is current and version 1 can still be downloaded', async () => {
    const page = editor;
    const region = documentsRegion(page);
    await region.getByRole('button', { name: `Ny version af ${DOCUMENT_TITLE}` }).click();
    const form = page.getByRole('form', { name: `Upload en ny version af ${DOCUMENT_TITLE}` });
    await expect.poll(async () => (await focused(page)).id).toMatch(/^new-version-/);
    await expectAccessible(page, 'the documents section uploading a new version');
    await form
      .getByLabel(`Ny version af ${DOCUMENT_TITLE}`)
      .setInputFiles(
        pdf(
          'kontrakt-borgerservice-v2.pdf',
          pdfWithText(['Kontrakt om borgerservicesystem, version 2', `${VERSION_WORD} er aftalt.`]),
        ),
      );
    await form.getByRole('button', { name: 'Upload version' }).click();
    const row = documentRow(page, DOCUMENT_TITLE);
    await expect.poll(() => row.textContent()).toContain('kontrakt-borgerservice-v2.pdf');
    const columns = await row.locator('td').allTextContents();
    expect(columns[4]).toBe('2');
    await expect.poll(async () => (await focused(page)).name).toBe(`Ny version af ${DOCUMENT_TITLE}`);

    await row.getByText('Tidligere version (1)').click();
    const earlier = row.getByRole('link', { name: 'Version 1: kontrakt-borgerservice.pdf' });
    await expect.poll(() => earlier.isVisible()).toBe(true);
    const { download } = await downloaded(page, () => earlier.click());
    expect(download.suggestedFilename()).toBe('kontrakt-borgerservice.pdf');
    await region.screenshot({ path: '/tmp/overblik-documents-versions.png' });
    await expectAccessible(page, 'the documents section with an earlier version');

    // Only the newest version's text is searched.
    await search(page, VERSION_WORD);
    await expect.poll(() => hits(group(page, 'Dokumenter')).count()).toBe(1);
    await search(page, PDF_WORD);
    expect(await page.getByRole('status').filter({ hasText: 'resultat' }).textContent()).toBe(
      `Ingen resultater for »${PDF_WORD}«.`,
    );
  });

  it('given the document, when the editor changes its title, kind and notes and then deletes it, then the list follows', async () => {
    const page = editor;
    await page.goto(contractPath);
    const region = documentsRegion(page);
    await region.getByRole('button', { name: 'Rediger scannet bilag' }).click();
    const form = page.getByRole('form', { name: 'Rediger dokumentet scannet bilag' });
    await expect.poll(async () => (await focused(page)).id).toMatch(/^edit-document-.*-title$/);
    await form.getByLabel('Titel', { exact: true }).fill('');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => form.locator('.form-error-message').textContent()).toContain('Udfyld feltet.');
    await form.getByLabel('Titel', { exact: true }).fill('Bilag 4, scannet');
    await form.getByLabel('Art').selectOption({ label: 'Underskrevet original' });
    await form.getByLabel('Noter (valgfri)').fill('Scannet fra papirarkivet.');
    await form.getByRole('button', { name: 'Gem' }).click();
    const row = documentRow(page, 'Bilag 4, scannet');
    await expect.poll(() => row.textContent()).toContain('Scannet fra papirarkivet.');
    expect(await row.textContent()).toContain('Underskrevet original');
    await expect.poll(async () => (await focused(page)).name).toBe('Rediger Bilag 4, scannet');

    await row.getByRole('button', { name: 'Slet Bilag 4, scannet' }).click();
    await expect.poll(async () => (await focused(page)).text).toBe('Ja, slet');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.count()).toBe(0);
    expect((await documents()).items.map((d) => d.title)).toEqual([DOCUMENT_TITLE]);
    const history = page.getByRole('region', { name: 'Historik' });
    await expect.poll(() => history.textContent()).toContain('dokument');
  });

  it('given an empty file or one too large, then the upload says so in Danish and stores nothing', async () => {
    const page = editor;
    const region = documentsRegion(page);
    await region
      .getByLabel('Fil', { exact: true })
      .setInputFiles({ name: 'tom.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
    await region.getByRole('button', { name: 'Upload dokument' }).click();
    await expect.poll(() => region.getByRole('alert').textContent()).toContain('Filen er tom. Vælg en fil med indhold.');

    // Playwright hands the browser files above 50 MB only by path.
    const big = path.join(tmpdir(), `overblik-e2e-stor-${process.pid}.pdf`);
    await writeFile(big, Buffer.alloc(50 * 1024 * 1024 + 1, 0x20));
    try {
      await region.getByLabel('Fil', { exact: true }).setInputFiles(big);
      await region.getByRole('button', { name: 'Upload dokument' }).click();
      await expect
        .poll(() => region.getByRole('alert').textContent(), { timeout: 30_000 })
        .toContain('Filen er for stor. Et dokument må højst fylde 50 MB.');
    } finally {
      await rm(big, { force: true });
    }
    expect((await documents()).total).toBe(1);
    await expectAccessible(page, 'the documents section with an upload error');
  });

  it('given the supplier page, when a text file is dropped there, then a search for its words leads to the supplier', async () => {
    const page = editor;
    await nav(page, 'Leverandører').click();
    await page.getByRole('link', { name: SUPPLIER }).click();
    await expect.poll(() => heading(page)).toBe(SUPPLIER);
    const region = documentsRegion(page);
    await expect.poll(() => region.getByText('Der er ingen dokumenter endnu.').isVisible()).toBe(true);
    // This time the file is dropped onto the drop zone instead of chosen.
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'rammeaftale.txt', { type: 'text/plain' }));
      return transfer;
    }, 'Rammeaftale om Kornblomstfrø og support.');
    const zone = region.locator('.import-drop-zone');
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => region.getByText('Valgt fil: rammeaftale.txt').isVisible()).toBe(true);
    await region.getByRole('button', { name: 'Upload dokument' }).click();
    await expect.poll(() => documentRow(page, 'rammeaftale').count()).toBe(1);
    await expectAccessible(page, 'the supplier page with a document');

    await search(page, 'kornblomstfrø');
    const hit = hits(group(page, 'Dokumenter')).first();
    await expect.poll(() => hit.textContent()).toContain(`Dokument hos leverandøren ${SUPPLIER}`);
    expect(await hit.textContent()).toContain('Fundet i: dokumentets tekst, del 1');
    await hit.getByRole('link', { name: 'rammeaftale' }).click();
    await expect.poll(() => heading(page)).toBe(SUPPLIER);
  });

  it('given a reader (læser), then documents can be downloaded and searched, but not uploaded, changed or deleted', async () => {
    const page = reader;
    await page.goto(contractPath);
    await expect.poll(() => heading(page)).toBe(NAME);
    const region = documentsRegion(page);
    await expect.poll(() => documentRow(page, DOCUMENT_TITLE).count()).toBe(1);
    expect(await region.locator('button').count()).toBe(0);
    expect(await region.locator('input[type=file]').count()).toBe(0);
    await nav(page, 'Kontrakter').click();
    await expect.poll(() => page.getByRole('group', { name: 'Eksportér' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Importér kontrakter' }).count()).toBe(0);
    await search(page, VERSION_WORD);
    await expect.poll(() => hits(group(page, 'Dokumenter')).count()).toBe(1);
    await page.goto('/kontrakter/import');
    await expect.poll(() => page.getByText('Kun redaktører og administratorer kan importere kontrakter.').isVisible()).toBe(true);
    await expectAccessible(page, 'the contract import wizard of a reader');
  });
});
