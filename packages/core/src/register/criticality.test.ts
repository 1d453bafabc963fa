import { describe, expect, it } from 'vitest';
import { compareCriticality, criticalityFromWords, highestCriticality, isCriticality } from './criticality.js';

describe('the ordered criticality scale', () => {
  it.each([
    ['lav', 'middel', -1],
    ['hoej', 'middel', 1],
    ['kritisk', 'lav', 3],
    ['middel', 'middel', 0],
  ] as const)('Given %s and %s, when compared, then the sign is %i', (a, b, sign) => {
    expect(Math.sign(compareCriticality(a, b))).toBe(Math.sign(sign));
  });

  it.each([
    [[], null],
    [[null, undefined], null],
    [['lav', 'hoej', 'middel'], 'hoej'],
    [['middel', null, 'kritisk', 'lav'], 'kritisk'],
  ] as const)('Given the values %j, the highest is %s', (values, highest) => {
    expect(highestCriticality(values)).toBe(highest);
  });

  it('knows its own values only', () => {
    expect(isCriticality('hoej')).toBe(true);
    expect(isCriticality('høj')).toBe(false);
    expect(isCriticality(3)).toBe(false);
  });
});

describe('placing a former option value on the scale (migration 0018)', () => {
  it.each([
    [['hoej', 'Høj'], 'hoej'],
    [['x1', 'Meget høj'], 'kritisk'],
    [['forretningskritisk', 'Forretningskritisk'], 'kritisk'],
    [['samf', 'Samfundskritisk'], 'kritisk'],
    [['m', 'Moderat'], 'middel'],
    [['low', null], 'lav'],
    [['x2', 'High'], 'hoej'],
    [['x5', 'Ikke kritisk'], 'lav'],
    [['x6', 'Meget høj kritikalitet'], 'kritisk'],
    [['x7', 'Lav kritikalitet'], 'lav'],
    [['x3', 'Guld'], null],
    [['x4', ''], null],
  ] as const)('Given key and label %j, it lands on %s', (texts, level) => {
    expect(criticalityFromWords(...texts)).toBe(level);
  });
});
