import { CONTRACT_OPTION_KINDS, type ContractOptionKind } from './contract-values.js';
import type { EnumLabels, Fields, PlainFieldName } from './fields.js';

export const OPTION_KIND_LABELS: EnumLabels<ContractOptionKind> = {
  extension: { da: 'Forlængelsesoption', en: 'Extension option' },
  purchase: { da: 'Købsoption', en: 'Purchase option' },
};

/**
 * A contract's options' fields (forlængelses- og købsoptioner), in the order of their form (docs/architecture.md,
 * "A field is declared once"). What holds between the fields is a rule, written where it is checked
 * (`checkOptionValues` in apps/server `contract-options.ts`): an extension has periods and their length, a purchase
 * neither; no more periods are exercised than there are (a purchase: one); the day exercised only when one is.
 * Whether an option is exercised (`exercised`) is derived from the periods exercised, so it is not declared.
 */
export const CONTRACT_OPTION_FIELDS = {
  kind: {
    kind: 'enum',
    values: CONTRACT_OPTION_KINDS,
    labels: OPTION_KIND_LABELS,
    required: true,
    label: { da: 'Type', en: 'Type' },
    description: 'extension: periods × periodMonths more months; purchase: an option to buy more',
  },
  description: {
    kind: 'text',
    max: 2000,
    label: { da: 'Beskrivelse', en: 'Description' },
  },
  periods: {
    kind: 'integer',
    min: 1,
    max: 20,
    label: { da: 'Perioder', en: 'Periods' },
    web: {
      hint: { da: 'Hvor mange gange kontrakten kan forlænges.', en: 'How many times the contract can be extended.' },
    },
  },
  periodMonths: {
    kind: 'months',
    min: 1,
    max: 240,
    label: { da: 'Måneder pr. periode', en: 'Months per period' },
  },
  latestExerciseOn: {
    kind: 'date',
    label: { da: 'Skal senest udnyttes', en: 'Exercise by' },
  },
  leadTimeMonths: {
    kind: 'months',
    min: 0,
    max: 120,
    label: { da: 'Varsel (måneder før udløb)', en: 'Notice (months before the end)' },
    description: 'Must be exercised this many months before the end',
    web: {
      hint: {
        da: 'Hvis optionen skal udnyttes et antal måneder før kontrakten udløber.',
        en: 'If the option must be exercised some months before the contract ends.',
      },
    },
  },
  exercisedPeriods: {
    kind: 'integer',
    min: 0,
    max: 20,
    default: 0,
    label: { da: 'Udnyttede perioder', en: 'Periods exercised' },
    description: 'How many of the periods have been exercised (purchase: 0 or 1)',
    web: {
      hint: { da: '0, hvis optionen ikke er udnyttet.', en: '0 if the option has not been exercised.' },
    },
  },
  exercisedOn: {
    kind: 'date',
    label: { da: 'Udnyttet den', en: 'Exercised on' },
  },
} as const satisfies Fields;

export type ContractOptionFields = typeof CONTRACT_OPTION_FIELDS;
/** The option's fields that are stored, sent and read by their kind alone (all of them). */
export type ContractOptionPlainField = PlainFieldName<ContractOptionFields>;
