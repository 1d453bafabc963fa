import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runOverblik } from '../test/cli-harness.js';

const EXAMPLES = path.resolve(__dirname, '../../../docs/examples');
const example = (name: string) => path.join(EXAMPLES, name);

type PlanJson = {
  rule: string;
  members: {
    code: string;
    paysFrom: string;
    invoices: { kind: string; date: string; start: string; end: string; amount: string; text: string }[];
    totalsByYear: { year: number; amount: string }[];
    total: string;
  }[];
  totalsByYear: { year: number; amount: string }[];
  businessCase: { costs: string; billed: string; surplus: string } | null;
};

async function plan(file: string): Promise<PlanJson> {
  const { out, code } = await runOverblik({}, 'costs', 'plan', '--project', file, '--json');
  expect(code).toBe(0);
  return JSON.parse(out) as PlanJson;
}

describe('overblik costs plan (no database)', () => {
  it('computes the SAPA wave example of docs/cost-sharing.md as documented', async () => {
    const sapa = await plan(example('sapa-boelger.json'));
    const member = (code: string) => sapa.members.find((m) => m.code === code);
    // Wave 1 from 1 July: one invoice on 1 September for July–December, 6.187.500 kr. × 184/365.
    expect(member('751')?.invoices[0]).toMatchObject({
      date: '2019-09-01',
      start: '2019-07-01',
      end: '2019-12-31',
      amount: '3119178.08',
    });
    // The pilot pays from two months after 1 May.
    expect(member('561')?.paysFrom).toBe('2019-07-01');
    // Wave 4 from 1 October: one invoice at the end of December.
    expect(member('810')?.invoices[0]).toMatchObject({ date: '2019-12-31', start: '2019-10-01' });
    // Billund leaves on 1 July 2022: what it would have paid to the end of 2023.
    const exit = member('530')?.invoices.find((i) => i.kind === 'exit');
    expect(exit).toMatchObject({ date: '2022-07-01', start: '2022-07-01', end: '2023-12-31', amount: '1000232.88' });
    expect(sapa.businessCase).toEqual({ costs: '60000000.00', billed: '61140554.80', surplus: '1140554.80' });
    expect(sapa.rule).toContain('dagene i året (365 eller 366)');
  });

  it('shares the buffet and the ownership shares to the øre', async () => {
    const buffet = await plan(example('infrastruktur-buffet.json'));
    // 2024: the expected 30 million; 2025: 31 million + 0.6 million settled + the CPR look-ups of 2024.
    expect(buffet.totalsByYear).toEqual([
      { year: 2024, amount: '30000000.00' },
      { year: 2025, amount: '31648300.00' },
    ]);
    const shares = await plan(example('it-forsyningen-andele.json'));
    expect(shares.members.map((m) => [m.code, m.total])).toEqual([
      ['151', '13876800.00'],
      ['190', '9326400.00'],
      ['201', '5937600.00'],
      ['210', '9100800.00'],
      ['240', '9758400.00'],
    ]);
  });

  it('prints a Danish table by default', async () => {
    const { out, code } = await runOverblik({}, 'costs', 'plan', '--project', example('brugerklub-kontingent.json'));
    expect(code).toBe(0);
    expect(out).toContain('Kontingent: 14,83 kr. pr. indbygger pr. år.');
    expect(out).toContain('2025-04-01  2025-04-01 – 2025-12-31');
    expect(out).toContain('404.473,01 kr.');
    expect(out).toContain('Projektet i alt: 3.616.651,01 kr.');
  });

  it('lists every problem of a bad description with its place and exits 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'overblik-costs-'));
    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        name: 'Fejl',
        period: { start: '2025-01-01', end: '2024-12-31' },
        model: { kind: 'per_inhabitant', rate: 'femogtyve' },
        members: [{ code: '101', name: 'København', availableFrom: '2025-13-01', populations: [] }],
      }),
    );
    const json = await runOverblik({}, 'costs', 'plan', '--project', bad, '--json');
    expect(json.code).toBe(2);
    const paths = JSON.parse(json.out).error.problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.period', '$.model.rate', '$.members[0].availableFrom']));

    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      writeFileSync(bad, '{ not json');
      const text = await runOverblik({}, 'costs', 'plan', '--project', bad);
      expect(text.code).toBe(2);
      expect(String(stderr.mock.calls[0]?.[0])).toMatch(/ikke gyldig JSON/);
    } finally {
      stderr.mockRestore();
    }
  });
});
