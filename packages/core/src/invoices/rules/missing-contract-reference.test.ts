import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../match-invoice.js';
import { missingContractReference } from './missing-contract-reference.js';
import { invoiceOf, ln, underCheck } from './rule-tests.js';

const lines = [ln('1', '2 Drift', '1', 'MON', '5100')];

describe('missingContractReference', () => {
  it.each<{ given: string; references: string[]; over: Partial<CheckInput>; expected: string | null }>([
    { given: "the contract's number", references: ['K-2022-01'], over: {}, expected: null },
    { given: 'another number (the reference is there)', references: ['X-1'], over: {}, expected: null },
    {
      given: 'no reference, the contract found by other means',
      references: [],
      over: { assignment: { contractId: 'c1' } },
      expected: 'Fakturaen angiver ikke kontraktens nummer (K-2022-01). Kontraktens id skal stå på fakturaen.',
    },
    {
      given: 'only blank references and no contract',
      references: [' ', ''],
      over: { contracts: [] },
      expected: 'Fakturaen angiver ikke kontraktens nummer. Kontraktens id skal stå på fakturaen.',
    },
  ])('given $given, then $expected', ({ references, over, expected }) => {
    const found = missingContractReference(underCheck(invoiceOf(lines, { contractReferences: references }), over));
    expect(found && [found.code, found.severity, found.amount, found.text]).toEqual(
      expected && ['missing_contract_reference', 'warning', null, expected],
    );
  });
});
