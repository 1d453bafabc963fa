import type { Contract, UpdateContractRequest } from '@overblik/api';
import { CONTRACT_FIELDS, type FieldSpec } from '@overblik/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { ErrorFor, InputReader } from './ContractForm.tsx';

/**
 * The contract's fields that the web app shows of its own accord: those whose declaration (packages/core
 * CONTRACT_FIELDS) names a section (`web.section`). Each appears in its section's summary and edit form without
 * code of its own; labels and hints come from the declaration (i18n `declaredLabels`).
 */

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
  const { t } = useTranslation();
  const fields = declaredTextFields(section);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map(([name]) => [name, contract[name] ?? ''])),
  );
  return {
    read: (reader: InputReader): UpdateContractRequest =>
      Object.fromEntries(fields.map(([name]) => [name, reader.text(values[name] ?? '')])),
    fields: (errorFor: ErrorFor) =>
      fields.map(([name, spec]) => {
        const props = {
          id: spec.web?.inputId ?? `${section}-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
          label: t(`contracts.fields.${name}`),
          hint: spec.web?.hint ? t(`contracts.fields.${name}Hint`) : undefined,
          value: values[name] ?? '',
          error: errorFor(name),
        };
        return spec.web?.multiline ? (
          <TextAreaField key={name} {...props} onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))} />
        ) : (
          <TextField
            key={name}
            {...props}
            autoComplete="off"
            onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          />
        );
      }),
  };
}
