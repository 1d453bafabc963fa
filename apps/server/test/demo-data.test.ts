import { describe, expect, it } from 'vitest';
import { DEMO_SUPPLIERS, DEMO_UNITS, demoContracts } from '../src/usecases/demo/demo-data.js';

/** A few facts of the demo the browser tests, screenshots and docs rely on, pinned as the compact description expands them. */
describe('demo data', () => {
  const contracts = demoContracts('2025-03-14');
  const byNumber = new Map(contracts.map((c) => [c.number, c]));

  it('has the contracts, suppliers and units in their order', () => {
    expect(contracts).toHaveLength(54);
    expect(contracts.slice(0, 6).map((c) => c.number)).toEqual([
      'DEMO-001',
      'DEMO-001-T1',
      'DEMO-001-T2',
      'DEMO-002',
      'DEMO-003',
      'DEMO-003-T1',
    ]);
    expect(contracts.at(-1)?.number).toBe('DEMO-050');
    expect(new Set(byNumber.keys()).size).toBe(contracts.length);
    expect(contracts.flatMap((c) => c.priceElements ?? [])).toHaveLength(35);
    expect(contracts.flatMap((c) => c.options ?? [])).toHaveLength(7);
    expect(DEMO_SUPPLIERS).toHaveLength(20);
    expect(DEMO_UNITS.find((u) => u.name === 'IT og Digitalisering')?.parent).toBe('Borgerservice og Digitalisering');
  });

  it('expands a main contract with everything it names', () => {
    expect(byNumber.get('DEMO-001')).toMatchObject({
      supplier: 'nordlys',
      unit: 'Økonomi og Personale',
      contractType: 'hovedkontrakt',
      template: 'k03',
      agreementElements: ['licens', 'drift', 'support', 'vedligehold'],
      signedOn: '2021-11-12',
      inForceFrom: '2022-01-01',
      termKind: 'months',
      termMonths: 48,
      irrevocableUntil: '2023-12-31',
      noticeMonths: 12,
      noticePeriodEnd: 'year',
      totalValue: '9600000.00',
      priceIndexBaseMonth: '2023-12',
      priceRegulationCapPercent: '3.5',
      esdhReference: '2022-004001',
      options: [
        {
          kind: 'extension',
          description: 'Forlængelse 2 × 12 måneder',
          periods: 2,
          periodMonths: 12,
          leadTimeMonths: 6,
          latestExerciseOn: '2025-07-31',
          exercisedPeriods: 1,
          exercisedOn: '2025-01-03',
        },
      ],
    });
    expect(byNumber.get('DEMO-001')?.priceElements?.[2]).toEqual({
      number: '2.1',
      name: 'Konsulentbistand, konfiguration',
      unitCode: 'HUR',
      unitPrice: '1275.50',
      recurrence: 'one_off',
      payingUnits: ['Økonomi og Personale'],
    });
  });

  it('gives a tillæg its main contract’s supplier, system and template, and leaves out what is not given', () => {
    const tillaeg = byNumber.get('DEMO-023-T1');
    expect(tillaeg).toMatchObject({ supplier: 'sagsbro', parent: 'DEMO-023', systemName: 'Sagsbro Social', template: 'k02' });
    expect(tillaeg).not.toHaveProperty('procurementForm');
    expect(byNumber.get('DEMO-041')).not.toHaveProperty('inForceFrom');
    expect(byNumber.get('DEMO-042')).toMatchObject({ parent: 'DEMO-002', agreementElements: [], dpaReference: 'Denne aftale' });
    expect(byNumber.get('DEMO-019')).toMatchObject({ currency: 'EUR', annualCost: '5400.00' });
  });
});
