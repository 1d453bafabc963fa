import type { Contract } from '@overblik/api';
import { TRANSFERABILITIES } from '@overblik/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { ContractPatchForm } from './ContractPatchForm.tsx';

type Props = { contract: Contract; label: string; onDone: () => void };

const TEXTS = ['exitClause', 'dataReturn', 'archivingDuty'] as const;

/** Exit terms: what happens when the contract ends, and how hard moving to another supplier would be. */
export function EditExitForm({ contract: c, label, onDone }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    exitClause: c.exitClause ?? '',
    dataReturn: c.dataReturn ?? '',
    archivingDuty: c.archivingDuty ?? '',
    transferability: c.transferability ?? '',
    transferabilityNote: c.transferabilityNote ?? '',
  });
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));
  return (
    <ContractPatchForm
      contract={c}
      label={label}
      onDone={onDone}
      read={(reader) => ({
        exitClause: reader.text(form.exitClause),
        dataReturn: reader.text(form.dataReturn),
        archivingDuty: reader.text(form.archivingDuty),
        transferability: TRANSFERABILITIES.find((x) => x === form.transferability) ?? null,
        transferabilityNote: reader.text(form.transferabilityNote),
      })}
      fields={(errorFor) => (
        <>
          {TEXTS.map((field) => (
            <TextAreaField
              key={field}
              id={`exit-${field}`}
              label={t(`contracts.fields.${field}`)}
              rows={3}
              value={form[field]}
              onChange={(e) => set(field, e.target.value)}
              error={errorFor(field)}
            />
          ))}
          <SelectField
            id="exit-transferability"
            label={t('contracts.fields.transferability')}
            hint={t('contracts.fields.transferabilityHint')}
            value={form.transferability}
            onChange={(e) => set('transferability', e.target.value)}
            options={[
              { value: '', label: t('contracts.noValue') },
              ...TRANSFERABILITIES.map((x) => ({ value: x, label: t(`contracts.transferabilities.${x}`) })),
            ]}
            error={errorFor('transferability')}
          />
          <TextAreaField
            id="exit-transferability-note"
            label={t('contracts.fields.transferabilityNote')}
            rows={3}
            value={form.transferabilityNote}
            onChange={(e) => set('transferabilityNote', e.target.value)}
            error={errorFor('transferabilityNote')}
          />
        </>
      )}
    />
  );
}
