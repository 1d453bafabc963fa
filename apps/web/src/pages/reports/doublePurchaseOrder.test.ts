import type { DoublePurchaseWarning } from '@overblik/api';
import type { CalendarDate } from '@overblik/core';
import { describe, expect, it } from 'vitest';
import { byStrength } from './doublePurchaseOrder.ts';

const contract = (number: string) => ({ id: number, number, name: number, status: 'active' as const });
const pair = (
  number: string,
  reason: DoublePurchaseWarning['reason'],
  overlapFrom: CalendarDate = '2026-01-01',
): DoublePurchaseWarning => ({
  contract: contract(number),
  other: contract(`${number}-B`),
  reason,
  agreementElements: [],
  overlapFrom,
  overlapTo: null,
});

describe('byStrength', () => {
  it('given pairs of every reason, then the strongest reason comes first and the weakest last', () => {
    const sorted = byStrength([
      pair('K-1', 'same_supplier'),
      pair('K-2', 'same_system_and_element'),
      pair('K-3', 'same_supplier_and_element'),
    ]);
    expect(sorted.map((w) => w.reason)).toEqual(['same_supplier_and_element', 'same_system_and_element', 'same_supplier']);
  });

  it('given pairs with the same reason, then the earlier overlap comes first and equal ones keep their order', () => {
    const sorted = byStrength([
      pair('K-1', 'same_supplier', '2026-03-01'),
      pair('K-2', 'same_supplier', '2026-01-01'),
      pair('K-3', 'same_supplier', '2026-03-01'),
    ]);
    expect(sorted.map((w) => w.contract.number)).toEqual(['K-2', 'K-1', 'K-3']);
  });

  it('given the list, then it is not changed in place', () => {
    const items = [pair('K-1', 'same_supplier'), pair('K-2', 'same_supplier_and_element')];
    byStrength(items);
    expect(items.map((w) => w.contract.number)).toEqual(['K-1', 'K-2']);
  });
});
