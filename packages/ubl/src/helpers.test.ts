import { canonicalDecimal } from '@overblik/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatOf } from './document.js';
import { cvrOf, glnOf } from './identifiers.js';
import { canonicalXsDecimal, decimal, type Leaf, sumDecimals } from './values.js';

describe('cvrOf', () => {
  it('takes the first id with a CVR/SE scheme that is 8 digits', () => {
    expect(
      cvrOf([
        { value: '5798009811578', scheme: '0088' },
        { value: '32081330', scheme: '0184' },
      ]),
    ).toBe('32081330');
    expect(cvrOf([{ value: 'DK 1234 5678', scheme: 'DK:SE' }])).toBe('12345678');
    expect(cvrOf([{ value: 'DK12345679', scheme: '0198' }])).toBe('12345679');
    expect(cvrOf([null, { value: 'DK16356706', scheme: 'dk:cvr' }])).toBe('16356706');
  });

  it('takes a "DK" + 8 digits VAT number whatever its scheme, and nothing else', () => {
    expect(cvrOf([{ value: 'DK12345678', scheme: null }])).toBe('12345678');
    expect(cvrOf([{ value: 'DK12345678', scheme: 'ZZZ' }])).toBe('12345678');
    expect(cvrOf([{ value: '12345678', scheme: null }])).toBeNull();
    expect(cvrOf([{ value: '1807670000', scheme: 'DK:CPR' }])).toBeNull();
    expect(cvrOf([{ value: 'NO990399123MVA', scheme: 'ZZZ' }])).toBeNull();
  });

  it('skips CVR-scheme ids that are not 8 digits', () => {
    expect(
      cvrOf([
        { value: '1234567', scheme: 'DK:CVR' },
        { value: '87654321', scheme: '0184' },
      ]),
    ).toBe('87654321');
    expect(cvrOf([{ value: 'n/a', scheme: 'DK:CVR' }])).toBeNull();
  });
});

describe('glnOf', () => {
  it('takes 13 digits with scheme GLN or 0088, or a Peppol participant id', () => {
    expect(glnOf([{ value: '5798000416604', scheme: 'GLN' }])).toBe('5798000416604');
    expect(
      glnOf([
        { value: 'DK16356706', scheme: 'DK:CVR' },
        { value: '5798009811578', scheme: '0088' },
      ]),
    ).toBe('5798009811578');
    expect(glnOf([{ value: '0088:5790000435975', scheme: 'iso6523-actorid-upis' }])).toBe('5790000435975');
    expect(glnOf([{ value: '5798000416604', scheme: null }])).toBeNull();
    expect(glnOf([{ value: '579800041660', scheme: 'GLN' }])).toBeNull();
  });
});

describe('formatOf', () => {
  it.each([
    ['OIOUBL-2.01', null, 'oioubl-2.0'],
    ['OIOUBL-2.02', '2.0', 'oioubl-2.0'],
    ['OIOUBL-2.1', '2.1', 'oioubl-2.1'],
    ['OIOUBL-2.1', null, 'oioubl-2.1'],
    ['OIOUBL-2.1', '2.0', 'oioubl-2.0'],
    ['urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0', '2.1', 'peppol-bis3'],
    ['urn:cen.eu:en16931:2017', null, 'peppol-bis3'],
    ['urn:fdc:peppol.eu:2017:poacc:billing:3.0', null, 'ubl'],
    [null, '2.1', 'ubl'],
  ] as const)('%s (UBL %s) → %s', (customizationId, ublVersion, format) => {
    expect(formatOf(customizationId, ublVersion)).toBe(format);
  });
});

describe('sumDecimals', () => {
  it('adds exactly', () => {
    expect(sumDecimals(['1400', '600'])).toBe('2000');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['-425', '0.25', '-0.005'])).toBe('-424.755');
    expect(sumDecimals(['-0.1', '0.1'])).toBe('0');
    expect(sumDecimals(['-0.05'])).toBe('-0.05');
  });
});

describe('decimal', () => {
  const leaf = (text: string): Leaf => ({ text, attribute: () => null, path: 'Invoice/cbc:X', position: { line: 3, column: 5 } });

  it.each([
    ['1234.50', '1234.5'],
    ['-0.00', '0'],
    ['+7', '7'],
    ['.5', '0.5'],
    ['-.5', '-0.5'],
    ['5.', '5'],
    ['007.250', '7.25'],
  ])('reads the xs:decimal %s as %s', (text, expected) => {
    expect(decimal(leaf(text))).toBe(expected);
  });

  it.each(['12,50', '1e3', '1 000', '.', '-', '0x10', 'NaN', '', '+', '1.2.3', '--1', ' 1'])('refuses %s', (text) => {
    expect(() => decimal(leaf(text))).toThrow(expect.objectContaining({ code: 'invalid_value', line: 3, column: 5 }));
  });

  it('agrees with the xs:decimal grammar and with canonicalDecimal from core', () => {
    const XS_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
    const text = fc.stringMatching(/^[+-]?[0-9]{0,4}\.?[0-9]{0,4}$/);
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 6 })), (value) => {
        if (!XS_DECIMAL.test(value)) expect(canonicalXsDecimal(value)).toBeNull();
        else {
          const padded = value.replace(/^([+-]?)\./, '$10.').replace(/\.$/, '');
          expect(canonicalXsDecimal(value)).toBe(canonicalDecimal(padded));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
