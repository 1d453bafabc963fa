import type { Page } from 'playwright-core';

/**
 * Every page of the web app, for the page tour (every-page.e2e.test.ts) and `npm run screenshots`. A new page is
 * added here; `list` marks the pages whose first rows must show on the first screen at 1280×800.
 */
export type TourPage = {
  name: string;
  path: string;
  /** Which organisation the page is seen in: the demo municipality or the joint organisation. */
  organisation: 'municipality' | 'joint';
  list?: boolean;
};

/** The objects the tour's detail pages show, found after the demo data is loaded. */
export type TourObjects = {
  contractId: string;
  supplierId: string;
  municipalityId: string;
  meetingId: string;
  meetingSupplierId: string;
};

export function tourPages(o: TourObjects): TourPage[] {
  const m = 'municipality' as const;
  return [
    { name: 'forside', path: '/', organisation: m },
    { name: 'frister', path: '/frister', organisation: m, list: true },
    { name: 'notifikationer', path: '/notifikationer', organisation: m },
    { name: 'kontrakter', path: '/kontrakter', organisation: m, list: true },
    { name: 'kontrakt', path: `/kontrakter/${o.contractId}`, organisation: m },
    { name: 'ny-kontrakt', path: '/kontrakter/ny', organisation: m },
    { name: 'kontrakter-import', path: '/kontrakter/import', organisation: m },
    { name: 'dobbeltkoeb', path: '/rapporter/dobbeltkoeb', organisation: m },
    { name: 'leverandoerer', path: '/leverandoerer', organisation: m, list: true },
    { name: 'leverandoer', path: `/leverandoerer/${o.supplierId}`, organisation: m },
    { name: 'ny-leverandoer', path: '/leverandoerer/ny', organisation: m },
    { name: 'leverandoerer-import', path: '/leverandoerer/import', organisation: m },
    // The matrix's chart comes before its table: the first screen shows the chart.
    { name: 'segmentering', path: '/leverandoerstyring/segmentering', organisation: m },
    { name: 'segmentering-indstillinger', path: '/leverandoerstyring/segmentering/indstillinger', organisation: m },
    { name: 'fakturaer', path: '/fakturaer', organisation: m },
    { name: 'forbrug', path: '/forbrug', organisation: m },
    { name: 'udbudsplan', path: '/udbudsplan', organisation: m, list: true },
    { name: 'faellesskaber', path: '/faellesskaber', organisation: m },
    { name: 'soeg', path: '/soeg?q=drift', organisation: m },
    { name: 'medlemmer', path: '/medlemmer', organisation: m, list: true },
    { name: 'vaerdilister', path: '/vaerdilister', organisation: m },
    { name: 'advisering', path: '/indstillinger/advisering', organisation: m },
    { name: 'api-noegler', path: '/tokens', organisation: m },
    { name: 'log', path: '/log', organisation: m, list: true },
    { name: 'konto', path: '/konto', organisation: m },
    { name: 'organisationer', path: '/organisationer', organisation: m, list: true },
    { name: 'organisation', path: `/organisationer/${o.municipalityId}`, organisation: m },
    { name: 'personer', path: '/personer', organisation: m, list: true },
    { name: 'faellesprojekter', path: '/faellesprojekter', organisation: 'joint' },
    { name: 'nyt-faellesprojekt', path: '/faellesprojekter/nyt', organisation: 'joint' },
    { name: 'indbyggertal', path: '/indbyggertal', organisation: 'joint' },
    { name: 'styringsorganer', path: '/leverandoerstyring/styringsorganer', organisation: m },
    { name: 'hvem-goer-hvad', path: '/leverandoerstyring/hvem-goer-hvad', organisation: m },
    { name: 'samarbejdsorganisation', path: `/leverandoerer/${o.supplierId}/samarbejdsorganisation`, organisation: m },
    { name: 'moeder', path: '/leverandoerstyring/moeder', organisation: m, list: true },
    { name: 'moede', path: `/leverandoerstyring/moeder/${o.meetingId}`, organisation: m },
    { name: 'moedehistorik', path: `/leverandoerstyring/moeder/leverandoer/${o.meetingSupplierId}`, organisation: m },
  ];
}

export const TOUR_SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '390', width: 390, height: 844 },
] as const;

/** Opens a page and waits until it has its heading and nothing is loading any more. */
export async function openTourPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelector('.spinner-box') === null, undefined, { timeout: 10_000 });
  // Let the last answers lay out (tables measure whether they must scroll).
  await page.waitForTimeout(100);
}

/** What sticks out: elements wider than the page or their main column that are not inside a scroll region. */
export function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
      return `<${el.tagName.toLowerCase()}${cls}> "${text}"`;
    };
    if (document.documentElement.scrollWidth > width + 1) {
      const culprits = [...document.body.querySelectorAll('*')]
        .filter((el) => !el.closest('.is-scrolling') && el.getBoundingClientRect().right > width + 1)
        .slice(-2)
        .map(describe);
      problems.push(
        `the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window (${culprits.join(', ')})`,
      );
    }
    const hidden = (el: Element) => {
      const style = getComputedStyle(el);
      return style.visibility === 'hidden' || style.display === 'none' || style.clip === 'rect(0px, 0px, 0px, 0px)';
    };
    const main = document.querySelector('main');
    const column = main?.querySelector(':scope > *')?.parentElement ?? main;
    if (column) {
      const box = column.getBoundingClientRect();
      const style = getComputedStyle(column);
      const left = box.left + Number.parseFloat(style.paddingLeft) - 1;
      const right = box.right - Number.parseFloat(style.paddingRight) + 1;
      for (const el of column.querySelectorAll('*')) {
        if (el.closest('.is-scrolling, .sr-only, [aria-hidden="true"], details:not([open])') || hidden(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || r.width <= 1) continue;
        if (r.right > right || r.left < left) {
          problems.push(
            `${describe(el)} reaches ${Math.round(r.left)}–${Math.round(r.right)} px, the column ${Math.round(left)}–${Math.round(right)} px`,
          );
          if (problems.length > 5) break;
        }
      }
    }
    for (const el of document.querySelectorAll('header *')) {
      if (el.closest('.sr-only, .collapsed, .mobile-drawer') || hidden(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 1 && r.right > width + 1) {
        problems.push(`in the header ${describe(el)} reaches ${Math.round(r.right)} px of ${width}`);
        break;
      }
    }
    return problems;
  });
}

/** Whether a list's first row is entirely on the first screen (no table: there is nothing to show, which is fine). */
export function firstRowOnFirstScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const row = document.querySelector('main table tbody tr');
    if (!row) return true;
    return row.getBoundingClientRect().bottom <= window.innerHeight;
  });
}
