import { describe, expect, it } from 'vitest';
import type { ContractForControl } from './control-types.js';
import type { EInvoice, EInvoiceLine, EInvoiceParty } from './document.js';
import { matchBuyer, matchContract, matchLine, wordsOf } from './matching.js';
import { balancedInvoice, testContract, testElement, testLine, testParty } from './test-documents.js';

const organisation = {
  cvr: '29189897',
  units: [
    { id: 'u-skole', ean: '5798009882806' },
    { id: 'u-it', ean: '5798009882813' },
    { id: 'u-uden', ean: null },
  ],
};

describe('matchBuyer', () => {
  it.each<[string, Partial<EInvoiceParty>, boolean, string | null, string | null]>([
    ['the GLN of a unit', { gln: '5798009882813', cvr: '29189897' }, true, 'u-it', 'buyer_gln'],
    ['a 13-digit endpoint of a unit', { endpoint: { value: '5798009882806', scheme: '0088' } }, true, 'u-skole', 'buyer_gln'],
    ['only the organisation CVR', { cvr: '29189897' }, true, null, 'buyer_cvr'],
    ['an unknown GLN but the organisation CVR', { gln: '5790000000005', cvr: 'DK29189897' }, true, null, 'buyer_cvr'],
    ['another GLN and CVR', { gln: '5790000000005', cvr: '12345678' }, false, null, null],
    ['neither GLN nor CVR', {}, false, null, null],
  ])('given a buyer with %s, then matched %s, unit %s, by %s', (_, buyer, matched, unitId, by) => {
    expect(matchBuyer(testParty(buyer), organisation)).toMatchObject({ matched, unitId, by });
  });

  it('given a GLN match, then the Danish explanation names the EAN number and the unit id', () => {
    expect(matchBuyer(testParty({ gln: '5798009882806' }), organisation).explanation).toBe(
      'Modtagerens EAN-nummer 5798009882806 er EAN-nummeret på enheden u-skole.',
    );
  });

  it('given no match, then the explanation says what the buyer was', () => {
    expect(matchBuyer(testParty({ gln: '5790000000005', cvr: '12345678' }), organisation).explanation).toBe(
      'Fakturaen er ikke adresseret til organisationen: modtagerens EAN-nummer 5790000000005 og CVR-nummer 12345678 hører ikke til organisationen.',
    );
  });
});

describe('matchContract', () => {
  const drift = testContract('c1', {
    number: 'K-2020-01',
    name: 'Drift af ESDH',
    inForceFrom: '2020-01-01',
    endsOn: '2025-12-31',
  });
  const licens = testContract('c2', { number: 'K-2021-07', name: 'Licenser', inForceFrom: '2021-07-01', endsOn: '2023-06-30' });
  const other = testContract('c3', { number: 'X-9', name: 'Anden leverandør', supplierId: 's2' });
  const doc = (over: Partial<EInvoice>) => balancedInvoice([testLine('1')], {}, { contractReferences: [], ...over });

  it.each<[string, Partial<EInvoice>, ContractForControl[], string | null, string]>([
    [
      'a contract reference in another case and with spaces',
      { contractReferences: [' k-2021-07 '] },
      [drift, licens],
      'c2',
      'contract_reference',
    ],
    [
      "a contract reference to another supplier's contract",
      { contractReferences: ['X-9'] },
      [drift, other],
      'c3',
      'contract_reference',
    ],
    ['an order reference mapped to a contract', { orderReference: 'PO-77' }, [drift, licens], 'c2', 'order_reference'],
    [
      'no references and one active contract on the issue date',
      { issueDate: '2024-03-05' },
      [drift, licens],
      'c1',
      'only_active_contract',
    ],
    [
      'a period overlapping two active contracts',
      { period: { start: '2022-01-01', end: '2022-12-31' } },
      [drift, licens],
      null,
      'none',
    ],
    ['no contract in force on the issue date', { issueDate: '2026-02-01' }, [drift, licens], null, 'none'],
  ])('given %s, then the contract is %s (step %s)', (_, over, candidates, contractId, step) => {
    const result = matchContract(doc(over), candidates, 's1', [{ orderReference: 'po-77', contractId: 'c2' }]);
    expect(result).toMatchObject({ contractId, step });
  });

  it('given an unknown contract reference, then the order reference decides', () => {
    const result = matchContract(doc({ contractReferences: ['K-ukendt'], orderReference: 'PO-77' }), [drift, licens], 's1', [
      { orderReference: 'PO-77', contractId: 'c2' },
    ]);
    expect(result.step).toBe('order_reference');
  });

  it('given an order reference mapped to a contract that is not a candidate, then it is ignored', () => {
    const result = matchContract(doc({ orderReference: 'PO-77', issueDate: '2024-03-05' }), [drift], 's1', [
      { orderReference: 'PO-77', contractId: 'c9' },
    ]);
    expect(result).toMatchObject({ contractId: 'c1', step: 'only_active_contract' });
  });

  it('given several active contracts, then the explanation says "flere aktive kontrakter" and names them', () => {
    const result = matchContract(doc({ period: { start: '2022-01-01', end: '2022-12-31' } }), [drift, licens], 's1', []);
    expect(result.explanation).toBe(
      'Leverandøren har flere aktive kontrakter (1. januar 2022 – 31. december 2022): K-2020-01, K-2021-07. Fakturaen har ingen kontraktreference, der afgør hvilken; vælg kontrakten manuelt.',
    );
  });

  it('given an unknown supplier and no references, then nothing matches and the explanation says why', () => {
    expect(matchContract(doc({}), [drift], null, [])).toEqual({
      contractId: null,
      step: 'none',
      explanation: 'Ingen kontrakt fundet: fakturaen har ingen kontraktreference, leverandøren er ikke kendt.',
    });
  });
});

