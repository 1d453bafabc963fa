import { describe, expect, it } from 'vitest';
import { invoicedPeriod } from './invoiced-period.js';

const none = { start: null, end: null };

describe('the period an earlier invoice line covered', () => {
  it.each([
    [
      'the line has a period',
      { start: '2026-01-01', end: '2026-03-31' },
      { start: '2025-01-01', end: '2025-12-31' },
      '2026-01-01',
      '2026-03-31',
    ],
    [
      'the line has only a start',
      { start: '2026-02-01', end: null },
      { start: '2025-01-01', end: '2025-12-31' },
      '2026-02-01',
      null,
    ],
    ['only the invoice has a period', none, { start: '2025-01-01', end: '2025-12-31' }, '2025-01-01', '2025-12-31'],
    ['the invoice has only an end', none, { start: null, end: '2025-06-30' }, null, '2025-06-30'],
    ['neither has one', none, none, '2026-05-17', '2026-05-17'],
  ] as const)('given %s, then the period is %s–%s', (_, line, invoice, start, end) => {
    expect(invoicedPeriod(line, invoice, '2026-05-17')).toEqual({ start, end });
  });
});
