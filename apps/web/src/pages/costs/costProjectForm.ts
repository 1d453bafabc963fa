import type { CostProject, CostProjectInput, CostProjectMemberInput } from '@overblik/api';
import { type CalendarDate, COST_MODEL_KINDS } from '@overblik/core';
import type { TFunction } from 'i18next';
import { createInputReader, decimalInput, type FieldErrors } from '../../lib/formInput.ts';

export type ModelKind = CostProject['modelKind'];
export const MODEL_KINDS: readonly ModelKind[] = COST_MODEL_KINDS;
/** The kinds whose model is written as JSON in the form (the others have fields of their own). */
export const JSON_MODEL_KINDS: readonly ModelKind[] = ['buffet', 'shares'];

export type ExitPaymentChoice = 'default' | 'yes' | 'no';

/** One member as the form's table holds it; `key` tells rows apart while they are added and removed. */
export type MemberRow = {
  key: number;
  municipalityCode: string;
  availableFrom: string;
  wave: string;
  pilot: boolean;
  exitOn: string;
};

/** What the project form holds: text as typed (Danish decimals "14,83"), turned into a CostProjectInput on saving. */
export type CostProjectForm = {
  name: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  invoicing: 'kombit' | 'yearly';
  proration: 'days' | 'months';
  populationDate: string;
  pilotFreeMonths: string;
  exitPayment: ExitPaymentChoice;
  businessCaseCosts: string;
  modelKind: ModelKind;
  rate: string;
  kink: boolean;
  kinkThreshold: string;
  kinkFactor: string;
  /** The model of a buffet or shares project as JSON text. */
  modelJson: string;
  comparison: boolean;
  comparisonName: string;
  comparisonJson: string;
  members: MemberRow[];
};

/**
 * A valid model of each kind, as docs/cost-sharing.md shows them, to start from. The buffet and shares examples
 * name their members by kommunekode (docs/examples/infrastruktur-buffet.json and it-forsyningen-andele.json).
 */
export const MODEL_EXAMPLES: Readonly<Record<ModelKind, Record<string, unknown>>> = {
  per_inhabitant: { kind: 'per_inhabitant', rate: '25', kink: { threshold: 150000, factor: '0.5' } },
  fee_per_inhabitant: { kind: 'fee_per_inhabitant', rate: '14.83' },
  buffet: {
    kind: 'buffet',
    years: [
      { year: 2024, expectedCosts: '30000000' },
      { year: 2025, expectedCosts: '31000000', settlement: { year: 2024, actualCosts: '30600000', billed: '30000000' } },
    ],
    outside: [{ name: 'CPR-opslag', unitPrice: '0.35', usage: { '101': { '2024': 120000 }, '147': { '2024': 18000 } } }],
  },
  shares: {
    kind: 'shares',
    years: [{ year: 2025, costs: '48000000' }],
    split: { kind: 'percent', percents: { '201': '12.37', '151': '28.91', '240': '20.33', '190': '19.43', '210': '18.96' } },
  },
};

export function modelJson(model: unknown): string {
  return JSON.stringify(model, null, 2);
}

export const exampleJson = (kind: ModelKind) => modelJson(MODEL_EXAMPLES[kind]);

/**
 * The JSON to show when the model kind changes: the new kind's example, unless the person has written a model of
 * their own (anything but an example of another kind, or nothing).
 */
export function jsonForKind(current: string, kind: ModelKind): string {
  const untouched = current.trim() === '' || MODEL_KINDS.some((k) => current === exampleJson(k));
  if (!JSON_MODEL_KINDS.includes(kind)) return untouched ? '' : current;
  return untouched ? exampleJson(kind) : current;
}

