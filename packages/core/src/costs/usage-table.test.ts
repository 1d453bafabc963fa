import { describe, expect, it } from 'vitest';
import { readUsageTable } from './usage-table.js';

const MUNICIPALITIES = [
  { code: '101', name: 'København', officialName: 'Københavns Kommune' },
  { code: '751', name: 'Aarhus', officialName: 'Aarhus Kommune' },
  { code: '461', name: 'Odense', officialName: 'Odense Kommune' },
];
const MEMBERS = new Set(['101', '751']);
const rows = (...lines: string[][]) => lines.map((cells, i) => ({ row: i + 2, cells }));

describe('readUsageTable (consumption outside the buffet)', () => {
  it('Given code or name, year and units, when read, then units by member and year', () => {
    const table = readUsageTable(
      ['Kommunekode', 'År', 'Antal'],
      rows(['101', '2025', '120.000'], ['Aarhus Kommune', '2025', '80000'], ['0101', '2026', '0']),
      MUNICIPALITIES,
      MEMBERS,
    );
    expect(table.errors).toEqual([]);
    expect(table.years).toEqual([2025, 2026]);
    expect(Object.fromEntries([...table.usage].map(([code, years]) => [code, Object.fromEntries(years)]))).toEqual({
      '101': { 2025: 120000, 2026: 0 },
      '751': { 2025: 80000 },
    });
  });

  it('Given bad rows, when read, then every row and column is named and nothing is taken from them', () => {
    const table = readUsageTable(
      ['Kommune', 'År', 'Antal'],
      rows(
        ['Odense', '2025', '10'],
        ['Atlantis', '2025', '1'],
        ['101', '25', '1'],
        ['101', '2025', '1,5'],
        ['751', '2025', '1'],
        ['Aarhus', '2025', '2'],
      ),
      MUNICIPALITIES,
      MEMBERS,
    );
    expect(table.errors).toEqual([
      { row: 2, column: 'Kommune', code: 'not_a_member' },
      { row: 3, column: 'Kommune', code: 'unknown_municipality' },
      { row: 4, column: 'År', code: 'invalid_year' },
      { row: 5, column: 'Antal', code: 'invalid_number' },
      { row: 7, column: 'Kommune', code: 'duplicate_in_file' },
    ]);
  });

  it('Given a missing column, when read, then it is named', () => {
    expect(readUsageTable(['Kommunekode', 'Antal'], [], MUNICIPALITIES, MEMBERS).errors).toEqual([
      { row: 1, column: 'År', code: 'missing_column' },
    ]);
  });
});
