import { describe, expect, it } from 'vitest';
import { CONTRACT_FIELDS, CONTRACT_PLAIN_FIELDS } from './contract-fields.js';
import { CONTRACT_OPTION_KINDS } from './contract-values.js';
import { defaultApiValue, type FieldSpec, fieldNames, labelInSentence, mayBeEmpty, plainFieldNames } from './fields.js';
import { CONTRACT_OPTION_FIELDS } from './option-fields.js';
import { PRICE_ELEMENT_FIELDS } from './price-element-fields.js';
import { RESPONSIBILITY_FIELDS } from './responsibility-fields.js';
import { SUPPLIER_FIELDS } from './supplier-fields.js';

describe('labelInSentence', () => {
  it.each([
    ['Beskrivelse', 'beskrivelse'],
    ['Loft (%)', 'loft (%)'],
    ['SKI-aftalenummer', 'SKI-aftalenummer'],
    ['ESDH-/journalnummer', 'ESDH-/journalnummer'],
    ['I kraft fra', 'i kraft fra'],
    ['Årlig omkostning', 'årlig omkostning'],
    ['X', 'x'],
    ['', ''],
  ])('given the label %j, then a sentence says %j', (label, expected) => {
    expect(labelInSentence(label)).toBe(expected);
  });
});

describe('defaultApiValue', () => {
  const label = { da: 'x', en: 'x' };
  it.each<[string, FieldSpec, unknown]>([
    ['text', { kind: 'text', max: 10, label }, null],
    ['an enumeration with a default', { kind: 'enum', values: ['a', 'b'], labels: {}, default: 'b', label }, 'b'],
    ['an enumeration without one', { kind: 'enum', values: ['a', 'b'], labels: {}, label }, null],
    ['yes/no', { kind: 'yesNo', label }, false],
    ['money', { kind: 'money', label }, null],
    ['a whole number with a default', { kind: 'integer', min: 0, max: 20, default: 0, label }, 0],
    ['a whole number without one', { kind: 'integer', min: 1, max: 20, label }, null],
    ['a required enumeration (the request names it)', { kind: 'enum', values: ['a'], labels: {}, required: true, label }, null],
  ])('given %s, then a new object has %j', (_, spec, expected) => {
    expect(defaultApiValue(spec)).toEqual(expected);
  });
});

describe('mayBeEmpty', () => {
  const label = { da: 'x', en: 'x' };
  it.each<[string, FieldSpec, boolean]>([
    ['text', { kind: 'text', max: 10, label }, true],
    ['an option value', { kind: 'option', list: 'responsibility_role', label }, true],
    ['a required option value', { kind: 'option', list: 'responsibility_role', required: true, label }, false],
    ['an enumeration', { kind: 'enum', values: ['a'], labels: {}, label }, true],
    ['an enumeration with a default', { kind: 'enum', values: ['a'], labels: {}, default: 'a', label }, false],
    ['a required enumeration', { kind: 'enum', values: ['a'], labels: {}, required: true, label }, false],
    ['a whole number', { kind: 'integer', min: 1, max: 20, label }, true],
    ['a whole number with a default', { kind: 'integer', min: 0, max: 20, default: 0, label }, false],
    ['months', { kind: 'months', min: 0, max: 120, label }, true],
    ['yes/no', { kind: 'yesNo', label }, false],
  ])('given %s, then it may be empty: %j', (_, spec, expected) => {
    expect(mayBeEmpty(spec)).toBe(expected);
  });
});

describe('CONTRACT_FIELDS', () => {
  const columns = Object.values(CONTRACT_FIELDS).flatMap((spec) => ('column' in spec && spec.column ? [spec.column] : []));
  const key = (text: string) => text.toLocaleLowerCase('da').replace(/[^\p{L}\p{N}]+/gu, '');

  it('given the spreadsheet columns, then no heading or other name is claimed by two columns', () => {
    const names = columns.flatMap((c) => [c.heading, ...c.aliases].map(key));
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    // A column may list its own heading among its aliases; only names of two columns are a conflict.
    const conflicts = twice.filter((n) => columns.filter((c) => [c.heading, ...c.aliases].map(key).includes(n)).length > 1);
    expect(conflicts).toEqual([]);
  });

  it('given every field, then each has a Danish and an English label', () => {
    for (const [name, spec] of Object.entries(CONTRACT_FIELDS)) {
      expect(spec.label.da, name).not.toBe('');
      expect(spec.label.en, name).not.toBe('');
    }
  });

  it('given the plain fields, then they are every field but the custom ones, in column order', () => {
    expect(CONTRACT_PLAIN_FIELDS).toEqual(fieldNames(CONTRACT_FIELDS, (spec) => spec.kind !== 'custom'));
    expect(CONTRACT_PLAIN_FIELDS).toContain('esdhReference');
    expect(CONTRACT_PLAIN_FIELDS).not.toContain('number');
  });

  it('given an enumeration, then every value has a label and every label a value', () => {
    for (const spec of Object.values(CONTRACT_FIELDS)) {
      if (spec.kind === 'enum') expect(Object.keys(spec.labels).sort()).toEqual([...spec.values].sort());
    }
  });
});

