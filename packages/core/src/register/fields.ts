import type { CalendarDate } from '../time/calendar-date.js';
import type { OptionList } from './option-lists.js';

/**
 * A register's fields, each declared once: its kind (which says how it is stored, sent, read from a spreadsheet
 * cell and written to one), its limits, its labels in both languages and where it appears. The API's schemas
 * (packages/api `fieldSchemas`), the database row type (packages/db), the import's cell readers and checks, the
 * export's cells, the search index and the web app's labels and generic form fields are derived from it.
 *
 * A field of kind `custom` is declared for its labels and spreadsheet column only; what it means (a reference
 * by name, a list, a term read from two columns …) is written where it is used.
 */

export type Label = { readonly da: string; readonly en: string };

/** Labels of a fixed set of values, in both languages, and other words a spreadsheet may use for them. */
export type EnumLabels<K extends string> = Record<K, { da: string; en: string; also?: readonly string[] }>;

/** The field's column on the register's spreadsheet (export, import, template, guide). */
export type ColumnSpec = {
  /** The Danish heading the export writes and the import looks for first. */
  readonly heading: string;
  /** Other headings the import accepts (compared without case, spaces and punctuation). */
  readonly aliases: readonly string[];
  readonly width: number;
  /** How to fill it in (the guide sheet); derived from the kind when left out. */
  readonly guide?: string;
  readonly required?: boolean;
  /** Derived values an import ignores. */
  readonly readOnly?: boolean;
  /** A custom field's cell format (a plain field's follows from its kind). */
  readonly cell?: 'date' | 'integer' | 'decimal';
};

/** How the web app shows a field. */
export type WebSpec = {
  /** The section that shows the field of its own accord (without one, the field is placed by its form's code). */
  readonly section?: string;
  readonly multiline?: boolean;
  readonly hint?: Label;
  /** The input's id, where one was given before the field was declared (default: section-name in kebab case). */
  readonly inputId?: string;
};

type Common = {
  /** What a person reads: the form's label; lower-cased at the start for sentences (audit, search hits). */
  readonly label: Label;
  readonly column?: ColumnSpec;
  /** Its text is in the register's full-text search. */
  readonly searched?: boolean;
  readonly web?: WebSpec;
  /** For the API description (English). */
  readonly description?: string;
};

/** A value every object has: a new one must name it (the create request requires it) and a change cannot clear it. */
type Requirable = { readonly required?: true };

export type TextFieldSpec = Common & { readonly kind: 'text'; readonly max: number };
export type OptionFieldSpec = Common & Requirable & { readonly kind: 'option'; readonly list: OptionList };
export type EnumFieldSpec = Common &
  Requirable & {
    readonly kind: 'enum';
    readonly values: readonly string[];
    readonly labels: EnumLabels<string>;
    /** The value of a new object and of an empty cell; without it the field may be empty (null). */
    readonly default?: string;
  };
export type DateFieldSpec = Common & { readonly kind: 'date' };
export type MonthsFieldSpec = Common & { readonly kind: 'months'; readonly min: number; readonly max: number };
/** A month of the year, 1 = January … 12 = December; a spreadsheet cell may name it ("februar", "feb.") or number it. */
export type MonthOfYearFieldSpec = Common & { readonly kind: 'monthOfYear' };
/** A whole number from `min` to `max` (a count). */
export type IntegerFieldSpec = Common & {
  readonly kind: 'integer';
  readonly min: number;
  readonly max: number;
  /** The value of a new object and of an empty cell; without it the field may be empty (null). */
  readonly default?: number;
};
/** An amount in kroner, stored in øre. */
export type MoneyFieldSpec = Common & { readonly kind: 'money' };
/** An exact decimal with at most six decimals (percentages). */
export type DecimalFieldSpec = Common & { readonly kind: 'decimal' };
/** Yes or no, stored as 1/0; a new object and an empty cell say no. */
export type YesNoFieldSpec = Common & { readonly kind: 'yesNo' };
export type CustomFieldSpec = Common & { readonly kind: 'custom' };

export type FieldSpec =
  | TextFieldSpec
  | OptionFieldSpec
  | EnumFieldSpec
  | DateFieldSpec
  | MonthsFieldSpec
  | MonthOfYearFieldSpec
  | IntegerFieldSpec
  | MoneyFieldSpec
  | DecimalFieldSpec
  | YesNoFieldSpec
  | CustomFieldSpec;

export type FieldKind = FieldSpec['kind'];
export type Fields = Readonly<Record<string, FieldSpec>>;

