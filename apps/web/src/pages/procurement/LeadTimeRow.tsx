import type { ProcurementLeadTime } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { procurementPlanKey, putLeadTime, resetLeadTime } from '../../api/procurementPlan.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';

type Props = { organisationId: string; form: string; label: string; leadTime: ProcurementLeadTime | null };

const MONTHS = /^\d{1,2}$/;

/** One procurement form's lead time in months: "Gem" when changed, "Nulstil" back to the default. */
export function LeadTimeRow({ organisationId, form, label, leadTime }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = leadTime ? String(leadTime.months) : '';
  const [months, setMonths] = useState(current);
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setMonths(current), [current]);
  const changed = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: procurementPlanKey(organisationId) }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
    input.current?.focus();
  };
  const save = useMutation({ mutationFn: (value: number) => putLeadTime(organisationId, form, value), onSuccess: changed });
  const reset = useMutation({ mutationFn: () => resetLeadTime(organisationId, form), onSuccess: changed });
  const id = `lead-time-${form}`;
  const error = invalid ? t('procurement.leadTimes.invalid') : fieldError(save.error, 'months');

  function submit(e: FormEvent) {
    e.preventDefault();
    const text = months.trim();
    const ok = MONTHS.test(text) && Number(text) <= 60;
    setInvalid(!ok);
    if (ok) save.mutate(Number(text));
    else input.current?.focus();
  }

  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <form id={`${id}-form`} onSubmit={submit} noValidate className={`inline-form${error ? ' form-error' : ''}`}>
          <label className="sr-only" htmlFor={id}>
            {t('procurement.leadTimes.monthsFor', { name: label })}
          </label>
          <input
            ref={input}
            id={id}
            className="form-input input-width-xs"
            inputMode="numeric"
            autoComplete="off"
            value={months}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setMonths(e.target.value)}
          />
          {error ? (
            <span className="form-error-message" id={`${id}-error`}>
              <span className="sr-only">{t('common.errorPrefix')} </span>
              {error}
            </span>
          ) : null}
        </form>
      </td>
      <td>
        {leadTime && !leadTime.isDefault ? (
          <span className="badge badge-info">{t('reminders.custom')}</span>
        ) : (
          <span className="badge">{t('reminders.default')}</span>
        )}
      </td>
      <td>
        <span className="row-actions">
          <button
            type="submit"
            form={`${id}-form`}
            className="button button-secondary"
            aria-label={t('procurement.leadTimes.saveNamed', { name: label })}
            disabled={save.isPending || months.trim() === current}
          >
            {t('common.save')}
          </button>
          {leadTime && !leadTime.isDefault ? (
            <ConfirmAction
              label={t('reminders.reset')}
              accessibleLabel={t('reminders.resetNamed', { name: label })}
              question={t('procurement.leadTimes.resetQuestion', { name: label })}
              confirmLabel={t('reminders.resetConfirm')}
              pending={reset.isPending}
              onConfirm={() => reset.mutate()}
            />
          ) : null}
        </span>
        {save.isError && !fieldError(save.error, 'months') ? <ErrorAlert error={save.error} /> : null}
        {reset.isError ? <ErrorAlert error={reset.error} /> : null}
      </td>
    </tr>
  );
}
