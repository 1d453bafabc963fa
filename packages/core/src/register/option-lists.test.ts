import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, OPTION_LISTS, optionKeyFor, resolveOptionList } from './option-lists.js';
import { supplierIdentityProblems } from './supplier-identity.js';

describe('option lists', () => {
  it('have unique, ASCII keys in every default list', () => {
    for (const list of OPTION_LISTS) {
      const keys = DEFAULT_OPTIONS[list].map((d) => d.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^[a-z0-9_]+$/);
    }
  });

  it('given no changes, an organisation sees the Danish defaults', () => {
    const list = resolveOptionList('supplier_classification', [], 'da');
    expect(list.map((v) => v.label)).toEqual(['Strategisk', 'Vigtig', 'Standard', 'Lille']);
    expect(resolveOptionList('supplier_classification', [], 'en')[2]?.label).toBe('Standard');
    expect(resolveOptionList('supplier_classification', [], 'en')[3]?.label).toBe('Minor');
  });

  it('applies renames and disablings to defaults and appends added values in the order added', () => {
    const list = resolveOptionList(
      'supplier_classification',
      [
        { key: 'standard', label: 'Almindelig', disabled: false, custom: false, position: 0 },
        { key: 'strategisk', label: null, disabled: true, custom: false, position: 0 },
        { key: 'livskritisk', label: 'Livskritisk', disabled: false, custom: true, position: 2 },
        { key: 'ukendt', label: 'Ukendt', disabled: false, custom: true, position: 1 },
      ],
      'en',
    );
    expect(list).toEqual([
      { key: 'strategisk', label: 'Strategic', disabled: true, custom: false },
      { key: 'vigtig', label: 'Important', disabled: false, custom: false },
      { key: 'standard', label: 'Almindelig', disabled: false, custom: false },
      { key: 'lille', label: 'Minor', disabled: false, custom: false },
      { key: 'ukendt', label: 'Ukendt', disabled: false, custom: true },
      { key: 'livskritisk', label: 'Livskritisk', disabled: false, custom: true },
    ]);
  });

  it.each([
    ['Særlig kontrakt', 'saerlig_kontrakt'],
    ['Åben/lukket', 'aaben_lukket'],
    ['  Café  ', 'cafe'],
    ['!!!', 'vaerdi'],
  ])('makes the key %j → %s', (label, key) => {
    expect(optionKeyFor(label, new Set())).toBe(key);
  });

  it('makes a taken key unique', () => {
    expect(optionKeyFor('Hosting', new Set(['hosting', 'hosting_2']))).toBe('hosting_3');
  });
});

describe('supplier identity', () => {
  it('requires a valid CVR number of a Danish supplier', () => {
    expect(supplierIdentityProblems({ country: 'DK', cvr: '19435075', foreignId: null })).toEqual([]);
    expect(supplierIdentityProblems({ country: 'DK', cvr: null, foreignId: null })).toEqual([
      { field: 'cvr', problem: 'required' },
    ]);
    expect(supplierIdentityProblems({ country: 'DK', cvr: '19435076', foreignId: null })).toEqual([
      { field: 'cvr', problem: 'checksum' },
    ]);
    expect(supplierIdentityProblems({ country: 'DK', cvr: '1234', foreignId: null })).toEqual([
      { field: 'cvr', problem: 'format' },
    ]);
  });

  it('identifies a foreign supplier by country and its own id, never by CVR', () => {
    expect(supplierIdentityProblems({ country: 'SE', cvr: null, foreignId: 'SE556000016701' })).toEqual([]);
    expect(supplierIdentityProblems({ country: 'SE', cvr: '19435075', foreignId: null })).toEqual([
      { field: 'cvr', problem: 'not_for_foreign' },
    ]);
    expect(supplierIdentityProblems({ country: 'sverige', cvr: null, foreignId: null })).toEqual([
      { field: 'country', problem: 'format' },
    ]);
  });
});
