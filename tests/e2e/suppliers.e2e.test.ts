import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import { browserAvailable, expectAccessible, focused, heading, launchBrowser, logIn, nav, newContext } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';

const ORGANISATION = 'Vejle Kommune';
const EDITOR = { email: 'rikke.rasmussen@vejle.test', name: 'Rikke Rasmussen', password: 'Rikke-skriver-leverandoerer' };
const ADMINISTRATOR = { email: 'anders.aagaard@vejle.test', name: 'Anders Aagaard', password: 'Anders-styrer-vaerdilister' };
const READER = { email: 'lone.larsen@vejle.test', name: 'Lone Larsen', password: 'Lone-laeser-det-hele' };

const SUPPLIER = 'Digitaliseringshuset Vejle A/S';
const CVR = '19435075';
const WRONG_CVR = '19435076';
const FOREIGN = 'Svensk Leverantör AB';

/** Presses a key until the focused element matches, so the test does not depend on the exact tab order. */
async function pressUntil(page: Page, key: string, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (match(now)) return now;
  }
  throw new Error(`pressed ${key} ${max} times without reaching the element; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Rows of an audit table inside `scope`, as [action, entity type]. */
async function historyRows(scope: Locator): Promise<string[][]> {
  return scope
    .locator('table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('td:nth-child(3)')?.textContent?.trim() ?? '',
        tr.querySelector('td:nth-child(4) .audit-object-type')?.textContent?.trim().toLowerCase() ?? '',
        tr.querySelector('td:nth-child(5)')?.textContent?.trim() ?? '',
      ]),
    );
}

const classificationChoices = (page: Page) => page.getByLabel('Klassifikation (valgfri)').locator('option').allTextContents();

describe.skipIf(!browserAvailable())('suppliers and option lists', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: Page;
  let administrator: Page;
  let reader: Page;
  let api: ApiSession;
  let organisationId: string;
  let supplierPath: string;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    // Fixture through the public API: an editor, an administrator and a reader in Vejle, each with a password.
    api = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    organisationId = (await api.organisationByName(ORGANISATION)).id;
    for (const [person, role] of [
      [EDITOR, 'redaktør'],
      [ADMINISTRATOR, 'administrator'],
      [READER, 'læser'],
    ] as const) {
      const added = await api.addMember(organisationId, { email: person.email, name: person.name, role });
      if (!added.invitationUrl) throw new Error('a new person should get an invitation link');
      await acceptInvitation(server.url, added.invitationUrl, person.password);
    }
    editor = await (await newContext(browser, server.url)).newPage();
    administrator = await (await newContext(browser, server.url)).newPage();
    reader = await (await newContext(browser, server.url)).newPage();
    await logIn(editor, EDITOR.email, EDITOR.password);
    await logIn(administrator, ADMINISTRATOR.email, ADMINISTRATOR.password);
    await logIn(reader, READER.email, READER.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given no suppliers, then the list says so and offers an editor to create one', async () => {
    const page = editor;
    await nav(page, 'Leverandører').click();
    await page.waitForURL((url) => url.pathname === '/leverandoerer');
    await expect.poll(() => heading(page)).toBe('Leverandører');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'ingen leverandører' }).isVisible()).toBe(true);
    await expectAccessible(page, 'the empty supplier list');
    await page.getByRole('link', { name: 'Opret leverandør' }).click();
    await page.waitForURL((url) => url.pathname === '/leverandoerer/ny');
    await expect.poll(() => heading(page)).toBe('Opret leverandør');
    await expectAccessible(page, 'the create supplier page');
  });

  it('given a CVR number that fails the modulus-11 check, then the Danish message is shown at the CVR field', async () => {
    const page = editor;
    await page.getByLabel('Navn', { exact: true }).fill(SUPPLIER);
    await page.getByLabel('CVR-nummer').fill(WRONG_CVR);
    await page.getByRole('button', { name: 'Opret leverandør' }).click();
    const cvrError = page.locator('#supplier-cvr-error');
    await expect.poll(() => cvrError.textContent()).toContain('CVR-nummeret består ikke modulus 11-kontrollen.');
    expect(await page.getByLabel('CVR-nummer').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('CVR-nummer').getAttribute('aria-describedby')).toContain('supplier-cvr-error');
    expect(new URL(page.url()).pathname).toBe('/leverandoerer/ny');
    await page.screenshot({ path: '/tmp/overblik-supplier-new.png', fullPage: true });
    await expectAccessible(page, 'the create supplier page with a CVR error');
  });

  it('given a valid CVR number and a classification, then the supplier is created and shown', async () => {
    const page = editor;
    await page.getByLabel('CVR-nummer').fill(CVR);
    await page.getByLabel('Adresse (valgfri)').fill('Dæmningen 12');
    await page.getByLabel('Postnummer').fill('7100');
    await page.getByLabel('By', { exact: true }).fill('Vejle');
    await page.getByLabel('Klassifikation (valgfri)').selectOption({ label: 'Strategisk' });
    await page.getByLabel('Noter (valgfrit)').fill('Leverer ESDH og drift.');
    await page.getByRole('button', { name: 'Opret leverandør' }).click();
    await page.waitForURL((url) => /^\/leverandoerer\/[0-9a-f-]{36}$/.test(url.pathname));
    supplierPath = new URL(page.url()).pathname;
    await expect.poll(() => heading(page)).toBe(SUPPLIER);
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toMatch(new RegExp(`CVR-nummer\\s*${CVR}`));
    await expect.poll(() => main.textContent()).toMatch(/Klassifikation\s*Strategisk/);
    await expect.poll(() => main.textContent()).toMatch(/Adresse\s*Dæmningen 12, 7100 Vejle/);
    await expect.poll(() => main.textContent()).toMatch(/Land\s*Danmark/);
  });

  it('given the supplier page, when the editor adds two contacts and edits one, then the table shows them', async () => {
    const page = editor;
    const contacts = page.getByRole('region', { name: 'Kontaktpersoner' });
    await expect.poll(() => contacts.getByText('Der er ingen kontaktpersoner endnu.').isVisible()).toBe(true);

    await page.locator('#contact-name').fill('Mette Madsen');
    await page.getByLabel('Rolle (valgfri)').fill('Kundeansvarlig');
    await page.getByLabel('E-mail (valgfri)').fill('mette.madsen@digitaliseringshuset.test');
    await page.getByLabel('Telefon (valgfri)').fill('70 20 30 40');
    await page.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
    await expect.poll(() => contacts.getByRole('row', { name: /Mette Madsen/ }).textContent()).toContain('Kundeansvarlig');
    // The form is emptied for the next contact.
    await expect.poll(() => page.locator('#contact-name').inputValue()).toBe('');

    await page.locator('#contact-name').fill('Jonas Jensen');
    await page.locator('#contact-role').fill('Support');
    await page.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
    await expect.poll(() => contacts.getByRole('row', { name: /Jonas Jensen/ }).textContent()).toContain('Support');

    await page.getByRole('button', { name: 'Ret Jonas Jensen' }).click();
    const form = page.getByRole('form', { name: 'Ret kontaktpersonen Jonas Jensen' });
    await expect.poll(async () => (await focused(page)).tag).toBe('input');
    await expectAccessible(page, 'the supplier page editing a contact');
    await form.getByLabel('Rolle (valgfri)').fill('Teknisk support');
    await form.getByLabel('E-mail (valgfri)').fill('jonas.jensen@digitaliseringshuset.test');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => contacts.getByRole('row', { name: /Jonas Jensen/ }).textContent()).toContain('Teknisk support');
    await expect
      .poll(() => contacts.getByRole('row', { name: /Jonas Jensen/ }).textContent())
      .toContain('jonas.jensen@digitaliseringshuset.test');
    await expect.poll(() => contacts.locator('tbody tr').count()).toBe(2);
    // Focus returns to the edit button of the row.
    await expect.poll(async () => (await focused(page)).name).toBe('Ret Jonas Jensen');
  });

  it('given the edit form, when the editor changes the supplier, then it is saved and the history lists creation and change', async () => {
    const page = editor;
    const edit = page.getByRole('region', { name: 'Ret oplysninger' });
    await edit.getByLabel('By', { exact: true }).fill('Vejle Ø');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => edit.getByText('Ændringerne er gemt.').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('main').textContent()).toMatch(/Adresse\s*Dæmningen 12, 7100 Vejle Ø/);

    const history = page.getByRole('region', { name: 'Historik' });
    await expect.poll(async () => (await historyRows(history)).filter(([action]) => action === 'oprettet').length).toBe(1);
    await expect.poll(async () => (await historyRows(history)).filter(([action]) => action === 'ændret').length).toBe(1);
    const rows = await historyRows(history);
    expect(rows.every(([, type]) => type === 'leverandør')).toBe(true);
    expect(rows.find(([action]) => action === 'ændret')?.[2]).toMatch(/by:\s*Vejle\s*.*Vejle Ø/);
    await page.screenshot({ path: '/tmp/overblik-supplier.png', fullPage: true });
    await expectAccessible(page, 'the supplier page of an editor');
  });

  it('given the same CVR number again, then the conflict is explained', async () => {
    const page = editor;
    await page.goto('/leverandoerer/ny');
    await page.getByLabel('Navn', { exact: true }).fill('Kopi af Digitaliseringshuset ApS');
    await page.getByLabel('CVR-nummer').fill(CVR);
    await page.getByRole('button', { name: 'Opret leverandør' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Der findes allerede en leverandør med det CVR-nummer i organisationen.');
    expect(new URL(page.url()).pathname).toBe('/leverandoerer/ny');
  });

  it('given a foreign supplier, then it is created with its country and own id and without a CVR number', async () => {
    const page = editor;
    await page.reload();
    await expect.poll(() => heading(page)).toBe('Opret leverandør');
    await page.getByLabel('Navn', { exact: true }).fill(FOREIGN);
    await page.getByLabel('Udenlandsk leverandør').check();
    expect(await page.getByLabel('CVR-nummer').count()).toBe(0);
    await page.getByLabel('Land (landekode)').fill('se');
    await page.getByLabel('Udenlandsk id (fx momsnummer)').fill('SE556677889901');
    await expectAccessible(page, 'the create supplier page for a foreign supplier');
    await page.getByRole('button', { name: 'Opret leverandør' }).click();
    await page.waitForURL((url) => /^\/leverandoerer\/[0-9a-f-]{36}$/.test(url.pathname));
    await expect.poll(() => heading(page)).toBe(FOREIGN);
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toMatch(/Land\s*Sverige/);
    await expect.poll(() => main.textContent()).toMatch(/Udenlandsk id\s*SE556677889901/);
    expect(await main.textContent()).not.toMatch(/CVR-nummer\s*\d/);
  });

  it('given the list, then the supplier is found by part of its name and by its CVR number, and columns sort', async () => {
    const page = editor;
    await nav(page, 'Leverandører').click();
    await page.waitForURL((url) => url.pathname === '/leverandoerer');
    const table = page.getByRole('table', { name: 'Leverandører' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Viser' }).textContent()).toBe('Viser 1–2 af 2');

    const search = page.getByLabel('Søg på navn, CVR-nummer eller udenlandsk id');
    await search.fill('aliseringshus');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => table.getByRole('link', { name: SUPPLIER }).isVisible()).toBe(true);

    await search.fill(CVR);
    await expect.poll(() => page.url()).toContain('q=');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => table.getByRole('link', { name: SUPPLIER }).isVisible()).toBe(true);

    await search.fill('findes ikke');
    await expect.poll(() => page.getByText('Ingen leverandører matcher søgningen.').isVisible()).toBe(true);

    await search.fill('');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    const names = () => table.locator('tbody tr td:first-child').allTextContents();
    await expect.poll(names).toEqual([SUPPLIER, FOREIGN]);
    const nameHeader = table.getByRole('columnheader', { name: 'Navn' });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await nameHeader.getByRole('button').click();
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(names).toEqual([FOREIGN, SUPPLIER]);

    await page.getByLabel('Klassifikation', { exact: true }).selectOption({ label: 'Strategisk' });
    await expect.poll(names).toEqual([SUPPLIER]);
    await page.getByLabel('Klassifikation', { exact: true }).selectOption({ label: 'Alle klassifikationer' });
    await expect.poll(names).toEqual([FOREIGN, SUPPLIER]);
    await page.screenshot({ path: '/tmp/overblik-suppliers.png', fullPage: true });
    await expectAccessible(page, 'the supplier list');
  });

  it('given an administrator on the option lists, when renaming "Strategisk", then the supplier shows the new name', async () => {
    const page = administrator;
    await nav(page, 'Værdilister').click();
    await page.waitForURL((url) => url.pathname === '/vaerdilister');
    await expect.poll(() => heading(page)).toBe('Værdilister');
    const list = page.getByRole('region', { name: 'Leverandørklassifikation' });
    await expect.poll(() => list.getByRole('row', { name: /Strategisk/ }).textContent()).toMatch(/Standard.*Aktiv/);
    for (const title of ['Kontrakttyper', 'Skabeloner', 'Udbudsformer', 'Aftaleelementer']) {
      expect(await page.getByRole('heading', { name: title, level: 2 }).isVisible()).toBe(true);
    }
    // Criticality is one ordered scale in core, not an organisation's list.
    expect(await page.getByRole('heading', { name: 'Kritikalitet', level: 2 }).count()).toBe(0);
    await expectAccessible(page, 'the option lists page of an administrator');

    await list.getByRole('button', { name: 'Omdøb Strategisk' }).click();
    const field = list.getByLabel('Nyt navn for Strategisk');
    await expect.poll(async () => (await focused(page)).tag).toBe('input');
    await field.fill('Strategisk partner');
    await list.screenshot({ path: '/tmp/overblik-option-list-renaming.png' });
    await expectAccessible(page, 'the option lists page renaming a value');
    await list.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => list.getByRole('row', { name: /Strategisk partner/ }).isVisible()).toBe(true);
    await expect.poll(async () => (await focused(page)).name).toBe('Omdøb Strategisk partner');

    await list.getByRole('button', { name: 'Deaktivér Lille' }).click();
    await expect.poll(() => list.getByRole('row', { name: /Lille/ }).textContent()).toContain('Deaktiveret');

    await list.getByLabel('Ny værdi i Leverandørklassifikation').fill('Nøglepartner');
    await list.getByRole('button', { name: 'Tilføj' }).click();
    await expect.poll(() => list.getByRole('row', { name: /Nøglepartner/ }).textContent()).toMatch(/Egen.*Aktiv/);
    await page.screenshot({ path: '/tmp/overblik-option-lists.png', fullPage: true });
    await list.screenshot({ path: '/tmp/overblik-option-list-classification.png' });

    await page.goto(supplierPath);
    await expect.poll(() => heading(page)).toBe(SUPPLIER);
    await expect.poll(() => page.getByRole('main').textContent()).toMatch(/Klassifikation\s*Strategisk partner/);
  });

  it('given a disabled value, then the create form no longer offers it, and renamed and added values are offered', async () => {
    const page = editor;
    await page.goto('/leverandoerer/ny');
    await expect.poll(() => heading(page)).toBe('Opret leverandør');
    await expect.poll(() => classificationChoices(page)).toContain('Strategisk partner');
    const choices = await classificationChoices(page);
    expect(choices).not.toContain('Lille');
    expect(choices).not.toContain('Strategisk');
    expect(choices).toContain('Nøglepartner');
    expect(choices[0]).toBe('Ingen klassifikation');
  });

  it('given a reader (læser), then suppliers and option lists can be read but not changed', async () => {
    const page = reader;
    await nav(page, 'Leverandører').click();
    await page.waitForURL((url) => url.pathname === '/leverandoerer');
    await expect.poll(() => page.getByRole('link', { name: SUPPLIER }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Opret leverandør' }).count()).toBe(0);
    await expectAccessible(page, 'the supplier list of a reader');

    await page.getByRole('link', { name: SUPPLIER }).click();
    await expect.poll(() => heading(page)).toBe(SUPPLIER);
    await expect.poll(() => page.getByRole('row', { name: /Mette Madsen/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('region', { name: 'Historik' }).locator('tbody tr').count()).toBe(2);
    const main = page.getByRole('main');
    expect(
      await main
        .getByRole('button')
        .filter({ hasText: /Ret|Slet|Tilføj|Gem/ })
        .count(),
    ).toBe(0);
    expect(await main.getByRole('heading', { name: 'Ret oplysninger' }).count()).toBe(0);
    expect(await main.getByRole('textbox').count()).toBe(0);
    await expectAccessible(page, 'the supplier page of a reader');

    await page.goto('/leverandoerer/ny');
    await expect.poll(() => page.getByText('Kun redaktører og administratorer kan oprette leverandører.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Opret leverandør' }).count()).toBe(0);

    await page.goto('/vaerdilister');
    await expect.poll(() => page.getByRole('row', { name: /Strategisk partner/ }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Omdøb|^Deaktivér|^Aktivér|^Tilføj/ }).count()).toBe(0);
    await expectAccessible(page, 'the option lists page of a reader');
  });

  it('given only a keyboard, then the supplier list is reached and a supplier opened with Tab and Enter', async () => {
    const page = editor;
    await page.goto('/');
    await expect.poll(() => heading(page)).toMatch(/^Velkommen/);
    await pressUntil(page, 'Tab', (f) => f.tag === 'button' && f.text === 'Register');
    await page.keyboard.press('Enter');
    await pressUntil(page, 'Tab', (f) => f.tag === 'a' && f.text === 'Leverandører', 3);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/leverandoerer');
    await expect.poll(() => focused(page)).toMatchObject({ id: 'page-heading', text: 'Leverandører' });
    await pressUntil(page, 'Tab', (f) => f.tag === 'a' && f.text === FOREIGN);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => /^\/leverandoerer\/[0-9a-f-]{36}$/.test(url.pathname));
    // The link has the supplier's name too, and the page is loaded when first visited: wait for the heading itself.
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text: FOREIGN });
  });

  it('given the foreign supplier, when the editor deletes it after confirming, then it is gone from the list', async () => {
    const page = editor;
    await page.getByRole('button', { name: 'Slet leverandør' }).click();
    await expect.poll(async () => (await focused(page)).text).toBe('Ja, slet');
    await expect.poll(() => page.getByText(`Slet ${FOREIGN} og dens kontaktpersoner?`).isVisible()).toBe(true);
    await expectAccessible(page, 'the supplier page asking to confirm the deletion');
    await page.getByRole('button', { name: 'Ja, slet' }).click();
    await page.waitForURL((url) => url.pathname === '/leverandoerer');
    await expect.poll(() => page.getByRole('link', { name: SUPPLIER }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: FOREIGN }).count()).toBe(0);
  });

  it('given more suppliers than fit on a page, then the list pages with Forrige and Næste', async () => {
    for (let i = 1; i <= 52; i++) {
      await api.request('POST', `/organisations/${organisationId}/suppliers`, {
        name: `Leverandør ${String(i).padStart(2, '0')} GmbH`,
        country: 'DE',
        foreignId: `DE${100000000 + i}`,
      });
    }
    const page = editor;
    await page.reload();
    const status = page.getByRole('status').filter({ hasText: 'Viser' });
    await expect.poll(() => status.textContent()).toBe('Viser 1–50 af 53');
    const pages = page.getByRole('navigation', { name: 'Sider i leverandørlisten' });
    expect(await pages.getByRole('button', { name: 'Forrige' }).isDisabled()).toBe(true);
    await pages.getByRole('button', { name: 'Næste' }).click();
    await expect.poll(() => status.textContent()).toBe('Viser 51–53 af 53');
    expect(await pages.getByRole('button', { name: 'Næste' }).isDisabled()).toBe(true);
    await pages.getByRole('button', { name: 'Forrige' }).click();
    await expect.poll(() => status.textContent()).toBe('Viser 1–50 af 53');
  });
});
