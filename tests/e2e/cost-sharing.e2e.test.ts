import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CostPlan, Organisation } from '@overblik/api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, acceptInvitation } from './api.ts';
import {
  browserAvailable,
  cells,
  expectAccessible,
  heading,
  launchBrowser,
  logIn,
  menuItems,
  nav,
  newContext,
} from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';
import { overflowProblems } from './tour.ts';

const JOINT = 'Midtjysk Digitaliseringsfællesskab';
/** An administrator of the joint organisation: imports populations and describes the project. */
const COORDINATOR = { email: 'karen.koordinator@midtjysk.test', name: 'Karen Koordinator', password: 'Karen-fordeler-udgifter' };
/** A reader in a member municipality: sees what Viborg will pay, changes nothing. */
const BUDGET = { email: 'bo.budget@viborg.test', name: 'Bo Budget', password: 'Bo-laegger-budgettet' };
const MUNICIPALITY = 'Viborg Kommune';

const PROJECT = 'Fælles borgerportal';

/**
 * FOLK1A as Statistikbanken exports it (OMRÅDE;TID;INDHOLD): the population on 1 January 2025 and 2026 ("2025K1"),
 * with the whole country, a region and a landsdel that the import skips.
 */
const FOLK1A = [
  'OMRÅDE;TID;INDHOLD',
  'Hele landet;2025K1;5961249',
  'Region Midtjylland;2025K1;1366701',
  'Landsdel Østjylland;2025K1;935452',
  '751 Aarhus;2025K1;367095',
  '791 Viborg;2025K1;97905',
  '740 Silkeborg;2025K1;100404',
  'Hele landet;2026K1;5990000',
  '751 Aarhus;2026K1;371000',
  '791 Viborg;2026K1;98100',
  '740 Silkeborg;2026K1;101000',
  '',
].join('\r\n');

/** 10 kr. per inhabitant: Viborg pays 97.905 × 10 kr. for 2025 and 98.100 × 10 kr. for 2026, to the øre. */
const VIBORG = { y2025: '979.050,00 DKK', y2026: '981.000,00 DKK', total: '1.960.050,00 DKK' };