export function emptyForm(): CostProjectForm {
  return {
    name: '',
    description: '',
    periodStart: '',
    periodEnd: '',
    invoicing: 'kombit',
    proration: 'days',
    populationDate: '01-01',
    pilotFreeMonths: '2',
    exitPayment: 'default',
    businessCaseCosts: '',
    modelKind: 'per_inhabitant',
    rate: '',
    kink: false,
    kinkThreshold: '',
    kinkFactor: '',
    modelJson: '',
    comparison: false,
    comparisonName: '',
    comparisonJson: '',
    members: [],
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** A saved project as the form shows it, ready to change and save again. */
export function projectToForm(project: CostProject): CostProjectForm {
  const model = project.model;
  const kink = (model.kink ?? null) as { threshold?: unknown; factor?: unknown } | null;
  const hasFields = !JSON_MODEL_KINDS.includes(project.modelKind);
  return {
    name: project.name,
    description: project.description ?? '',
    periodStart: project.period.start,
    periodEnd: project.period.end,
    invoicing: project.invoicing,
    proration: project.proration,
    populationDate: project.populationDate,
    pilotFreeMonths: String(project.pilotFreeMonths),
    exitPayment: project.exitPayment === null ? 'default' : project.exitPayment ? 'yes' : 'no',
    businessCaseCosts: decimalInput(project.businessCaseCosts),
    modelKind: project.modelKind,
    rate: hasFields ? decimalInput(text(model.rate)) : '',
    kink: project.modelKind === 'per_inhabitant' && kink !== null,
    kinkThreshold: kink ? text(kink.threshold) : '',
    kinkFactor: kink ? decimalInput(text(kink.factor)) : '',
    modelJson: hasFields ? '' : modelJson(model),
    comparison: project.comparison !== null,
    comparisonName: project.comparison?.name ?? '',
    comparisonJson: project.comparison ? modelJson(project.comparison.model) : '',
    members: project.members.map((m, index) => ({
      key: index + 1,
      municipalityCode: m.municipalityCode,
      availableFrom: m.availableFrom,
      wave: m.wave ?? '',
      pilot: m.pilot,
      exitOn: m.exitOn ?? '',
    })),
  };
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A JSON object typed into a text area, or null with `message` when it is not one. */
function parseModel(value: string): { model: Record<string, unknown> } | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { error: 'not an object' };
  return { model: parsed as Record<string, unknown> };
}

export type ReadResult = { input: CostProjectInput | null; errors: FieldErrors };

/**
 * The form as the API takes it. Each field's problem is reported at the JSON path the server uses for it
 * (`$.model.rate`, `$.members[2].availableFrom`), so the browser's and the server's messages land in the same place.
 */
export function readForm(form: CostProjectForm, t: TFunction): ReadResult {
  const reader = createInputReader(t);
  const errors: Record<string, string> = {};
  const date = (field: string, value: string, required: boolean): CalendarDate | null => {
    if (!value.trim()) {
      if (required) errors[field] = t('form.required');
      return null;
    }
    if (!CALENDAR_DATE.test(value.trim())) {
      errors[field] = t('costs.form.dateInvalid');
      return null;
    }
    // Checked just above: `YYYY-MM-DD`.
    return value.trim() as CalendarDate;
  };
  const jsonModel = (field: string, value: string, kind?: ModelKind): Record<string, unknown> | null => {
    if (!value.trim()) {
      errors[field] = t('form.required');
      return null;
    }
    const parsed = parseModel(value);
    if ('error' in parsed) {
      errors[field] = t('costs.form.jsonInvalid', { message: parsed.error });
      return null;
    }
    if (kind === undefined) return parsed.model;
    if (parsed.model.kind !== undefined && parsed.model.kind !== kind) {
      errors[field] = t('costs.form.jsonKindMismatch', { kind });
      return null;
    }
    return { ...parsed.model, kind };
  };

  const name = reader.required('$.name', form.name);
  const start = date('$.period.start', form.periodStart, true);
  const end = date('$.period.end', form.periodEnd, true);
  const populationDate = form.populationDate.trim() || '01-01';
  if (!MONTH_DAY.test(populationDate)) errors['$.populationDate'] = t('costs.form.populationDateInvalid');
  const pilotFreeMonths = reader.integer('$.pilotFreeMonths', form.pilotFreeMonths) ?? 2;
  const businessCaseCosts = reader.decimal('$.businessCaseCosts', form.businessCaseCosts, 2);

  let model: Record<string, unknown> | null = null;
  if (form.modelKind === 'per_inhabitant' || form.modelKind === 'fee_per_inhabitant') {
    const rate = reader.decimal('$.model.rate', form.rate, 4);
    if (rate === null && !form.rate.trim()) errors['$.model.rate'] = t('form.required');
    model = { kind: form.modelKind, rate };
    if (form.modelKind === 'per_inhabitant' && form.kink) {
      const threshold = reader.integer('$.model.kink.threshold', form.kinkThreshold);
      const factor = reader.decimal('$.model.kink.factor', form.kinkFactor, 6);
      if (threshold === null && !form.kinkThreshold.trim()) errors['$.model.kink.threshold'] = t('form.required');
      if (factor === null && !form.kinkFactor.trim()) errors['$.model.kink.factor'] = t('form.required');
      model.kink = { threshold, factor };
    }
  } else {
    model = jsonModel('$.model', form.modelJson, form.modelKind);
  }

  let comparison: CostProjectInput['comparison'] = null;
  if (form.comparison) {
    const comparisonName = reader.required('$.comparison.name', form.comparisonName);
    const comparisonModel = jsonModel('$.comparison.model', form.comparisonJson);
    if (comparisonModel) comparison = { name: comparisonName, model: comparisonModel };
  }

  const seen = new Set<string>();
  const members: CostProjectMemberInput[] = form.members.map((m, index) => {
    const at = `$.members[${index}]`;
    if (!m.municipalityCode) errors[`${at}.municipalityCode`] = t('costs.form.municipalityRequired');
    else if (seen.has(m.municipalityCode)) errors[`${at}.municipalityCode`] = t('costs.form.municipalityTwice');
    seen.add(m.municipalityCode);
    return {
      municipalityCode: m.municipalityCode,
      // Empty only with an error, and then nothing is sent.
      availableFrom: date(`${at}.availableFrom`, m.availableFrom, true) ?? ('' as CalendarDate),
      wave: m.wave.trim() || null,
      pilot: m.pilot,
      exitOn: date(`${at}.exitOn`, m.exitOn, false),
    };
  });

  const all = { ...reader.errors, ...errors };
  if (Object.keys(all).length > 0 || !start || !end || !model) return { input: null, errors: all };
  return {
    input: {
      name,
      description: form.description.trim() || null,
      period: { start, end },
      invoicing: form.invoicing,
      proration: form.proration,
      populationDate,
      pilotFreeMonths,
      exitPayment: form.exitPayment === 'default' ? null : form.exitPayment === 'yes',
      businessCaseCosts,
      model,
      comparison,
      members,
    },
    errors: all,
  };
}

/** A new member row: the municipality (if chosen) available from the start of the period. */
export function newMemberRow(rows: readonly MemberRow[], municipalityCode: string, availableFrom: string): MemberRow {
  return {
    key: Math.max(0, ...rows.map((r) => r.key)) + 1,
    municipalityCode,
    availableFrom,
    wave: '',
    pilot: false,
    exitOn: '',
  };
}

/** Adds every municipality not yet a member, in the given order, after those already there. */
export function addAllMembers(rows: readonly MemberRow[], codes: readonly string[], availableFrom: string): MemberRow[] {
  const present = new Set(rows.map((r) => r.municipalityCode));
  const next = [...rows];
  for (const code of codes) {
    if (present.has(code)) continue;
    next.push(newMemberRow(next, code, availableFrom));
    present.add(code);
  }
  return next;
}
