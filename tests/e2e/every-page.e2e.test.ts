import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Organisation } from '@overblik/api';
import { testDialects } from '@overblik/db/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './api.ts';
import { browserAvailable, launchBrowser, logIn } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './server.ts';
import { firstRowOnFirstScreen, openTourPage, overflowProblems, TOUR_SIZES, type TourObjects, tourPages } from './tour.ts';

const DEMO = 'Demo Kommune (eksempeldata)';
const JOINT = 'Sydjysk IT-fællesskab';
/** `npm run screenshots` sets this: a screenshot of every page at both sizes goes there. */
const SCREENSHOTS = process.env.OVERBLIK_SCREENSHOTS_DIR;

/**
 * Every page at 1280×800 and at 390×844 (a phone), on the demo data, as a system administrator who is a member of
 * the demo municipality and of a joint organisation: nothing may stick out of its column unless it is in a scroll
 * region, a list's first row must be on the first screen at 1280×800, and axe may find nothing serious.
 */
// The layout does not depend on the database, so the tour runs in the SQLite pass of `npm test` only.
describe.skipIf(!browserAvailable() || testDialects()[0] === 'postgres')(
  'the page tour: every page at a desktop and a phone size',
  () => {
    let server: TestServer;
    let browser: Browser;
    let objects: TourObjects;
    let organisations: { municipality: string; joint: string };

    beforeAll(async () => {
      server = await startTestServer({ demo: true });
      browser = await launchBrowser();
      const admin = await ApiSession.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
      const demo = await admin.organisationByName(DEMO);
      const joint = await admin.request<Organisation>('POST', '/organisations', { kind: 'fællesskab', name: JOINT });
      for (const id of [demo.id, joint.id]) await admin.request('POST', `/organisations/${id}/members/me`);
      const contracts = await admin.request<{ items: { id: string }[] }>('GET', `/organisations/${demo.id}/contracts?limit=1`);
      const suppliers = await admin.request<{ items: { id: string }[] }>('GET', `/organisations/${demo.id}/suppliers?limit=1`);
      const contractId = contracts.items[0]?.id;
      const supplierId = suppliers.items[0]?.id;
      if (!contractId || !supplierId) throw new Error('the demo data has no contract or supplier');
      // The demo's held status meeting (its minutes, decisions and an action): the newest meeting is the coming one.
      const meetings = await admin.request<{ items: { id: string; supplierId: string | null }[] }>(
        'GET',
        `/organisations/${demo.id}/meetings?status=held`,
      );
      const meeting = meetings.items[0];
      if (!meeting?.supplierId) throw new Error('the demo data has no held meeting with a supplier');
      objects = { contractId, supplierId, municipalityId: demo.id, meetingId: meeting.id, meetingSupplierId: meeting.supplierId };
      organisations = { municipality: demo.id, joint: joint.id };
      if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    for (const size of TOUR_SIZES) {
      it(`at ${size.width}×${size.height}, every page fits, shows its first rows and passes axe`, async () => {
        const context = await browser.newContext({
          baseURL: server.url,
          locale: 'da-DK',
          timezoneId: 'Europe/Copenhagen',
          viewport: { width: size.width, height: size.height },
        });
        context.setDefaultTimeout(15_000);
        const page = await context.newPage();
        const problems: string[] = [];
        const timings: string[] = [];
        try {
          await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
          for (const tour of tourPages(objects)) {
            await page.evaluate((id) => localStorage.setItem('overblik.organisationId', id), organisations[tour.organisation]);
            await openTourPage(page, tour.path);
            const where = `${tour.name} (${tour.path}) at ${size.name}`;
            const started = Date.now();
            for (const problem of await overflowProblems(page)) problems.push(`${where}: ${problem}`);
            const measured = Date.now();
            if (tour.list && size.width >= 1280 && !(await firstRowOnFirstScreen(page))) {
              problems.push(`${where}: the list's first row is not on the first screen`);
            }
            // A table's rows all come from one component: axe checks the first five (all of them takes half a
            // minute on a log page of fifty events with every field of each).
            const axe = await new AxeBuilder({ page }).exclude('table tbody tr:nth-child(n+6)').analyze();
            for (const v of axe.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
              problems.push(`${where}: axe ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
            }
            timings.push(`${tour.name} ${measured - started} + ${Date.now() - measured} ms`);
            if (SCREENSHOTS) {
              await page.screenshot({ path: path.join(SCREENSHOTS, `${tour.name}-${size.name}.png`), fullPage: true });
            }
          }
        } finally {
          await context.close();
          if (process.env.OVERBLIK_TOUR_TIMINGS) console.log(timings.join('\n'));
        }
        expect(problems).toEqual([]);
      }, 300_000);
    }

    it('at a phone’s width, the Menu drawer holds the navigation, goes to a page and closes with Escape', async () => {
      const context = await browser.newContext({ baseURL: server.url, locale: 'da-DK', viewport: { width: 390, height: 844 } });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      try {
        await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        await page.evaluate((id) => localStorage.setItem('overblik.organisationId', id), organisations.municipality);
        await openTourPage(page, '/');
        const open = page.getByRole('button', { name: 'Menu' });
        await open.click();
        const drawer = page.getByRole('dialog', { name: 'Menu' });
        await expect.poll(() => drawer.isVisible()).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Luk');
        await drawer.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Leverandører' }).click();
        await page.waitForURL((url) => url.pathname === '/leverandoerer');
        await expect.poll(() => drawer.count()).toBe(0);

        await open.click();
        await expect.poll(() => drawer.isVisible()).toBe(true);
        await page.keyboard.press('Escape');
        await expect.poll(() => drawer.count()).toBe(0);
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Menu');
      } finally {
        await context.close();
      }
    });
  },
);
