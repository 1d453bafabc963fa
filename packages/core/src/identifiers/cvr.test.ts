import { describe, expect, it } from 'vitest';
import { cvrProblem, isValidCvr } from './cvr.js';
import { gs1CheckDigit, isValidGln } from './gln.js';

describe('CVR modulus 11', () => {
  it.each([
    ['64942212', 'Københavns Kommune'],
    ['11259979', 'Frederiksberg Kommune'],
    ['58271713', 'Ballerup Kommune'],
    ['DK 65 11 30 15', 'Brøndby Kommune, with prefix and spaces'],
  ])('accepts %s (%s)', (cvr) => {
    expect(isValidCvr(cvr)).toBe(true);
  });

  it('names a wrong check digit as a checksum problem', () => {
    expect(cvrProblem('64942213')).toBe('checksum');
  });

  it.each(['1234567', '123456789', '0494221A', '04942212', ''])('refuses the malformed %j', (cvr) => {
    expect(cvrProblem(cvr)).toBe('format');
  });
});

describe('GLN (EAN location number)', () => {
  it('computes the GS1 check digit', () => {
    // 5798000416604 is the GLN of an official OIOUBL example buyer.
    expect(gs1CheckDigit('579800041660')).toBe(4);
    expect(isValidGln('5798000416604')).toBe(true);
  });
  it('refuses a wrong check digit or length', () => {
    expect(isValidGln('5798000416605')).toBe(false);
    expect(isValidGln('579800041660')).toBe(false);
  });
});
