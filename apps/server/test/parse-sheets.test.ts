import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACKED_PART_ROWS } from '../src/spreadsheet/packed-rows.js';
import { packSheets, type RawSheet, unpackSheets } from '../src/spreadsheet/parse-sheets.js';

const cell = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
);
const sheet = fc.record({
  sheet: fc.string(),
  rows: fc.array(fc.record({ row: fc.nat(), cells: fc.array(cell, { maxLength: 6 }) }), { maxLength: 1200 }),
});

describe('sheets packed by the worker thread and unpacked on the request thread', () => {
  it('given any sheets, then unpacking gives back the same rows and cells, dates as dates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { maxLength: 3 }), async (sheets: RawSheet[]) => {
        const packed = await packSheets({ sheets });
        const unpacked = await unpackSheets(structuredClone(packed), async () => {});
        expect(unpacked).toEqual({ sheets });
      }),
      { numRuns: 40 },
    );
  });

  it('given 1,201 rows, then they cross as three parts of text, with a turn for other work after each', async () => {
    const rows = Array.from({ length: 1201 }, (_, i) => ({
      row: i + 2,
      cells: [`K-${i}`, 1000 + i, new Date(Date.UTC(2025, 0, 1))],
    }));
    const packed = await packSheets({ sheets: [{ sheet: 'Kontrakter', rows }] });
    if ('error' in packed) throw new Error('packed as an error');
    expect(packed.sheets[0]?.parts).toHaveLength(Math.ceil(1201 / PACKED_PART_ROWS));
    expect(packed.sheets[0]?.parts.every((p) => typeof p === 'string')).toBe(true);
    let turns = 0;
    await unpackSheets(packed, async () => {
      turns++;
    });
    expect(turns).toBe(3);
  });

  it('given an error, then it crosses as it is', async () => {
    expect(await unpackSheets(await packSheets({ error: 'import_unreadable' }), async () => {})).toEqual({
      error: 'import_unreadable',
    });
  });
});
