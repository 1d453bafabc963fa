import type { Deviation } from '@overblik/api';
import { describe, expect, it } from 'vitest';
import { bySeverity, commentRequired, invoiceLevel, isUndecided, maxSeverity, needsContractToApprove } from './invoiceRules.ts';

const deviation = (severity: Deviation['severity'], code: string = severity, lineId: string | null = null): Deviation => ({
  code,
  severity,
  lineId,
  amount: null,
  params: {},
  text: code,
});

describe('commentRequired', () => {
  it('given an invoice with deviations, then approving needs a comment; without deviations it does not', () => {
    expect(commentRequired('approved', 2)).toBe(true);
    expect(commentRequired('approved', 0)).toBe(false);
  });

  it('given any invoice, then rejecting always needs a comment and disputing never does', () => {
    expect(commentRequired('rejected', 0)).toBe(true);
    expect(commentRequired('disputed', 3)).toBe(false);
  });
});

describe('needsContractToApprove', () => {
  it('given no contract and not outside contract, then it cannot be approved yet', () => {
    expect(needsContractToApprove('approved', { contractId: null, outsideContract: false })).toBe(true);
    expect(needsContractToApprove('approved', { contractId: null, outsideContract: true })).toBe(false);
    expect(needsContractToApprove('approved', { contractId: 'c', outsideContract: false })).toBe(false);
    expect(needsContractToApprove('disputed', { contractId: null, outsideContract: false })).toBe(false);
  });
});

describe('isUndecided', () => {
  it('given a disputed invoice, then it can still be decided; approved and rejected cannot', () => {
    expect(['received', 'checked', 'disputed', 'approved', 'rejected'].map((s) => isUndecided(s as never))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('maxSeverity and bySeverity', () => {
  it('given mixed findings, then the error is the most serious and comes first, equal ones in their order', () => {
    const list = [deviation('info', 'a'), deviation('warning', 'b'), deviation('error', 'c'), deviation('warning', 'd')];
    expect(maxSeverity(list)).toBe('error');
    expect(bySeverity(list).map((d) => d.code)).toEqual(['c', 'b', 'd', 'a']);
    expect(list.map((d) => d.code)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('given no findings, then there is no severity', () => {
    expect(maxSeverity([])).toBeNull();
  });
});

describe('invoiceLevel', () => {
  it('given findings on lines and on the invoice, then only those on the invoice are kept', () => {
    expect(invoiceLevel([deviation('error', 'line', '1'), deviation('warning', 'doc')]).map((d) => d.code)).toEqual(['doc']);
  });
});
