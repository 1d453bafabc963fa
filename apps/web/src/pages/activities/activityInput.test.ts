import { describe, expect, it } from 'vitest';
import { isDerivedType, leadDaysText, parseEmails, parseLeadDays } from './activityInput.ts';

describe('parseLeadDays', () => {
  it.each([
    ['180, 90, 30', [180, 90, 30]],
    ['7 30 7', [30, 7]],
    ['0', [0]],
    ['', []],
    ['  14;3 ', [14, 3]],
  ])('given "%s", then the lead times are %j', (text, days) => {
    expect(parseLeadDays(text)).toEqual(days);
  });

  it.each(['30 dage', '-1', '1.5', '731', '1 2 3 4 5 6 7 8 9 10 11'])('given "%s", then it cannot be read', (text) => {
    expect(parseLeadDays(text)).toBeNull();
  });

  it('given lead times, then they are written back as typed', () => {
    expect(leadDaysText([180, 90])).toBe('180, 90');
    expect(leadDaysText(null)).toBe('');
  });
});

describe('parseEmails', () => {
  it('given addresses separated by commas and semicolons, then each is read once', () => {
    expect(parseEmails('a@kommune.dk, b@kommune.dk;a@kommune.dk')).toEqual(['a@kommune.dk', 'b@kommune.dk']);
    expect(parseEmails('')).toEqual([]);
  });

  it('given something that is not an address, then it cannot be read', () => {
    expect(parseEmails('a@kommune.dk, Bo Berg')).toBeNull();
  });
});

describe('isDerivedType', () => {
  it('given the five types kept from the contract terms, then they are derived; others are not', () => {
    for (const type of ['expiry', 'notice_deadline', 'option_exercise', 'price_regulation', 'irrevocable_end']) {
      expect(isDerivedType(type)).toBe(true);
    }
    expect(isDerivedType('status_meeting')).toBe(false);
    expect(isDerivedType('eget_moede')).toBe(false);
  });
});