describe('matchLine', () => {
  const contract = testContract('c1', {
    priceElements: [
      testElement('e1', { number: '1', name: 'Implementering', unitCode: 'HUR', unitPrice: '1100' }),
      testElement('e12', { number: '1.2', name: 'Licens pr. bruger', unitCode: 'ANN', unitPrice: '1000' }),
      testElement('e2', { number: '2', name: 'Drift og hosting', unitCode: 'MON', unitPrice: '5000' }),
      testElement('e3', { number: 'A7', name: 'Support pr. måned', unitCode: 'MON', unitPrice: '2000' }),
      testElement('e4', { number: null, name: 'Support pr. år', unitCode: 'ANN', unitPrice: '22000' }),
    ],
    itemMappings: [
      { itemId: 'SKU-42', priceElementId: 'e2' },
      { itemId: '5712345780121', priceElementId: 'e3' },
    ],
  });
  const line = (over: Partial<EInvoiceLine>) => testLine('1', { price: '100', ...over });

  it.each<[string, Partial<EInvoiceLine>, string | null, string, boolean]>([
    ['"1.2 Licens" (the longer number wins)', { itemName: '1.2 Licens' }, 'e12', 'price_element_number', true],
    ['"1.2: Licens"', { itemName: '1.2: Licens' }, 'e12', 'price_element_number', true],
    ['"1 – Implementering"', { itemName: '1 – Implementering' }, 'e1', 'price_element_number', true],
    ['"1. Implementering"', { itemName: '1. Implementering' }, 'e1', 'price_element_number', true],
    ['"(1) …" is not a prefix, but the words match', { itemName: '(1) Implementering' }, 'e1', 'suggested', false],
    ['"2)" with the number at the end of the text', { itemName: '2)' }, 'e2', 'price_element_number', true],
    ['"a7 support" in lower case', { itemName: 'a7 support' }, 'e3', 'price_element_number', true],
    ['"12 Licens" (12 is not 1)', { itemName: '12 Licens pr. bruger' }, 'e12', 'suggested', false],
    ['"1.3 Noget" (1.3 is not 1)', { itemName: '1.3 Noget andet' }, null, 'none', false],
    [
      'the number only in the description',
      { itemName: 'Månedlig drift', description: '2 - Drift' },
      'e2',
      'price_element_number',
      true,
    ],
    ['the number only in the note', { itemName: null, note: '1.2 licenser' }, 'e12', 'price_element_number', true],
    ["a seller's item id that is an element number", { itemName: 'X', sellersItemId: 'A7' }, 'e3', 'price_element_number', true],
    ["a mapped seller's item id", { itemName: 'Hosting', sellersItemId: 'sku-42' }, 'e2', 'sellers_item_id', true],
    [
      'a mapped standard item id',
      { itemName: 'Vare', standardItemId: { value: '5712345780121', scheme: '0160' } },
      'e3',
      'sellers_item_id',
      true,
    ],
    ['only similar words ("drift og hosting, marts")', { itemName: 'Drift og hosting, marts 2024' }, 'e2', 'suggested', false],
    ['nothing in common', { itemName: 'Kaffe og kage' }, null, 'none', false],
  ])('given a line with %s, then the element is %s by %s (certain %s)', (_, over, id, step, certain) => {
    expect(matchLine(line(over), contract)).toMatchObject({ priceElementId: id, step, certain });
  });

  it('given a tie on words, then the element with a comparable unit and the closest price is suggested', () => {
    expect(matchLine(line({ itemName: 'Support', unitCode: 'ANN', price: '21000' }), contract).priceElementId).toBe('e4');
    expect(matchLine(line({ itemName: 'Support', unitCode: 'MON', price: '1900' }), contract).priceElementId).toBe('e3');
    expect(matchLine(line({ itemName: 'Support', unitCode: 'ANN', price: '24000' }), contract).priceElementId).toBe('e4');
  });

  it('given a number prefix, then the Danish explanation names the element', () => {
    expect(matchLine(line({ itemName: '1.2 Licens' }), contract).explanation).toBe(
      'Linje 1: varenavnet begynder med priselementets nummer 1.2 (Licens pr. bruger).',
    );
  });

  it('given Danish text, then words keep æ, ø and å and drop stop words', () => {
    expect(wordsOf('Årlig Støtte og Ændringer pr. måned (2024)')).toEqual(['årlig', 'støtte', 'ændringer', 'måned', '2024']);
  });
});
