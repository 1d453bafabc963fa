import { describe, expect, it } from 'vitest';
import { roundedText } from './exact.js';
import { comparablePriceFactor, isPieceUnit, isTimeUnit, isWorkTimeUnit, monthsPerUnit, unitName } from './unit-codes.js';

describe('comparablePriceFactor', () => {
  it.each<[string | null, string | null, string | null, string]>([
    ['MON', 'MON', '1', 'the same unit'],
    ['mon ', 'MON', '1', 'case and spaces do not matter'],
    ['MON', 'ANN', '0.0833333333', 'a month is 1/12 year'],
    ['ANN', 'MON', '12', 'a year is 12 months'],
    ['QAN', 'ANN', '0.25', 'a quarter is 1/4 year'],
    ['SAN', 'QAN', '2', 'a half year is two quarters'],
    ['EA', 'C62', '1', 'each and one are both pieces'],
    ['H87', 'PCE', '1', 'piece and the old PCE'],
    ['NAR', 'EA', '1', 'number of articles'],
    [null, 'C62', '1', 'a line without a unit counts pieces'],
    ['HUR', 'HUR', '1', 'hours with hours'],
    ['HUR', 'DAY', null, 'hours are not days (a working day has no fixed length)'],
    ['DAY', 'MON', null, 'a month has no fixed number of days'],
    ['WEE', 'MON', null, 'nor of weeks'],
    ['MTR', 'C62', null, 'metres are not pieces'],
    ['LS', 'C62', null, 'a lump sum is not a piece'],
    ['C62', null, null, 'an element without a unit compares with nothing'],
  ])('given a line in %s and an element in %s, then one line unit is %s element units (%s)', (line, element, expected) => {
    const factor = comparablePriceFactor(line, element);
    expect(factor === null ? null : roundedText(factor, 10)).toBe(expected);
  });
});

describe('unit kinds', () => {
  it('given the month units, then their months are known, and other units have none', () => {
    expect([monthsPerUnit('MON'), monthsPerUnit('QAN'), monthsPerUnit('SAN'), monthsPerUnit('ANN')]).toEqual([1, 3, 6, 12]);
    expect(monthsPerUnit('DAY')).toBeNull();
    expect(monthsPerUnit(null)).toBeNull();
  });

  it('given units, then pieces, work time and time are told apart', () => {
    expect(['C62', 'EA', 'H87', 'NAR', 'PCE'].every(isPieceUnit)).toBe(true);
    expect(isPieceUnit('NPR')).toBe(false);
    expect(['HUR', 'DAY', 'WEE'].every(isWorkTimeUnit)).toBe(true);
    expect(isWorkTimeUnit('MON')).toBe(false);
    expect(isTimeUnit('MON') && isTimeUnit('HUR') && !isTimeUnit('C62')).toBe(true);
  });

  it('given codes, then Danish names are given, and unknown codes stay codes', () => {
    expect([unitName('MON'), unitName('ANN'), unitName('EA'), unitName('HUR'), unitName('KGM'), unitName(null)]).toEqual([
      'måned',
      'år',
      'stk.',
      'time',
      'KGM',
      'enhed',
    ]);
  });
});