describe.each([
  ['SUPPLIER_FIELDS', SUPPLIER_FIELDS],
  ['PRICE_ELEMENT_FIELDS', PRICE_ELEMENT_FIELDS],
] as const)('%s', (_, fields) => {
  const specs: FieldSpec[] = Object.values(fields);
  const key = (text: string) => text.toLocaleLowerCase('da').replace(/[^\p{L}\p{N}]+/gu, '');

  it('given the spreadsheet columns, then no heading or other name is claimed by two columns', () => {
    const columns = specs.flatMap((spec) => (spec.column ? [spec.column] : []));
    const claims = columns.map((c) => new Set([c.heading, ...c.aliases].map(key)));
    const conflicts = claims.flatMap((names, i) => [...names].filter((n) => claims.some((other, j) => j !== i && other.has(n))));
    expect(conflicts).toEqual([]);
  });

  it('given every field, then each has a Danish and an English label and a column', () => {
    for (const spec of specs) {
      expect(spec.label.da).not.toBe('');
      expect(spec.label.en).not.toBe('');
      expect(spec.column).toBeDefined();
    }
  });

  it('given an enumeration, then every value has a label and every label a value', () => {
    for (const spec of specs) {
      if (spec.kind === 'enum') expect(Object.keys(spec.labels).sort()).toEqual([...spec.values].sort());
    }
  });
});

describe.each([
  ['CONTRACT_OPTION_FIELDS', CONTRACT_OPTION_FIELDS],
  ['RESPONSIBILITY_FIELDS', RESPONSIBILITY_FIELDS],
] as const)('%s', (_, fields) => {
  const specs: FieldSpec[] = Object.values(fields);

  it('given every field, then each has a Danish and an English label', () => {
    for (const spec of specs) {
      expect(spec.label.da).not.toBe('');
      expect(spec.label.en).not.toBe('');
    }
  });

  it('given a number, then its limits hold its default', () => {
    for (const spec of specs) {
      if (spec.kind === 'months' || spec.kind === 'integer') expect(spec.min).toBeLessThanOrEqual(spec.max);
      if (spec.kind === 'integer' && spec.default !== undefined) {
        expect(spec.default).toBeGreaterThanOrEqual(spec.min);
        expect(spec.default).toBeLessThanOrEqual(spec.max);
      }
    }
  });

  it('given an enumeration, then every value has a label and every label a value', () => {
    for (const spec of specs) {
      if (spec.kind === 'enum') expect(Object.keys(spec.labels).sort()).toEqual([...spec.values].sort());
    }
  });
});

describe('CONTRACT_OPTION_FIELDS', () => {
  it('given an option, then every field is stored and sent by its kind, and only its kind must be named', () => {
    expect(plainFieldNames(CONTRACT_OPTION_FIELDS)).toEqual(Object.keys(CONTRACT_OPTION_FIELDS));
    expect(fieldNames(CONTRACT_OPTION_FIELDS, (spec) => !mayBeEmpty(spec))).toEqual(['kind', 'exercisedPeriods']);
    expect(CONTRACT_OPTION_FIELDS.kind.values).toBe(CONTRACT_OPTION_KINDS);
    expect(defaultApiValue(CONTRACT_OPTION_FIELDS.exercisedPeriods)).toBe(0);
  });
});

describe('RESPONSIBILITY_FIELDS', () => {
  it('given a responsibility, then its role is a required value of the responsibility_role list and its person custom', () => {
    expect(RESPONSIBILITY_FIELDS.role).toMatchObject({ kind: 'option', list: 'responsibility_role', required: true });
    expect(plainFieldNames(RESPONSIBILITY_FIELDS)).toEqual(['role']);
  });
});
