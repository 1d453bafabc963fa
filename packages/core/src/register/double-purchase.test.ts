import { describe, expect, it } from 'vitest';
import { findDoublePurchases, type PurchaseFacts } from './double-purchase.js';

const c = (id: string, over: Partial<PurchaseFacts>): PurchaseFacts => ({
  id,
  parentId: null,
  supplierId: 's1',
  systemName: null,
  agreementElements: [],
  inForceFrom: '2025-01-01',
  endsOn: '2026-12-31',
  ...over,
});

describe('findDoublePurchases', () => {
  it('reports the same supplier and agreement element in overlapping periods, with the overlap', () => {
    const found = findDoublePurchases([
      c('a', { agreementElements: ['drift', 'licens'] }),
      c('b', { agreementElements: ['drift'], inForceFrom: '2026-07-01', endsOn: null }),
    ]);
    expect(found).toEqual([
      {
        contractId: 'a',
        otherId: 'b',
        reason: 'same_supplier_and_element',
        agreementElements: ['drift'],
        overlapFrom: '2026-07-01',
        overlapTo: '2026-12-31',
      },
    ]);
  });

  it.each<[string, PurchaseFacts[], string | null]>([
    ['same supplier, no shared element', [c('a', {}), c('b', { agreementElements: ['drift'] })], 'same_supplier'],
    [
      'same system (any case) and element, other suppliers',
      [
        c('a', { supplierId: 's1', systemName: 'Opus Løn', agreementElements: ['licens'] }),
        c('b', { supplierId: 's2', systemName: ' opus løn', agreementElements: ['licens'] }),
      ],
      'same_system_and_element',
    ],
    [
      'same system, no shared element, other suppliers',
      [
        c('a', { systemName: 'X', agreementElements: ['drift'] }),
        c('b', { supplierId: 's2', systemName: 'X', agreementElements: ['licens'] }),
      ],
      null,
    ],
    ['one ends the day before the other starts', [c('a', {}), c('b', { inForceFrom: '2027-01-01', endsOn: null })], null],
    ['overlapping by one day', [c('a', {}), c('b', { inForceFrom: '2026-12-31', endsOn: null })], 'same_supplier'],
    ['a draft without in-force date is not compared', [c('a', {}), c('b', { inForceFrom: null })], null],
    [
      'a tillæg under its main contract',
      [c('a', { agreementElements: ['drift'] }), c('b', { parentId: 'a', agreementElements: ['drift'] })],
      null,
    ],
    ['two tillæg of one main contract', [c('a', { parentId: 'm' }), c('b', { parentId: 'm' })], null],
    [
      'different suppliers, no system',
      [c('a', { agreementElements: ['drift'] }), c('b', { supplierId: 's2', agreementElements: ['drift'] })],
      null,
    ],
  ])('%s', (_, contracts, reason) => {
    const found = findDoublePurchases(contracts);
    expect(found.map((f) => f.reason)).toEqual(reason ? [reason] : []);
  });
});
