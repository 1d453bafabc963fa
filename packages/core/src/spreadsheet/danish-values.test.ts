import { describe, expect, it } from 'vitest';
import { calendarDateOfCell, parseDanishDate, parseDecimal } from './danish-values.js';

describe('parseDecimal', () => {
  it.each([
    ['1.234,50', '1234.50'],
    ['1234,5', '1234.5'],
    ['1 234,50', '1234.50'],
    ['1.234.567', '1234567'],
    ['1,234.50', '1234.50'],
    ['1234.5', '1234.5'],
    ['-0,75', '-0.75'],
    ['14,83', '14.83'],
    ['1.234', '1234'],
    ['007', '7'],
    ['kr. 250,00', '250.00'],
    ['250 DKK', '250'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(['', 'abc', '1,2,3', '12.34.5', '1.23,4.5', '1e5', '--1'])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe('parseDanishDate', () => {
  it.each([
    ['31-12-2026', '2026-12-31'],
    ['31.12.2026', '2026-12-31'],
    ['1/2/2026', '2026-02-01'],
    ['29-02-2024', '2024-02-29'],
    ['31-12-26', '2026-12-31'],
    ['2026-12-31', '2026-12-31'],
    ['2026-12-31T00:00:00.000Z', '2026-12-31'],
  ])('reads %j as %s (day before month)', (text, expected) => {
    expect(parseDanishDate(text)).toBe(expected);
  });

  it.each(['30-02-2026', '29-02-2026', '31-04-2026', '12/31/2026', '2026-13-01', 'i morgen', ''])('refuses %j', (text) => {
    expect(parseDanishDate(text)).toBeNull();
  });

  it('takes the shown date of a spreadsheet date cell (stored as UTC midnight)', () => {
    expect(calendarDateOfCell(new Date(Date.UTC(2026, 11, 31)))).toBe('2026-12-31');
  });
});