/** The names of a register's fields of the given kinds. */
export type FieldsOfKind<F extends Fields, K extends FieldKind> = {
  [N in keyof F]: F[N] extends { kind: K } ? N : never;
}[keyof F] &
  string;

/** Every field but the custom ones: stored, sent, read and written by their kind alone. */
export type PlainFieldName<F extends Fields> = FieldsOfKind<F, Exclude<FieldKind, 'custom'>>;

/** The names of a register's fields that every object has (`required`): a create request must send them. */
export type RequiredFieldName<F extends Fields> = {
  [N in keyof F]: F[N] extends { required: true } ? N : never;
}[keyof F] &
  string;

/** The names of a register's fields marked as searched, of any kind. */
export type SearchedFieldName<F extends Fields> = {
  [N in keyof F]: F[N] extends { searched: true } ? N : never;
}[keyof F] &
  string;

/** A plain field's value as the database row holds it. */
export type StoredValue<S> = S extends { kind: 'date' }
  ? CalendarDate | null
  : S extends { kind: 'option'; required: true }
    ? string
    : S extends { kind: 'text' | 'option' | 'decimal' }
      ? string | null
      : S extends
            | { kind: 'enum'; values: readonly (infer V)[]; default: string }
            | { kind: 'enum'; values: readonly (infer V)[]; required: true }
        ? V
        : S extends { kind: 'enum'; values: readonly (infer V)[] }
          ? V | null
          : S extends { kind: 'integer'; default: number }
            ? number
            : S extends { kind: 'months' | 'integer' | 'monthOfYear' }
              ? number | null
              : S extends { kind: 'yesNo' }
                ? number
                : S extends { kind: 'money' }
                  ? bigint | null
                  : never;

/** The names of a register's fields, in declaration order, that satisfy `test`. */
export function fieldNames<F extends Fields, N extends keyof F & string = keyof F & string>(
  fields: F,
  test: (spec: FieldSpec, name: string) => boolean = () => true,
): N[] {
  return Object.entries(fields)
    .filter(([name, spec]) => test(spec, name))
    .map(([name]) => name as N);
}

/** The plain fields (every kind but custom), in declaration order. */
export function plainFieldNames<F extends Fields>(fields: F): PlainFieldName<F>[] {
  return fieldNames(fields, (spec) => spec.kind !== 'custom') as PlainFieldName<F>[];
}

/** The fields marked as searched (`searched: true`), of any kind, in declaration order. */
export function searchedFieldNames<F extends Fields>(fields: F): SearchedFieldName<F>[] {
  return fieldNames(fields, (spec) => spec.searched === true) as SearchedFieldName<F>[];
}

/**
 * A label inside a sentence ("ændrede beskrivelse"): the first letter lower-cased unless the word is an
 * abbreviation ("SKI-aftalenummer", "ESDH-/journalnummer" stay as they are).
 */
export function labelInSentence(label: string): string {
  const [first = '', second = ''] = label;
  return second !== '' && second === second.toLocaleUpperCase('da') && /\p{L}/u.test(second)
    ? label
    : first.toLocaleLowerCase('da') + label.slice(1);
}

/** How a spreadsheet cell of each kind is filled in (the import guide, in Danish). */
export const CELL_GUIDE = {
  date: 'Dato: 31-12-2026, 31.12.26 eller 2026-12-31, eller en datocelle.',
  money: 'Beløb i kroner: 1.234,50, 1234,5 eller et tal.',
  percent: 'Procent som tal, fx 2,5.',
  monthOfYear: 'Månedens navn eller nummer, fx februar, feb. eller 2.',
  text: (max: number) => `Fritekst (højst ${max.toLocaleString('da-DK')} tegn).`,
} as const;

/**
 * A plain field's value when nothing is said of it (a new object), in the API's form; null for a required field
 * too, which a new object names itself.
 */
export function defaultApiValue(spec: FieldSpec): string | number | boolean | null {
  if (spec.kind === 'enum' || spec.kind === 'integer') return spec.default ?? null;
  if (spec.kind === 'yesNo') return false;
  return null;
}

/** Whether every object has the field (`required`): a new one names it. */
export function isRequired(spec: FieldSpec): boolean {
  return (spec.kind === 'option' || spec.kind === 'enum') && spec.required === true;
}

/** Whether a plain field may be empty (null): not when it is required, has a default, or is yes/no. */
export function mayBeEmpty(spec: FieldSpec): boolean {
  switch (spec.kind) {
    case 'yesNo':
      return false;
    case 'option':
      return !isRequired(spec);
    case 'enum':
      return !isRequired(spec) && spec.default === undefined;
    case 'integer':
      return spec.default === undefined;
    default:
      return true;
  }
}
