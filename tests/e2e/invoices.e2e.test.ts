import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Contract, OrderReferenceMappingList, Supplier } from '@overblik/api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, cells, expectAccessible, focused, heading, launchBrowser, logIn, nav, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Viborg Kommune';
/** An administrator of the organisation: may receive invoices, fix their matching and decide them. */
const CONTROLLER = { email: 'ida.kontrol@viborg.test', name: 'Ida Kontrol', password: 'Ida-kontrollerer-fakturaer' };
/** A reader: sees the invoices and the consumption, changes nothing. */
const READER = { email: 'lars.laeser@viborg.test', name: 'Lars Læser', password: 'Lars-laeser-fakturaerne' };

const REFERENCE = path.resolve(import.meta.dirname, '../fixtures/einvoice');
/** OIOUBL 2.01 from Tavleverandøren (CVR 16356700), 20 November 2005: Hejsetavle 1 × 5000 and Beslag 2 × 25, no contract reference. */
const BOARDS = { file: path.join(REFERENCE, 'oioubl-2.0x/gobl_happy-path_real.xml'), number: 'A00095678' };
/** OIOUBL 2.02 from Global Magazine Corporate A/S (not a registered supplier), 2 April 2006: one subscription, 550 kr. */
const MAGAZINE = { file: path.join(REFERENCE, 'oioubl-2.0x/COMPAY_04_04_00_Invoice_v2p2.xml'), number: '65830450' };
/** OIOUBL 2.1 credit note A00095679 from Tavleverandøren with another CVR number (16356706), crediting 5.050,00 kr. */
const CREDIT = { file: path.join(REFERENCE, 'oioubl-2.1/OIOUBL_CreditNote_v2p2.xml'), number: 'A00095679' };
/** A classic XXE attempt: refused for its DOCTYPE before anything is read. */
const XXE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&xxe;</Invoice>
`;

const SUPPLIER = { name: 'Tavleverandøren ApS', cvr: '16356700' };
const CONTRACT = { number: '234', name: 'Tavler og beslag' };

const INBOX = 'Fakturaer og kreditnotaer, nyeste først';
const INTAKE = 'Hvad der skete med hver fil';
const LINES = 'Fakturaens linjer ved siden af kontraktens priselementer';
const DEVIATIONS = 'Afvigelser fundet ved kontrollen, de alvorligste først';

/** The text of the `dd` that follows the `dt` with this label. */
async function detail(page: Page, label: string): Promise<string> {
  const dd = page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  return ((await dd.first().textContent()) ?? '').trim();
}

const invoiceStatus = (page: Page) => page.locator('.contract-lead .badge').first().textContent();

describe.skipIf(!browserAvailable())('invoice control and consumption monitoring', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let api: ApiSession;
  let organisationId: string;
  let contract: Contract;
  let folder: string;
  let xxeFile: string;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    // Fixture through the public API: the controller, the supplier of one example file, and its contract with
    // two price elements — the first numbered as the supplier's item number, the second only named.
    api = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    organisationId = (await api.organisationByName(ORGANISATION)).id;
    const added = await api.addMember(organisationId, { email: CONTROLLER.email, name: CONTROLLER.name, role: 'administrator' });
    if (!added.invitationUrl) throw new Error('a new person should get an invitation link');
    await acceptInvitation(server.url, added.invitationUrl, CONTROLLER.password);
    const reader = await api.addMember(organisationId, { email: READER.email, name: READER.name, role: 'læser' });
    if (!reader.invitationUrl) throw new Error('a new person should get an invitation link');
    await acceptInvitation(server.url, reader.invitationUrl, READER.password);
    const supplier = await api.request<Supplier>('POST', `/organisations/${organisationId}/suppliers`, SUPPLIER);
    contract = await api.request<Contract>('POST', `/organisations/${organisationId}/contracts`, {
      ...CONTRACT,
      supplierId: supplier.id,
      inForceFrom: '2005-01-01',
      termKind: 'ongoing',
    });
    const elements = `/organisations/${organisationId}/contracts/${contract.id}/price-elements`;
    await api.request('POST', elements, {
      number: '5712345780121',
      name: 'Hejsetavle',
      unitPrice: '4500',
      unitCode: 'EA',
      recurrence: 'one_off',
    });
    await api.request('POST', elements, { name: 'Beslag til tavle', unitPrice: '25', unitCode: 'EA', recurrence: 'one_off' });
    folder = await mkdtemp(path.join(tmpdir(), 'overblik-e2e-invoices-'));
    xxeFile = path.join(folder, 'xxe-faktura.xml');
    await writeFile(xxeFile, XXE);
    page = await (await newContext(browser, server.url)).newPage();
    await logIn(page, CONTROLLER.email, CONTROLLER.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('given an empty inbox, when two e-invoices and a file with a DOCTYPE are chosen at once, then two are received and the third is refused with its reason', async () => {
    await nav(page, 'Fakturaer').click();
    await page.waitForURL((url) => url.pathname === '/fakturaer');
    await expect.poll(() => heading(page)).toBe('Fakturaer');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'ingen åbne fakturaer' }).isVisible()).toBe(true);
    await expectAccessible(page, 'the empty invoice inbox');

    await page.getByLabel('XML-filer med fakturaer eller kreditnotaer').setInputFiles([BOARDS.file, MAGAZINE.file, xxeFile]);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Afvist:' }).textContent())
      .toBe('Modtaget: 2. Allerede modtaget før: 0. Afvist: 1.');
    // The report is announced by moving focus to its heading.
    expect((await focused(page)).id).toBe('invoice-intake-heading');
    const report = await cells(page.getByRole('table', { name: INTAKE }));
    expect(report.map((r) => r.slice(0, 2))).toEqual([
      ['gobl_happy-path_real.xml', 'Modtaget'],
      ['COMPAY_04_04_00_Invoice_v2p2.xml', 'Modtaget'],
      ['xxe-faktura.xml', 'Afvist'],
    ]);
    expect(report[0]?.[2]).toContain(`Faktura ${BOARDS.number}`);
    expect(report[2]?.[2]).toContain('Filen indeholder en DOCTYPE-erklæring');
    expect(report[2]?.[2]).toContain('Linje 2 i filen');

    // Newest first: the magazine (2006) before the boards (2005); neither is decided, so both are open.
    const rows = await cells(page.getByRole('table', { name: INBOX }));
    expect(rows.map((r) => r[0])).toEqual([MAGAZINE.number, BOARDS.number]);
    const [magazine, boards] = rows;
    expect(magazine).toEqual([
      MAGAZINE.number,
      'Faktura',
      '2. apr. 2006',
      'Global Magazine Corporate A/S',
      'Ikke matchet',
      '550,00 DKK',
      'Kontrolleret',
      expect.stringMatching(/^Fejl \d+ afvigelser, 550,00 DKK$/),
    ]);
    expect(boards?.slice(0, 7)).toEqual([
      BOARDS.number,
      'Faktura',
      '20. nov. 2005',
      'Tavleverandøren',
      CONTRACT.number,
      '5.050,00 DKK',
      'Kontrolleret',
    ]);
    expect(boards?.[7]).toMatch(/^Fejl \d+ afvigelser, 500,00 DKK$/);
    await expectAccessible(page, 'the invoice inbox with an intake report');
  });

  it('given the same file again, then it is reported as received before with a link to the invoice', async () => {
    await page.getByLabel('XML-filer med fakturaer eller kreditnotaer').setInputFiles([BOARDS.file]);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Afvist:' }).textContent())
      .toBe('Modtaget: 0. Allerede modtaget før: 1. Afvist: 0.');
    const intake = page.getByRole('table', { name: INTAKE });
    expect((await cells(intake))[0]?.[1]).toBe('Allerede modtaget');
    expect(await intake.getByRole('link', { name: `Faktura ${BOARDS.number}` }).count()).toBe(1);
  });

  it('given the filters, then "only without a contract" and a search narrow the inbox', async () => {
    const table = page.getByRole('table', { name: INBOX });
    await page.getByLabel('Kun fakturaer uden kontrakt').check();
    await expect.poll(async () => (await cells(table)).map((r) => r[0])).toEqual([MAGAZINE.number]);
    await page.getByLabel('Kun fakturaer uden kontrakt').uncheck();
    await page.getByLabel('Søg efter fakturanummer eller leverandør').fill('Tavle');
    await expect.poll(async () => (await cells(table)).map((r) => r[0])).toEqual([BOARDS.number]);
    await page.getByLabel('Søg efter fakturanummer eller leverandør').fill('');
    await expect.poll(async () => (await cells(table)).length).toBe(2);
  });

  it('given the invoice from the contract’s supplier, when opened, then each line is shown beside its price element with its deviations', async () => {
    await page.getByRole('table', { name: INBOX }).getByRole('link', { name: BOARDS.number }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/fakturaer/'));
    await expect.poll(() => heading(page)).toBe(`Faktura ${BOARDS.number}`);
    expect(await detail(page, 'Leverandørens CVR-nummer')).toBe(SUPPLIER.cvr);
    expect(await detail(page, 'Kontrakt')).toContain(`${CONTRACT.number} ${CONTRACT.name}`);
    expect(await detail(page, 'Kontrakt')).toContain('Leverandørens eneste aktive kontrakt');
    expect(await detail(page, 'Ordrereference')).toBe('5002701');
    expect(await detail(page, 'Beløb ekskl. moms')).toBe('5.050,00 DKK');
    expect(await detail(page, 'At betale')).toBe('6.312,50 DKK');
    const sha256 = await detail(page, 'SHA-256');
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    // The original file, exactly as received.
    const href = await page.getByRole('link', { name: /Hent den originale XML-fil/ }).getAttribute('href');
    const xml = await page.request.get(href ?? '');
    expect(xml.status()).toBe(200);
    expect(xml.headers()['x-content-sha256']).toBe(sha256);

    const lines = await cells(page.getByRole('table', { name: LINES }));
    expect(lines).toHaveLength(2);
    const [board, fittings] = lines;
    // Amounts in DKK (the currency is in the column headings), the contract's price beside the invoiced one.
    expect(board?.slice(0, 5)).toEqual(['1', 'HejsetavleVarenr. 5712345780121', '1 stk.', '5.000,00', '5.000,00']);
    expect(board?.[5]).toMatch(/^5712345780121 Hejsetavle/);
    expect(board?.slice(6, 8)).toEqual(['4.500,00', '4.500,00']);
    expect(board?.[8]).toContain('Priselementets nummer');
    expect(board?.[9]).toMatch(/^Fejl Pris over kontrakten/);
    expect(board?.[9]).toContain('500,00 DKK');
    expect(fittings?.[5]).toMatch(/^Beslag til tavle/);
    expect(fittings?.[8]).toContain('Forslag ud fra teksten Usikker');
    expect(fittings?.[9]).toBe('Info Usikkert priselement');
    expect(await page.getByRole('table', { name: LINES }).locator('thead').textContent()).toContain(
      'Tilladt pris efter regulering (DKK)',
    );

    const deviations = await cells(page.getByRole('table', { name: DEVIATIONS }));
    expect(deviations[0]?.[0]).toBe('Fejl');
    expect(deviations.find((d) => d[1] === '1')?.[3]).toBe('500,00 DKK');
    await expectAccessible(page, 'an invoice with deviations');
  });

  it('when the uncertain line is confirmed and the contract assigned with its order reference remembered, then the invoice is checked again', async () => {
    const linesTable = page.getByRole('table', { name: LINES });
    await page.getByRole('button', { name: 'Vælg priselement for linje 2' }).click();
    await page.getByLabel('Priselement for linje 2', { exact: true }).selectOption({ label: 'Beslag til tavle (25,00 DKK)' });
    await page.getByLabel('Husk varenummeret 5712345780111 til dette priselement').check();
    await page.getByRole('form', { name: 'Vælg priselement for linje 2' }).getByRole('button', { name: 'Gem' }).click();
    await expect.poll(async () => (await cells(linesTable))[1]?.[8]).toContain('Valgt manuelt');
    expect((await cells(linesTable))[1]?.[8]).not.toContain('Usikker');
    expect((await focused(page)).name).toBe('Vælg priselement for linje 2');

    const section = page.getByRole('region', { name: 'Kontrakt', exact: true });
    await section.getByLabel('Søg efter kontrakt').fill('Tavler');
    await section
      .getByRole('combobox', { name: 'Kontrakt', exact: true })
      .selectOption({ label: `${CONTRACT.number} – ${CONTRACT.name}` });
    await section.getByLabel('Husk ordrereferencen "5002701" til denne kontrakt').check();
    await section.getByRole('button', { name: 'Knyt til kontrakten' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toBe('Gemt. Fakturaen er kontrolleret igen.');
    await expect.poll(() => detail(page, 'Kontrakt')).toContain('Valgt manuelt');
    const remembered = await api.request<OrderReferenceMappingList>(
      'GET',
      `/organisations/${organisationId}/invoice-order-references`,
    );
    expect(remembered.items.map((m) => [m.orderReference, m.contractNumber])).toEqual([['5002701', CONTRACT.number]]);
  });

  it('when the controller disputes it, then the text for the supplier is shown read-only, ready to copy', async () => {
    const decision = page.getByRole('region', { name: 'Afgørelse', exact: true });
    // Nothing is chosen beforehand: submitting without a choice says what is missing, at the choice.
    for (const option of ['Godkend', 'Bestrid', 'Afvis']) expect(await decision.getByLabel(option).isChecked()).toBe(false);
    await decision.getByRole('button', { name: 'Træf afgørelse' }).click();
    await expect
      .poll(() => decision.getByText('Vælg, om fakturaen skal godkendes, bestrides eller afvises.').isVisible())
      .toBe(true);
    expect((await focused(page)).id).toBe('invoice-decision-approved');
    await expectAccessible(page, 'a decision submitted without a choice');
    expect(await invoiceStatus(page)).toBe('Kontrolleret');
    await decision.getByLabel('Bestrid').check();
    await expect.poll(() => decision.getByText('Vælg, om fakturaen skal godkendes, bestrides eller afvises.').count()).toBe(0);
    await decision.getByLabel('Kommentar', { exact: true }).fill('Hejsetavlen er faktureret 500 kr. over kontraktens pris.');
    await decision.getByRole('button', { name: 'Bestrid fakturaen' }).click();
    await expect.poll(() => invoiceStatus(page)).toBe('Bestridt');
    const letter = decision.getByLabel('Tekst til leverandøren');
    await expect.poll(() => letter.inputValue()).toContain(BOARDS.number);
    expect(await letter.inputValue()).toContain('500,00');
    expect(await letter.getAttribute('readonly')).not.toBeNull();
    expect(await detail(page, 'Afgjort af')).toBe(CONTROLLER.name);
    expect(await detail(page, 'Kommentar')).toBe('Hejsetavlen er faktureret 500 kr. over kontraktens pris.');
    await decision.getByRole('button', { name: 'Kopiér teksten' }).click();
    await expect.poll(() => decision.getByRole('status').filter({ hasText: 'Kopieret' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await letter.inputValue());
    await expectAccessible(page, 'a disputed invoice');
  });

  it('given the invoice without a contract, when it is marked as bought outside contract, then it can be approved with a comment', async () => {
    await page.goto('/fakturaer');
    await page.getByRole('table', { name: INBOX }).getByRole('link', { name: MAGAZINE.number }).click();
    await expect.poll(() => heading(page)).toBe(`Faktura ${MAGAZINE.number}`);
    expect(await detail(page, 'Kontrakt')).toContain('Ikke matchet');
    const decision = page.getByRole('region', { name: 'Afgørelse', exact: true });
    await decision.getByLabel('Godkend').check();
    await expect
      .poll(() =>
        decision.getByText('Fakturaen skal knyttes til en kontrakt eller markeres som køb uden for kontrakt').isVisible(),
      )
      .toBe(true);
    expect(await decision.getByRole('button', { name: 'Godkend fakturaen' }).isDisabled()).toBe(true);

    const section = page.getByRole('region', { name: 'Kontrakt', exact: true });
    await section.getByLabel('Køb uden for kontrakt', { exact: true }).check();
    await section.getByRole('button', { name: 'Markér som køb uden for kontrakt' }).click();
    await expect.poll(() => section.getByText('Skriv en begrundelse på mindst 3 tegn.').isVisible()).toBe(true);
    expect((await focused(page)).id).toBe('invoice-outside-reason');
    await section.getByLabel('Begrundelse for køb uden for kontrakt').fill('Enkeltkøb af et tidsskrift under tærskelværdien.');
    await section.getByRole('button', { name: 'Markér som køb uden for kontrakt' }).click();
    await expect.poll(() => detail(page, 'Kontrakt')).toContain('Uden for kontrakt');
    expect(await detail(page, 'Kontrakt')).toContain('Enkeltkøb af et tidsskrift under tærskelværdien.');

    // Deviations remain (an unknown supplier), so approving needs a comment.
    expect(await decision.getByRole('button', { name: 'Godkend fakturaen' }).isDisabled()).toBe(false);
    await decision.getByRole('button', { name: 'Godkend fakturaen' }).click();
    await expect.poll(() => decision.getByText('Skriv en kommentar.').isVisible()).toBe(true);
    await decision.getByLabel('Kommentar (skal udfyldes)').fill('Godkendt af afdelingschefen; leverandøren oprettes ikke.');
    await decision.getByRole('button', { name: 'Godkend fakturaen' }).click();
    await expect.poll(() => invoiceStatus(page)).toBe('Godkendt');
    expect(await detail(page, 'Afgjort af')).toBe(CONTROLLER.name);
    expect(await decision.getByLabel('Tekst til leverandøren').count()).toBe(0);
    await expectAccessible(page, 'an approved invoice');

    // The approved invoice has left the open ones; the disputed one is still open.
    await page.goto('/fakturaer');
    await expect
      .poll(async () => (await cells(page.getByRole('table', { name: INBOX }))).map((r) => r[0]))
      .toEqual([BOARDS.number]);
    await page.getByLabel('Status').selectOption({ label: 'Godkendt' });
    await expect
      .poll(async () => (await cells(page.getByRole('table', { name: INBOX }))).map((r) => r[0]))
      .toEqual([MAGAZINE.number]);
  });

  it('given a reader, then the inbox offers no upload and the open invoice says why it cannot be decided or changed', async () => {
    const reader = await (await newContext(browser, server.url)).newPage();
    await logIn(reader, READER.email, READER.password);
    await nav(reader, 'Fakturaer').click();
    await expect.poll(() => heading(reader)).toBe('Fakturaer');
    await expect
      .poll(async () => (await cells(reader.getByRole('table', { name: INBOX }))).map((r) => r[0]))
      .toEqual([BOARDS.number]);
    expect(await reader.getByRole('heading', { name: 'Modtag fakturaer' }).count()).toBe(0);
    expect(await reader.getByRole('button', { name: 'Kontrollér åbne fakturaer igen' }).count()).toBe(0);

    await reader.getByRole('table', { name: INBOX }).getByRole('link', { name: BOARDS.number }).click();
    await expect.poll(() => heading(reader)).toBe(`Faktura ${BOARDS.number}`);
    const decision = reader.getByRole('region', { name: 'Afgørelse', exact: true });
    await expect.poll(() => decision.getByText('Du kan ikke afgøre fakturaen').isVisible()).toBe(true);
    expect(await decision.getByRole('button', { name: /fakturaen$/ }).count()).toBe(0);
    // The letter to the supplier can still be read.
    expect(await decision.getByLabel('Tekst til leverandøren').inputValue()).toContain(BOARDS.number);
    expect(await reader.getByRole('region', { name: 'Kontrakt', exact: true }).count()).toBe(0);
    expect(await reader.getByRole('button', { name: /Vælg priselement/ }).count()).toBe(0);
    await expectAccessible(reader, 'an invoice seen by a reader');
    await reader.context().close();
  });

  it('given the contract page, then its Fakturaer section counts the invoice and links to it', async () => {
    await page.goto(`/kontrakter/${contract.id}`);
    await expect.poll(() => heading(page)).toBe(CONTRACT.name);
    const section = page.getByRole('region', { name: 'Fakturaer', exact: true });
    await expect.poll(() => section.textContent()).toContain('1 faktura er knyttet til kontrakten; 1 er åben.');
    await section.getByRole('link', { name: 'Se kontraktens fakturaer' }).click();
    await page.waitForURL((url) => url.pathname === '/fakturaer' && url.searchParams.get('contractId') === contract.id);
    await expect
      .poll(async () => (await cells(page.getByRole('table', { name: INBOX }))).map((r) => r[0]))
      .toEqual([BOARDS.number]);
  });

  it('given the year of each invoice, then the consumption page shows each chart followed by its table with the right totals', async () => {
    await nav(page, 'Forbrug').click();
    await page.waitForURL((url) => url.pathname === '/forbrug');
    await expect.poll(() => heading(page)).toBe('Forbrugsmonitorering');

    await page.getByLabel('År', { exact: true }).selectOption('2005');
    const months = page.getByRole('table', {
      name: 'Faktureret pr. måned i 2005 inden for og uden for kontrakt (DKK ekskl. moms)',
    });
    await expect
      .poll(() => months.locator('tfoot tr').evaluate((tr) => [...tr.children].map((c) => c.textContent?.trim())))
      .toEqual(['Hele året', '5.050,00 DKK', '0,00 DKK', '5.050,00 DKK']);
    expect((await cells(months)).find((r) => r[0] === 'November 2005')).toEqual([
      'November 2005',
      '5.050,00 DKK',
      '0,00 DKK',
      '5.050,00 DKK',
    ]);
    expect(await cells(months)).toHaveLength(12);
    // The charts are pictures of the tables: drawn on a canvas hidden from assistive technology.
    const charts = page.locator('.echart');
    await expect.poll(() => charts.count()).toBe(2);
    expect(await charts.first().getAttribute('aria-hidden')).toBe('true');
    await expect.poll(() => charts.first().locator('canvas').count()).toBe(1);
    const top = await cells(page.getByRole('table', { name: /største leverandør i 2005/ }));
    expect(top).toEqual([[SUPPLIER.name, '5.050,00 DKK', '0,00 DKK', '5.050,00 DKK']]);
    const contracts = await cells(page.getByRole('table', { name: /Faktureret pr\. kontrakt i 2005/ }));
    expect(contracts[0]?.slice(0, 3)).toEqual([`${CONTRACT.number} ${CONTRACT.name}`, SUPPLIER.name, '5.050,00 DKK']);
    await expectAccessible(page, 'the consumption page');

    await page.getByLabel('År', { exact: true }).selectOption('2006');
    const months2006 = page.getByRole('table', { name: /Faktureret pr\. måned i 2006/ });
    await expect
      .poll(() => months2006.locator('tfoot tr').evaluate((tr) => [...tr.children].map((c) => c.textContent?.trim())))
      .toEqual(['Hele året', '0,00 DKK', '550,00 DKK', '550,00 DKK']);
    const download = await page.request.get((await page.getByRole('link', { name: 'Excel (.xlsx)' }).getAttribute('href')) ?? '');
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');
  });

  it('given a credit note, then the intake report, the inbox and its page call it a credit note, and its amount in question is at most its amount', async () => {
    await nav(page, 'Fakturaer').click();
    await page.waitForURL((url) => url.pathname === '/fakturaer');
    await page.getByLabel('XML-filer med fakturaer eller kreditnotaer').setInputFiles([CREDIT.file]);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Afvist:' }).textContent())
      .toBe('Modtaget: 1. Allerede modtaget før: 0. Afvist: 0.');
    const intake = page.getByRole('table', { name: INTAKE });
    expect((await cells(intake))[0]?.[2]).toContain(`Kreditnota ${CREDIT.number}`);
    expect((await cells(intake))[0]?.[2]).not.toContain('Faktura');
    const row = (await cells(page.getByRole('table', { name: INBOX }))).find((r) => r[0] === CREDIT.number);
    expect(row?.[1]).toBe('Kreditnota');
    // Its deviations (no contract, a possible duplicate …) overlap: at most its 5.050,00, not their sum.
    expect(row?.[7]).toMatch(/afvigelser(, 5\.050,00 DKK)?$/);
    await page.getByRole('table', { name: INBOX }).getByRole('link', { name: CREDIT.number }).click();
    await expect.poll(() => heading(page)).toBe(`Kreditnota ${CREDIT.number}`);
    expect(await detail(page, 'Type')).toBe('Kreditnota');
    await expectAccessible(page, 'a credit note');

    // Its supplier (another CVR number, the same name) credits as much as it invoiced: not among the largest suppliers.
    await nav(page, 'Forbrug').click();
    await page.waitForURL((url) => url.pathname === '/forbrug');
    await page.getByLabel('År', { exact: true }).selectOption('2005');
    await expect
      .poll(async () => (await cells(page.getByRole('table', { name: /største leverandør i 2005/ }))).map((r) => r[0]))
      .toEqual([SUPPLIER.name]);
  });
});
