import type { Contract, UpdateContractRequest } from '@overblik/api';
import { type CalendarDate, CONTRACT_FIELDS, defaultApiValue, type FieldSpec, type Fields, mayBeEmpty } from '@overblik/core';
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { ErrorFor, InputReader } from './ContractForm.tsx';

/**
 * Form inputs of declared fields (packages/core `fields.ts`): the field's kind says which input it is (text, a whole
 * number, a date, a choice of an enumeration's values) and how what was typed is read into the API's form; its
 * declaration gives the label and hint (i18n `declaredLabels`). What holds between fields stays with the form.
 *
 * The contract's fields that the web app shows of its own accord are those whose declaration (CONTRACT_FIELDS)
 * names a section (`web.section`): each appears in its section's summary and edit form without code of its own.
 */

type Value = string | number | null;

type InputOptions<N extends string> = {
  /** The translation key under which the fields' labels and hints are (`<labels>.<name>`, `<labels>.<name>Hint`). */
  labels: string;
  id: (name: N, spec: FieldSpec) => string;
  /** For an enumeration, the translation key of its values' labels (`<key>.<value>`). */
  choices?: Partial<Record<N, string>>;
};

/** A field's id in kebab case: `periodMonths` → `period-months`. */
export const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A field's value in the API's form as its input shows it; a new object shows the field's default. */
function inputValue(spec: FieldSpec, value: unknown): string {
  const shown = value === undefined ? defaultApiValue(spec) : value;
  if (shown === null || shown === undefined) return spec.kind === 'enum' && spec.required ? (spec.values[0] ?? '') : '';
  return String(shown);
}

/** What was typed into a field's input, in the API's form (an empty input is none, or the field's default). */
function readValue(reader: InputReader, name: string, spec: FieldSpec, text: string): Value {
  switch (spec.kind) {
    case 'text':
      return reader.text(text);
    case 'integer':
      return reader.integer(name, text) ?? spec.default ?? null;
    case 'months':
      return reader.integer(name, text);
    // A date input's value: `YYYY-MM-DD`, or empty (none).
    case 'date':
      return (text || null) as CalendarDate | null;
    case 'enum':
      return text || null;
    default:
      throw new Error(`a field of kind ${spec.kind} has no generic input`);
  }
}

/**
 * The state, inputs and request part of some of a register's fields. `initial` is the object in the API's form (a
 * new object: nothing, each field at its default). `read` reads every field but those `fixed` (a value a rule
 * decides, such as a field the form hides).
 */
export function useFieldInputs<N extends string>(
  fields: Fields,
  names: readonly N[],
  initial: Partial<Record<N, unknown>> | undefined,
  options: InputOptions<N>,
) {
  const { t } = useTranslation();
  const specOf = (name: N) => fields[name] as FieldSpec;
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(names.map((name) => [name, inputValue(specOf(name), initial?.[name])])),
  );
  const set = (name: N, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const shownValue = (name: N) => values[name] ?? '';

  const read = (reader: InputReader, fixed: Partial<Record<N, Value>> = {}): Record<N, Value> =>
    Object.fromEntries(
      names.map((name) => [
        name,
        name in fixed ? (fixed[name] ?? null) : readValue(reader, name, specOf(name), shownValue(name)),
      ]),
    ) as Record<N, Value>;

  /** The field's input; `hint: false` leaves its declared hint out. */
  const input = (name: N, errorFor: ErrorFor, { hint = true }: { hint?: boolean } = {}): ReactNode => {
    const spec = specOf(name);
    const props = {
      id: options.id(name, spec),
      label: t(`${options.labels}.${name}`),
      hint: hint && spec.web?.hint ? t(`${options.labels}.${name}Hint`) : undefined,
      value: shownValue(name),
      error: errorFor(name),
    };
    switch (spec.kind) {
      case 'text':
        return spec.web?.multiline ? (
          <TextAreaField key={name} {...props} onChange={(e) => set(name, e.target.value)} />
        ) : (
          <TextField key={name} {...props} autoComplete="off" onChange={(e) => set(name, e.target.value)} />
        );
      case 'integer':
      case 'months':
        return (
          <TextField key={name} {...props} inputMode="numeric" autoComplete="off" onChange={(e) => set(name, e.target.value)} />
        );
      case 'date':
        return <TextField key={name} {...props} type="date" onChange={(e) => set(name, e.target.value)} />;
      case 'enum': {
        // A choice that may be left empty would need an empty choice and its words; none is shown this way yet.
        if (mayBeEmpty(spec)) throw new Error(`the enumeration ${name} may be empty: it has no generic input yet`);
        const choices = options.choices?.[name];
        return (
          <SelectField
            key={name}
            {...props}
            onChange={(e) => set(name, spec.values.find((v) => v === e.target.value) ?? inputValue(spec, undefined))}
            options={spec.values.map((v) => ({ value: v, label: choices ? t(`${choices}.${v}`) : v }))}
          />
        );
      }
      default:
        throw new Error(`a field of kind ${spec.kind} has no generic input`);
    }
  };

  return { value: shownValue, read, input };
}

type TextName = {
  [N in keyof typeof CONTRACT_FIELDS]: (typeof CONTRACT_FIELDS)[N] extends { kind: 'text' } ? N : never;
}[keyof typeof CONTRACT_FIELDS];

/** The text fields a section shows of its own accord, in declaration order. */
function declaredTextFields(section: string): Array<[TextName, FieldSpec]> {
  return (Object.entries(CONTRACT_FIELDS) as Array<[TextName, FieldSpec]>).filter(
    ([, spec]) => spec.kind === 'text' && spec.web?.section === section,
  );
}

/** The section's declared fields as summary-list rows. */
export function DeclaredDetails({ contract, section }: { contract: Contract; section: string }) {
  const { t } = useTranslation();
  return (
    <>
      {declaredTextFields(section).map(([name, spec]) => (
        <Fragment key={name}>
          <dt>{t(`contracts.fields.${name}`)}</dt>
          <dd className={spec.web?.multiline ? 'notes' : undefined}>{contract[name] ?? '–'}</dd>
        </Fragment>
      ))}
    </>
  );
}

/** The state, request part and form fields of a section's declared fields, for its edit form. */
export function useDeclaredFields(contract: Contract, section: string) {
  const names = declaredTextFields(section).map(([name]) => name);
  const inputs = useFieldInputs(CONTRACT_FIELDS, names, contract, {
    labels: 'contracts.fields',
    id: (name, spec) => spec.web?.inputId ?? `${section}-${kebab(name)}`,
  });
  return {
    read: (reader: InputReader): UpdateContractRequest => inputs.read(reader) as UpdateContractRequest,
    fields: (errorFor: ErrorFor) => names.map((name) => inputs.input(name, errorFor)),
  };
}