/** "1234567.8" as the Danish pages show it: "1.234.567,80 DKK". */
function danishMoney(amount: string): string {
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount.startsWith('-') ? '-' : ''}${grouped},${fraction.padEnd(2, '0')} DKK`;
}

describe.skipIf(!browserAvailable())('cost sharing: a joint project from populations to the member’s budget', () => {
  let server: TestServer;
  let browser: Browser;
  let coordinator: Page;
  let member: Page;
  let admin: ApiSession;
  let joint: Organisation;
  let folder: string;
  let populationFile: string;
  let projectPath: string;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    // Fixture through the public API: the joint organisation with its coordinator, and a reader in Viborg.
    admin = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    joint = await admin.request<Organisation>('POST', '/organisations', { kind: 'fællesskab', name: JOINT });
    const added = await admin.addMember(joint.id, { email: COORDINATOR.email, name: COORDINATOR.name, role: 'administrator' });
    if (!added.invitationUrl) throw new Error('a new person should get an invitation link');
    await acceptInvitation(server.url, added.invitationUrl, COORDINATOR.password);
    const viborg = await admin.organisationByName(MUNICIPALITY);
    const reader = await admin.addMember(viborg.id, { email: BUDGET.email, name: BUDGET.name, role: 'læser' });
    if (!reader.invitationUrl) throw new Error('a new person should get an invitation link');
    await acceptInvitation(server.url, reader.invitationUrl, BUDGET.password);

    folder = await mkdtemp(path.join(tmpdir(), 'overblik-e2e-costs-'));
    populationFile = path.join(folder, 'FOLK1A.csv');
    await writeFile(populationFile, FOLK1A);
    coordinator = await (await newContext(browser, server.url)).newPage();
    member = await (await newContext(browser, server.url)).newPage();
    await logIn(coordinator, COORDINATOR.email, COORDINATOR.password);
    await logIn(member, BUDGET.email, BUDGET.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('given a joint organisation, then its menu has its projects and populations; a municipality’s has only Fællesskaber', async () => {
    const items = await menuItems(coordinator);
    expect(items).toEqual(expect.arrayContaining(['Fællesskaber', 'Fællesprojekter', 'Indbyggertal']));
    const memberItems = await menuItems(member);
    expect(memberItems).toContain('Fællesskaber');
    expect(memberItems).not.toContain('Fællesprojekter');
    expect(memberItems).not.toContain('Indbyggertal');
  });

  it('when a FOLK1A file from Statistikbanken is chosen, then the dry run reports it, and "Importér" imports the figures', async () => {
    const page = coordinator;
    await nav(page, 'Indbyggertal').click();
    await page.waitForURL((url) => url.pathname === '/indbyggertal');
    await expect.poll(() => heading(page)).toBe('Indbyggertal');
    await expect.poll(() => page.getByText('Der er ingen indbyggertal endnu.').isVisible()).toBe(true);
    await expectAccessible(page, 'the empty populations page');

    await page.getByLabel('Fil med indbyggertal (.csv eller .xlsx)').setInputFiles(populationFile);
    await expect.poll(() => page.getByRole('heading', { name: 'Kontrol af FOLK1A.csv' }).isVisible()).toBe(true);
    const summary = page.locator('dl.summary-list');
    await expect.poll(() => summary.textContent()).toContain('Statistikbanken, lang form');
    expect(await summary.textContent()).toContain('Indbyggertal i filen6');
    expect(await summary.textContent()).toContain('Nye6');
    expect(await summary.textContent()).toContain('Rækker sprunget over4');
    // Nothing is written by the dry run.
    expect(await page.getByText('Der er ingen indbyggertal endnu.').isVisible()).toBe(true);
    await page.getByText('4 rækker er sprunget over').click();
    const skipped = await cells(page.getByRole('table', { name: 'Rækker, der ikke er en kommune eller ikke er et samlet tal' }));
    expect(skipped.map((r) => r[1])).toEqual(['Hele landet', 'Region Midtjylland', 'Landsdel Østjylland', 'Hele landet']);
    await expectAccessible(page, 'the dry run of a population import');

    await page.getByRole('button', { name: 'Importér 6 indbyggertal' }).click();
    await expect.poll(() => page.getByText('6 indbyggertal er importeret: 6 nye, 0 ændrede.').isVisible()).toBe(true);
    // The newest day is shown first; the other can be chosen.
    const figures = page.getByRole('table', { name: /^Indbyggertal pr\. 1\. jan\. 2026/ });
    await expect
      .poll(async () => (await cells(figures)).map((r) => r.slice(0, 3)))
      .toEqual([
        ['740', 'Silkeborg', '101.000'],
        ['751', 'Aarhus', '371.000'],
        ['791', 'Viborg', '98.100'],
      ]);
    await page.getByLabel('Dato', { exact: true }).selectOption('2025-01-01');
    const earlier = page.getByRole('table', { name: /^Indbyggertal pr\. 1\. jan\. 2025/ });
    await expect.poll(async () => (await cells(earlier)).find((r) => r[0] === '791')?.[2]).toBe('97.905');
    const history = await cells(page.getByRole('table', { name: 'Importer af indbyggertal, nyeste først' }));
    expect(history).toHaveLength(1);
    expect(history[0]?.slice(1)).toEqual(['FOLK1A.csv', 'Statistikbanken, lang form', '6', '0', COORDINATOR.email]);
    await expectAccessible(page, 'the populations page after an import');
  });

  it('given a new project without a price or with its period reversed, then the form lists each problem at its path', async () => {
    const page = coordinator;
    await nav(page, 'Fællesprojekter').click();
    await page.waitForURL((url) => url.pathname === '/faellesprojekter');
    await expect.poll(() => heading(page)).toBe('Fællesprojekter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'ingen projekter' }).isVisible()).toBe(true);
    await expectAccessible(page, 'the empty project list');
    await page.getByRole('link', { name: 'Opret projekt' }).click();
    await page.waitForURL((url) => url.pathname === '/faellesprojekter/nyt');
    await expect.poll(() => heading(page)).toBe('Opret projekt');
    await expect.poll(() => page.getByRole('button', { name: 'Tilføj alle 98' }).isEnabled()).toBe(true);
    await expectAccessible(page, 'the new project form');

    await page.getByLabel('Navn', { exact: true }).fill(PROJECT);
    await page.getByLabel('Tilbagebetalingsperioden starter').fill('2025-01-01');
    await page.getByLabel('Tilbagebetalingsperioden slutter').fill('2026-12-31');
    await page.getByRole('button', { name: 'Opret projekt' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Ret fejlene, før projektet kan gemmes' });
    // The place in words, never a JSON path.
    await expect.poll(() => alert.textContent()).toContain('model: sats:');
    expect(await alert.textContent()).not.toContain('$.');
    expect(await page.getByLabel('Pris pr. indbygger pr. år (kr.)').getAttribute('aria-invalid')).toBe('true');

    // What the browser can read but the rules refuse is answered by the server with the place of each problem.
    await page.getByLabel('Pris pr. indbygger pr. år (kr.)').fill('10');
    await page.getByLabel('Tilbagebetalingsperioden slutter').fill('2024-12-31');
    await page.getByRole('button', { name: 'Opret projekt' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'Projektbeskrivelsen har fejl' });
    await expect.poll(() => refused.textContent()).toContain('periode: start ligger efter end');
    expect(await page.getByLabel('Tilbagebetalingsperioden starter').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'the project form with the server’s errors');
    await page.getByLabel('Tilbagebetalingsperioden slutter').fill('2026-12-31');
  });

  it('when the project is described with a pilot and an udtræden and saved, then its opkrævningsplan is shown', async () => {
    const page = coordinator;
    for (const [n, code] of [
      [1, '791'],
      [2, '751'],
      [3, '740'],
    ] as const) {
      await page.getByRole('button', { name: 'Tilføj kommune' }).click();
      await page.getByLabel(`Kommune, medlem ${n}`).selectOption(code);
    }
    // New members are available from the start of the period.
    expect(await page.getByLabel('Til rådighed fra – Viborg').inputValue()).toBe('2025-01-01');
    await page.getByLabel('Bølge – Viborg').fill('1');
    await page.getByLabel('Bølge – Aarhus').fill('pilot');
    await page.getByLabel('Pilotkommune – Aarhus').check();
    await page.getByLabel('Udtræder – Silkeborg').fill('2026-01-01');
    await expectAccessible(page, 'the filled-in project form');
    await page.getByRole('button', { name: 'Opret projekt' }).click();

    await page.waitForURL((url) => /^\/faellesprojekter\/[0-9a-f-]{36}$/.test(url.pathname));
    projectPath = new URL(page.url()).pathname;
    await expect.poll(() => heading(page)).toBe(PROJECT);
    expect(await page.locator('.font-lead').first().textContent()).toBe(
      'Pris pr. indbygger, 1. jan. 2025 – 31. dec. 2026, 3 medlemmer.',
    );
    const members = page.getByRole('table', { name: 'Hvad hver medlemskommune betaler pr. budgetår og i alt (DKK)' });
    await expect
      .poll(async () => (await cells(members)).find((r) => r[0] === '791'))
      .toEqual(['791', 'Viborg Kommune', '1', 'Nej', '1. jan. 2025', '–', VIBORG.y2025, VIBORG.y2026, VIBORG.total]);
    const rows = await cells(members);
    expect(rows.find((r) => r[0] === '751')?.slice(1, 4)).toEqual(['Aarhus Kommune', 'pilot', 'Ja']);
    expect(rows.find((r) => r[0] === '740')?.[5]).toBe('1. jan. 2026');

    // The chart is drawn, and the table right under it has the same totals per budget year as the plan.
    const plan = await admin.request<CostPlan>(
      'GET',
      `/organisations/${joint.id}${projectPath.replace('/faellesprojekter', '/cost-projects')}/plan`,
    );
    const section = page.getByRole('region', { name: 'Opkrævet pr. budgetår' });
    expect(await section.locator('.echart canvas').count()).toBeGreaterThan(0);
    const years = section.getByRole('table', { name: `${PROJECT}: opkrævet pr. budgetår efter fakturadato (DKK)` });
    expect(await cells(years)).toEqual(plan.totalsByYear.map((y) => [String(y.year), danishMoney(y.amount)]));
    expect(await cells(years, { part: 'tfoot' })).toEqual([['I alt', danishMoney(plan.total)]]);
    expect(plan.totalsByYear.map((y) => y.year)).toEqual([2025, 2026]);
    await expectAccessible(page, 'the opkrævningsplan');
    // The member table's years and "I alt" are all there: the table fits or scrolls in its own region.
    expect(await overflowProblems(page)).toEqual([]);

    // Silkeborg leaves on 1 January 2026 and pays the rest of the period with an udtrædelse invoice that day.
    await page.getByRole('button', { name: 'Vis fakturaer for Silkeborg Kommune' }).click();
    const invoices = await cells(page.getByRole('table', { name: 'Fakturaer til Silkeborg Kommune' }));
    const exit = invoices.find((r) => r[3] === 'Udtrædelse');
    expect(exit?.slice(0, 3)).toEqual(['1. jan. 2026', '1. jan. 2026 – 31. dec. 2026', '1.010.000,00 DKK']);
    expect(exit?.[4]).not.toBe('');
    expect(await page.getByRole('button', { name: 'Skjul fakturaer for Silkeborg Kommune' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    await expectAccessible(page, 'a member’s invoices in the plan');
  });

  it('given the plan, then its .xlsx export is a workbook', async () => {
    const page = coordinator;
    const href = await page
      .getByRole('group', { name: 'Eksportér' })
      .getByRole('link', { name: 'Excel (.xlsx)' })
      .getAttribute('href');
    expect(href).toMatch(/\/plan\/export\?format=xlsx$/);
    const download = await page.request.get(href ?? '');
    expect(download.status()).toBe(200);
    const body = await download.body();
    // An .xlsx file is a zip archive: it starts with "PK\x03\x04".
    expect([...body.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('given the saved project, when it is opened for editing, then the form shows it as saved', async () => {
    const page = coordinator;
    await page.getByRole('link', { name: 'Ret projekt' }).click();
    await page.waitForURL((url) => url.pathname === `${projectPath}/rediger`);
    await expect.poll(() => heading(page)).toBe(`Ret ${PROJECT}`);
    await expect.poll(() => page.getByLabel('Pris pr. indbygger pr. år (kr.)').inputValue()).toBe('10');
    expect(await page.getByLabel('Pilotkommune – Aarhus').isChecked()).toBe(true);
    expect(await page.getByLabel('Udtræder – Silkeborg').inputValue()).toBe('2026-01-01');
    await expectAccessible(page, 'the edit project form');
  });

  it('when a comparison model is added and the project saved again, then each member is shown under both models', async () => {
    const page = coordinator;
    await page.getByLabel('Sammenlign med en anden model').check();
    await page.getByLabel('Navn på sammenligningen').fill('Gammel model');
    await page.getByLabel('Sammenligningsmodellen som JSON').fill('{ "kind": "per_inhabitant", "rate": "12" }');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.waitForURL((url) => url.pathname === projectPath);
    const section = page.getByRole('region', { name: 'Sammenligning' });
    const table = section.getByRole('table', { name: /pr\. kommune for hele perioden/ });
    // 12 kr. instead of 10 kr. per inhabitant: Viborg would pay (97.905 + 98.100) × 12 kr.
    await expect
      .poll(async () => (await cells(table)).find((r) => r[0] === '791'))
      .toEqual(['791', 'Viborg Kommune', VIBORG.total, '2.352.060,00 DKK', '392.010,00 DKK']);
    expect(await section.locator('.echart canvas').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the comparison');
    expect(await overflowProblems(page)).toEqual([]);
  });

  it('given a member municipality, then Fællesskaber shows the project with the same total, and its statement explains each invoice', async () => {
    const page = member;
    await nav(page, 'Fællesskaber').click();
    await page.waitForURL((url) => url.pathname === '/faellesskaber');
    await expect.poll(() => heading(page)).toBe('Fællesskaber');
    const table = page.getByRole('table', { name: 'Hvad organisationen betaler pr. projekt og budgetår (DKK)' });
    await expect.poll(() => cells(table)).toEqual([[JOINT, PROJECT, VIBORG.y2025, VIBORG.y2026, VIBORG.total]]);
    expect(await cells(table, { part: 'tfoot' })).toEqual([['', 'Alle projekter', VIBORG.y2025, VIBORG.y2026, VIBORG.total]]);
    const years = page.getByRole('table', { name: 'Alle projekter i alt pr. budgetår (DKK)' });
    expect(await cells(years)).toEqual([
      ['2025', VIBORG.y2025],
      ['2026', VIBORG.y2026],
    ]);
    expect(await page.locator('.echart canvas').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the budget forecast of a member municipality');

    await table.getByRole('link', { name: PROJECT }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/faellesskaber/'));
    await expect.poll(() => heading(page)).toBe(PROJECT);
    expect(await page.locator('.font-lead').first().textContent()).toContain(JOINT);
    const invoices = await cells(page.getByRole('table', { name: 'Fakturaer til Viborg Kommune' }));
    // KOMBIT's terms: February for January–June and September for July–December, each year adding up to the yearly price.
    expect(invoices.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['1. feb. 2025', '1. jan. 2025 – 30. jun. 2025', 'Regulær'],
      ['1. sep. 2025', '1. jul. 2025 – 31. dec. 2025', 'Regulær'],
      ['1. feb. 2026', '1. jan. 2026 – 30. jun. 2026', 'Regulær'],
      ['1. sep. 2026', '1. jul. 2026 – 31. dec. 2026', 'Regulær'],
    ]);
    // 97.905 × 10 kr. × 181 of 365 days, rounded to øre once; September has the rest of the year's price.
    expect(invoices.map((r) => r[2])).toEqual(['485.501,51 DKK', '493.548,49 DKK', '486.468,49 DKK', '494.531,51 DKK']);
    for (const invoice of invoices) expect(invoice[4]).toMatch(/^Viborg Kommune, faktura /);
    const years2 = page.getByRole('table', { name: 'Viborg Kommune: til betaling pr. budgetår efter fakturadato (DKK)' });
    expect(await cells(years2, { part: 'tfoot' })).toEqual([['I alt', VIBORG.total]]);
    await expectAccessible(page, 'a member municipality’s statement');
  });

  it('given a buffet project, when a usage file naming a non-member is chosen, then the error is shown, and the fixed file is billed per unit', async () => {
    const buffet = await admin.request<{ id: string }>('POST', `/organisations/${joint.id}/cost-projects`, {
      name: 'Fælles data (buffet)',
      period: { start: '2025-01-01', end: '2026-12-31' },
      model: {
        kind: 'buffet',
        years: [
          { year: 2025, expectedCosts: '1000000' },
          { year: 2026, expectedCosts: '1000000' },
        ],
        outside: [{ name: 'CPR-opslag', unitPrice: '0.35', usage: {} }],
      },
      members: [
        { municipalityCode: '791', availableFrom: '2025-01-01' },
        { municipalityCode: '751', availableFrom: '2025-01-01' },
      ],
    });
    const page = coordinator;
    await page.goto(`/faellesprojekter/${buffet.id}`);
    await expect.poll(() => heading(page)).toBe('Fælles data (buffet)');
    const items = page.getByRole('table', { name: 'Ydelser uden for buffeten med pris pr. enhed og de år, der er forbrug for' });
    await expect.poll(() => cells(items)).toEqual([['CPR-opslag', '0,35 DKK', 'Intet forbrug endnu']]);

    // Silkeborg is not in this project: the whole file is refused with the row, and nothing is imported.
    const bad = path.join(folder, 'forbrug.csv');
    await writeFile(bad, 'Kommunekode;År;Antal\r\n791;2025;120000\r\n740;2025;5\r\n');
    await page.getByLabel('Fil med forbrug af CPR-opslag (.csv eller .xlsx)').setInputFiles(bad);
    await expect.poll(() => page.getByRole('heading', { name: 'Kontrol af forbrug.csv' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Filen har 1 fejl').isVisible()).toBe(true);
    const errors = await cells(page.getByRole('table', { name: 'Fejl i filen med ark, række og kolonne' }));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.slice(1, 3)).toEqual(['3', 'Kommunekode']);
    expect(await page.getByRole('button', { name: /^Importér forbrug/ }).isDisabled()).toBe(true);
    await expectAccessible(page, 'a usage file with an error');

    const fixed = path.join(folder, 'forbrug-rettet.csv');
    await writeFile(fixed, 'Kommunekode;År;Antal\r\n791;2025;120000\r\nAarhus;2025;80000\r\n');
    await page.getByRole('button', { name: 'Vælg en anden fil' }).click();
    await page.getByLabel('Fil med forbrug af CPR-opslag (.csv eller .xlsx)').setInputFiles(fixed);
    const summary = page.locator('dl.summary-list').last();
    await expect.poll(() => summary.textContent()).toContain('Kommuner med forbrug2');
    expect(await summary.textContent()).toContain('År i filen2025');
    expect(await summary.textContent()).toContain('Enheder i alt200.000');
    await page.getByRole('button', { name: 'Importér forbrug af CPR-opslag for 2 kommuner' }).click();
    await expect
      .poll(() =>
        page.getByText('Forbruget af CPR-opslag for 2025 er importeret: 2 kommuner, 200.000 enheder i alt.').isVisible(),
      )
      .toBe(true);
    await expect.poll(() => cells(items)).toEqual([['CPR-opslag', '0,35 DKK', '2025']]);

    // 120.000 look-ups × 0,35 kr., billed to Viborg on 1 February after the year.
    await page.getByRole('button', { name: 'Vis fakturaer for Viborg Kommune' }).click();
    const invoices = await cells(page.getByRole('table', { name: 'Fakturaer til Viborg Kommune' }));
    expect(invoices.filter((r) => r[3] === 'Forbrug').map((r) => [r[0], r[2]])).toEqual([['1. feb. 2026', '42.000,00 DKK']]);
    await expectAccessible(page, 'the project after a usage import');
  });
});
