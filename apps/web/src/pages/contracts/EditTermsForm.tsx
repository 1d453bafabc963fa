import type { Contract } from '@overblik/api';
import type { CalendarDate } from '@overblik/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField.tsx';
import { ContractPatchForm } from './ContractPatchForm.tsx';
import { useTermFields } from './useTermFields.tsx';

type Props = { contract: Contract; label: string; onDone: () => void };
type DateField = 'signedOn' | 'operationsStartOn' | 'irrevocableUntil' | 'terminationGivenOn' | 'terminationEffectiveOn';

/** "Datoer og vilkår": signed, in force, operations start, term, irrevocability, notice, renewal and termination. */
export function EditTermsForm({ contract: c, label, onDone }: Props) {
  const { t } = useTranslation();
  const term = useTermFields('terms', c);
  const [dates, setDates] = useState<Record<DateField, CalendarDate | ''>>({
    signedOn: c.signedOn ?? '',
    operationsStartOn: c.operationsStartOn ?? '',
    irrevocableUntil: c.irrevocableUntil ?? '',
    terminationGivenOn: c.terminationGivenOn ?? '',
    terminationEffectiveOn: c.terminationEffectiveOn ?? '',
  });
  const date = (field: DateField, id: string, errorFor: (field: string) => string | undefined, hint?: string) => (
    <TextField
      id={`terms-${id}`}
      label={t(`contracts.fields.${field}`)}
      hint={hint}
      type="date"
      value={dates[field]}
      // A date input's value is `YYYY-MM-DD` or empty.
      onChange={(e) => setDates((d) => ({ ...d, [field]: e.target.value as CalendarDate | '' }))}
      error={errorFor(field)}
    />
  );

  return (
    <ContractPatchForm
      contract={c}
      label={label}
      onDone={onDone}
      read={(reader) => ({
        signedOn: dates.signedOn || null,
        operationsStartOn: dates.operationsStartOn || null,
        irrevocableUntil: dates.irrevocableUntil || null,
        terminationGivenOn: dates.terminationGivenOn || null,
        terminationEffectiveOn: dates.terminationEffectiveOn || null,
        ...term.read(reader),
      })}
      fields={(errorFor) => (
        <>
          <p className="form-hint">{t('contracts.derivedHint')}</p>
          {date('signedOn', 'signed-on', errorFor)}
          {term.fields(errorFor)}
          {date('operationsStartOn', 'operations-start-on', errorFor)}
          {date('irrevocableUntil', 'irrevocable-until', errorFor, t('contracts.fields.irrevocableUntilHint'))}
          <div className="form-row">
            {date('terminationGivenOn', 'termination-given-on', errorFor)}
            {date('terminationEffectiveOn', 'termination-effective-on', errorFor)}
          </div>
        </>
      )}
    />
  );
}
