import type { CostProject } from '@overblik/api';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  addAllMembers,
  type CostProjectForm,
  emptyForm,
  exampleJson,
  jsonForKind,
  MODEL_EXAMPLES,
  projectToForm,
  readForm,
} from './costProjectForm.ts';

/** The message keys themselves (with their values), so the tests see which message a field got. */
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as TFunction;

const filled = (patch: Partial<CostProjectForm> = {}): CostProjectForm => ({
  ...emptyForm(),
  name: 'SAPA',
  periodStart: '2019-07-01',
  periodEnd: '2023-12-31',
  rate: '25',
  kink: true,
  kinkThreshold: '150.000',
  kinkFactor: '0,5',
  businessCaseCosts: '60.000.000',
  members: [
    { key: 1, municipalityCode: '561', availableFrom: '2019-05-01', wave: 'pilot', pilot: true, exitOn: '' },
    { key: 2, municipalityCode: '530', availableFrom: '2019-11-01', wave: ' 5 ', pilot: false, exitOn: '2022-07-01' },
  ],
  ...patch,
});

const project: CostProject = {
  id: '00000000-0000-4000-8000-000000000001',
  organisationId: '00000000-0000-4000-8000-000000000002',
  name: 'SAPA',
  description: null,
  period: { start: '2019-07-01', end: '2023-12-31' },
  invoicing: 'kombit',
  proration: 'days',
  populationDate: '01-01',
  pilotFreeMonths: 2,
  exitPayment: null,
  businessCaseCosts: '60000000.00',
  model: { kind: 'per_inhabitant', rate: '25', kink: { threshold: 150000, factor: '0.5' } },
  modelKind: 'per_inhabitant',
  comparison: null,
  members: [
    {
      id: '00000000-0000-4000-8000-000000000003',
      organisationId: '00000000-0000-4000-8000-000000000004',
      municipalityCode: '561',
      name: 'Esbjerg',
      availableFrom: '2019-05-01',
      wave: 'pilot',
      pilot: true,
      exitOn: null,
    },
    {
      id: '00000000-0000-4000-8000-000000000005',
      organisationId: '00000000-0000-4000-8000-000000000006',
      municipalityCode: '530',
      name: 'Billund',
      availableFrom: '2019-11-01',
      wave: '5',
      pilot: false,
      exitOn: '2022-07-01',
    },
  ],
  problems: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('readForm', () => {
  it('given a per-inhabitant project typed the Danish way, then it becomes the whole CostProjectInput', () => {
    const { input, errors } = readForm(filled(), t);
    expect(errors).toEqual({});
    expect(input).toEqual({
      name: 'SAPA',
      description: null,
      period: { start: '2019-07-01', end: '2023-12-31' },
      invoicing: 'kombit',
      proration: 'days',
      populationDate: '01-01',
      pilotFreeMonths: 2,
      exitPayment: null,
      businessCaseCosts: '60000000',
      model: { kind: 'per_inhabitant', rate: '25', kink: { threshold: 150000, factor: '0.5' } },
      comparison: null,
      members: [
        { municipalityCode: '561', availableFrom: '2019-05-01', wave: 'pilot', pilot: true, exitOn: null },
        { municipalityCode: '530', availableFrom: '2019-11-01', wave: '5', pilot: false, exitOn: '2022-07-01' },
      ],
    });
  });

  it('given a fee per inhabitant with decimals and an exit payment chosen, then the rate keeps its decimals exactly', () => {
    const { input } = readForm(filled({ modelKind: 'fee_per_inhabitant', rate: '14,83', kink: true, exitPayment: 'no' }), t);
    expect(input?.model).toEqual({ kind: 'fee_per_inhabitant', rate: '14.83' });
    expect(input?.exitPayment).toBe(false);
  });

  it('given a buffet model as JSON, then it is sent as written, with the kind chosen', () => {
    const json = JSON.stringify({ years: [{ year: 2025, expectedCosts: '31000000' }] });
    const { input } = readForm(filled({ modelKind: 'buffet', modelJson: json }), t);
    expect(input?.model).toEqual({ kind: 'buffet', years: [{ year: 2025, expectedCosts: '31000000' }] });
  });

  it('given JSON that cannot be read or is of another kind, then the model field says so and nothing is sent', () => {
    const broken = readForm(filled({ modelKind: 'shares', modelJson: '{ "kind": "shares", ' }), t);
    expect(broken.input).toBeNull();
    expect(broken.errors['$.model']).toMatch(/^costs\.form\.jsonInvalid/);
    const other = readForm(filled({ modelKind: 'shares', modelJson: exampleJson('buffet') }), t);
    expect(other.errors['$.model']).toBe('costs.form.jsonKindMismatch {"kind":"shares"}');
    expect(readForm(filled({ modelKind: 'shares', modelJson: '[1]' }), t).errors['$.model']).toMatch(/jsonInvalid/);
  });

  it('given a comparison, then its name and model are sent; without a name it is an error at its path', () => {
    const json = exampleJson('fee_per_inhabitant');
    const { input } = readForm(filled({ comparison: true, comparisonName: 'Gammel model', comparisonJson: json }), t);
    expect(input?.comparison).toEqual({ name: 'Gammel model', model: MODEL_EXAMPLES.fee_per_inhabitant });
    const unnamed = readForm(filled({ comparison: true, comparisonName: ' ', comparisonJson: json }), t);
    expect(unnamed.errors).toEqual({ '$.comparison.name': 'form.required' });
  });

  it('given missing and unreadable fields, then each is reported at the JSON path the server uses', () => {
    const { input, errors } = readForm(
      filled({
        name: '',
        periodEnd: '',
        rate: '',
        kinkFactor: 'halv',
        populationDate: '1. januar',
        pilotFreeMonths: 'to',
        businessCaseCosts: '1,234',
        members: [
          { key: 1, municipalityCode: '', availableFrom: '', wave: '', pilot: false, exitOn: '' },
          { key: 2, municipalityCode: '751', availableFrom: '2019-07-01', wave: '', pilot: false, exitOn: '' },
          { key: 3, municipalityCode: '751', availableFrom: '2019-07-01', wave: '', pilot: false, exitOn: '1/7 2022' },
        ],
      }),
      t,
    );
    expect(input).toBeNull();
    expect(errors).toEqual({
      '$.name': 'form.required',
      '$.period.end': 'form.required',
      '$.model.rate': 'form.required',
      '$.model.kink.factor': 'form.decimalInvalid',
      '$.populationDate': 'costs.form.populationDateInvalid',
      '$.pilotFreeMonths': 'form.integerInvalid',
      '$.businessCaseCosts': 'form.decimalPlaces {"count":2}',
      '$.members[0].municipalityCode': 'costs.form.municipalityRequired',
      '$.members[0].availableFrom': 'form.required',
      '$.members[2].municipalityCode': 'costs.form.municipalityTwice',
      '$.members[2].exitOn': 'costs.form.dateInvalid',
    });
  });
});

describe('projectToForm', () => {
  it('given a saved project, then the form shows it as typed, and saving it unchanged sends the same project', () => {
    const form = projectToForm(project);
    expect(form).toMatchObject({
      rate: '25',
      kink: true,
      kinkThreshold: '150000',
      kinkFactor: '0,5',
      businessCaseCosts: '60000000',
      exitPayment: 'default',
      modelJson: '',
    });
    expect(form.members.map((m) => [m.municipalityCode, m.wave, m.pilot, m.exitOn])).toEqual([
      ['561', 'pilot', true, ''],
      ['530', '5', false, '2022-07-01'],
    ]);
    const { input } = readForm(form, t);
    expect(input).toEqual({
      name: project.name,
      description: null,
      period: project.period,
      invoicing: 'kombit',
      proration: 'days',
      populationDate: '01-01',
      pilotFreeMonths: 2,
      exitPayment: null,
      businessCaseCosts: '60000000',
      model: project.model,
      comparison: null,
      members: project.members.map(({ municipalityCode, availableFrom, wave, pilot, exitOn }) => ({
        municipalityCode,
        availableFrom,
        wave,
        pilot,
        exitOn,
      })),
    });
  });

  it('given a shares project with a comparison, then both models are shown as JSON and read back the same', () => {
    const shares = {
      ...project,
      modelKind: 'shares' as const,
      model: MODEL_EXAMPLES.shares,
      exitPayment: true,
      comparison: { name: 'Gammel model', model: MODEL_EXAMPLES.per_inhabitant },
    };
    const form = projectToForm(shares);
    expect(form.rate).toBe('');
    expect(JSON.parse(form.modelJson)).toEqual(MODEL_EXAMPLES.shares);
    expect(form.exitPayment).toBe('yes');
    const { input } = readForm(form, t);
    expect(input?.model).toEqual(MODEL_EXAMPLES.shares);
    expect(input?.comparison).toEqual(shares.comparison);
    expect(input?.exitPayment).toBe(true);
  });
});

describe('jsonForKind', () => {
  it('given an untouched text area, then choosing buffet or shares shows its example, and a kind with fields clears it', () => {
    expect(jsonForKind('', 'buffet')).toBe(exampleJson('buffet'));
    expect(jsonForKind(exampleJson('buffet'), 'shares')).toBe(exampleJson('shares'));
    expect(jsonForKind(exampleJson('shares'), 'per_inhabitant')).toBe('');
  });

  it('given a model the person wrote, then it is kept', () => {
    expect(jsonForKind('{ "kind": "buffet", "years": [] }', 'shares')).toBe('{ "kind": "buffet", "years": [] }');
  });
});

describe('addAllMembers', () => {
  it('given some members, then every other municipality is added once, from the start of the period', () => {
    const rows = addAllMembers(filled().members, ['101', '561', '147', '101'], '2019-07-01');
    expect(rows.map((r) => [r.key, r.municipalityCode, r.availableFrom])).toEqual([
      [1, '561', '2019-05-01'],
      [2, '530', '2019-11-01'],
      [3, '101', '2019-07-01'],
      [4, '147', '2019-07-01'],
    ]);
  });
});
