import { describe, expect, it } from 'vitest';
import {
  amountFor,
  isPositive,
  isUnder,
  outsideItemsOf,
  placeInWords,
  problemsOf,
  toJsonPath,
  yearRows,
  yearsOf,
} from './costData.ts';

describe('toJsonPath', () => {
  it('given a JSON path, then it is kept as it is', () => {
    expect(toJsonPath('$.model.rate')).toBe('$.model.rate');
    expect(toJsonPath('$.members[2].exitOn')).toBe('$.members[2].exitOn');
  });

  it('given a JSON pointer as the request validation reports it, then it becomes the same JSON path', () => {
    expect(toJsonPath('/members/2/exitOn')).toBe('$.members[2].exitOn');
    expect(toJsonPath('/model/kink/factor')).toBe('$.model.kink.factor');
    expect(toJsonPath('/a~1b')).toBe('$.a/b');
    expect(toJsonPath('')).toBe('$');
  });
});

describe('problemsOf', () => {
  it('given a problem with field errors, then each becomes a path and its message', () => {
    expect(
      problemsOf({
        errors: [
          { field: '$.model.rate', code: 'invalid', message: 'skal være et beløb' },
          { field: '/name', code: 'required', message: 'skal udfyldes' },
        ],
      }),
    ).toEqual([
      { path: '$.model.rate', message: 'skal være et beløb' },
      { path: '$.name', message: 'skal udfyldes' },
    ]);
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf(undefined)).toEqual([]);
  });
});

describe('isUnder', () => {
  it('given paths at or below a prefix, then they are under it; a longer name is not', () => {
    expect(isUnder('$.model', '$.model')).toBe(true);
    expect(isUnder('$.model.kink.factor', '$.model')).toBe(true);
    expect(isUnder('$.members[0].code', '$.members')).toBe(true);
    expect(isUnder('$.modelKind', '$.model')).toBe(false);
  });
});

describe('years and amounts', () => {
  it('given lists with different years, then every year occurs once, in order', () => {
    expect(
      yearsOf([
        [{ year: 2021, amount: '1.00' }],
        [
          { year: 2019, amount: '2.00' },
          { year: 2021, amount: '3.00' },
        ],
      ]),
    ).toEqual([2019, 2021]);
  });

  it('given a year a list skips, then its amount is zero and its row is there', () => {
    const list = [{ year: 2020, amount: '3119178.08' }];
    expect(amountFor(list, 2020)).toBe('3119178.08');
    expect(amountFor(list, 2021)).toBe('0.00');
    expect(yearRows(list, [2019, 2020])).toEqual([
      { year: 2019, amount: '0.00' },
      { year: 2020, amount: '3119178.08' },
    ]);
  });

  it('given amounts as text, then only those above zero are positive', () => {
    expect(isPositive('1140554.80')).toBe(true);
    expect(isPositive('0.01')).toBe(true);
    expect(isPositive('0.00')).toBe(false);
    expect(isPositive('-5.00')).toBe(false);
  });
});

describe('outsideItemsOf', () => {
  it('given a buffet model with usage outside it, then each item is listed with the years its usage is known for', () => {
    const model = {
      kind: 'buffet',
      outside: [
        { name: 'CPR-opslag', unitPrice: '0.35', usage: { '101': { '2025': 1, '2024': 2 }, '147': { '2026': 3 } } },
        { name: 'Sms', unitPrice: '0.20' },
      ],
    };
    expect(outsideItemsOf(model)).toEqual([
      { name: 'CPR-opslag', unitPrice: '0.35', years: [2024, 2025, 2026] },
      { name: 'Sms', unitPrice: '0.20', years: [] },
    ]);
  });

  it('given another model, or a buffet without items outside it, then there are none', () => {
    expect(outsideItemsOf({ kind: 'per_inhabitant', rate: '25' })).toEqual([]);
    expect(outsideItemsOf({ kind: 'buffet' })).toEqual([]);
  });
});

describe('placeInWords', () => {
  const words: Record<string, string> = { populations: 'indbyggertal', model: 'model', rate: 'sats', exitOn: 'udtræder' };
  const word = (part: string) => words[part] ?? part;
  const member = (n: number) => `Medlem ${n}`;
  it.each([
    ['$.members[1].populations', 'Aarhus Kommune: indbyggertal'],
    ['/members/0/exitOn', 'Frederiksberg Kommune: udtræder'],
    ['$.members[5].populations', 'Medlem 6: indbyggertal'],
    ['$.model.rate', 'model: sats'],
  ])('%s → %s', (path, expected) => {
    expect(placeInWords(path, ['Frederiksberg Kommune', 'Aarhus Kommune'], word, member)).toBe(expected);
  });
});
