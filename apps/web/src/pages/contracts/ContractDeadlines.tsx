import type { ContractDeadlinesPreview, ContractDetails } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractDeadlinesQuery } from '../../api/contracts.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { type Formatters, useFormat } from '../../lib/format.ts';
import { useActivityTypes } from '../activities/useActivityTypes.ts';
import { ContractStatusTag } from './ContractStatusTag.tsx';
import { useContractEnd } from './contractEnd.ts';
import { DeadlineExplanation } from './DeadlineExplanation.tsx';

/** What the section shows, from the stored deadlines (today) or from a preview of another day. */
type Shown = {
  latestNoticeDate: string | null;
  earliestEnd: string | null;
  endsOn: string | null;
  currentTermEnd: string | null;
  nextOptionDeadline: string | null;
  nextPriceRegulation: string | null;
  irrevocableUntil: string | null;
  explanation: readonly string[];
};

function storedOf(c: ContractDetails): Shown {
  return { ...c.deadlines, endsOn: c.endsOn, irrevocableUntil: c.irrevocableUntil, explanation: c.deadlineExplanation };
}

function previewOf(p: ContractDeadlinesPreview): Shown {
  return { ...p, nextOptionDeadline: p.optionDeadlines[0]?.deadline ?? null };
}

/** The latest notice date for the earliest end, or why there is none. */
function latestNotice(s: Shown, terminated: boolean, t: TFunction, format: Formatters): string {
  if (s.latestNoticeDate) {
    return s.earliestEnd
      ? t('contracts.deadlines.noticeFor', { date: format.day(s.latestNoticeDate), end: format.day(s.earliestEnd) })
      : format.day(s.latestNoticeDate);
  }
  if (s.endsOn) {
    const key = terminated ? 'contracts.deadlines.alreadyTerminated' : 'contracts.deadlines.noNoticeNeeded';
    return t(key, { date: format.day(s.endsOn) });
  }
  return t('contracts.deadlines.cannotCompute');
}

/**
 * "Frister": the deadlines the server computed from the terms for today (docs/deadlines.md) – the latest notice
 * date, the current term's end, the next option deadline and price regulation, the irrevocable date – and how
 * they were found. A date field shows them as they will stand (or stood) on another day: a preview, computed by
 * the server and stored nowhere, with the activities the deadlines would call for on that day.
 */
export function ContractDeadlines({ contract: c }: { contract: ContractDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const contractEnd = useContractEnd();
  const types = useActivityTypes(c.organisationId);
  const [day, setDay] = useState('');
  const [asOf, setAsOf] = useState<string | null>(null);
  const preview = useQuery({ ...contractDeadlinesQuery(c.organisationId, c.id, asOf ?? ''), enabled: asOf !== null });
  const showing = asOf !== null && preview.data ? preview.data : null;
  const shown = showing ? previewOf(showing) : storedOf(c);
  const dayError = asOf !== null ? fieldError(preview.error, 'querystring/asOf') : undefined;

  const show = (event: FormEvent) => {
    event.preventDefault();
    setAsOf(day === '' ? null : day);
  };
  const backToToday = () => {
    setDay('');
    setAsOf(null);
  };
  const optionName = (optionId: string | null) => {
    const option = c.options.find((o) => o.id === optionId);
    if (!option) return null;
    const kind = t(`contracts.optionKinds.${option.kind}`);
    return option.description ? `${kind} (${option.description})` : kind;
  };

  return (
    <section aria-labelledby="contract-deadlines" className="contract-subsection mt-6">
      <h3 id="contract-deadlines">{t('contracts.deadlines.heading')}</h3>
      <form className="deadline-preview-form" onSubmit={show}>
        <TextField
          id="deadlines-as-of"
          label={t('contracts.deadlines.asOf')}
          hint={t('contracts.deadlines.asOfHint')}
          type="date"
          value={day}
          onChange={(e) => setDay(e.target.value)}
          error={dayError}
        />
        <div className="deadline-preview-actions">
          <button type="submit" className="button button-secondary">
            {t('contracts.deadlines.showDay')}
          </button>
          {asOf !== null ? (
            <button type="button" className="button button-tertiary" onClick={backToToday}>
              {t('contracts.deadlines.backToToday')}
            </button>
          ) : null}
        </div>
      </form>
      {asOf !== null && preview.isError && !dayError ? <ErrorAlert error={preview.error} /> : null}
      {showing ? (
        <Alert variant="info" heading={t('contracts.deadlines.previewHeading', { date: format.longDay(showing.asOf) })}>
          <p>{t(showing.preview ? 'contracts.deadlines.previewText' : 'contracts.deadlines.previewToday')}</p>
        </Alert>
      ) : (
        <p className="form-hint">
          {c.deadlines.computedFor
            ? t('contracts.deadlines.computed', { date: format.day(c.deadlines.computedFor) })
            : t('contracts.deadlines.notComputed')}
        </p>
      )}
      <dl className="summary-list">
        {showing ? (
          <>
            <dt>{t('contracts.deadlines.statusOnDay')}</dt>
            <dd>
              <ContractStatusTag status={showing.status} />
            </dd>
            <dt>{t('contracts.fields.endsOn')}</dt>
            <dd>
              {contractEnd({ endsOn: showing.endsOn, renewal: c.renewal, currentTermEnd: showing.currentTermEnd }, 'value')}
            </dd>
          </>
        ) : null}
        <dt>{t('contracts.deadlines.latestNoticeDate')}</dt>
        <dd>{latestNotice(shown, c.terminationGivenOn !== null, t, format)}</dd>
        {shown.currentTermEnd ? (
          <>
            <dt>{t('contracts.deadlines.currentTermEnd')}</dt>
            <dd>{format.day(shown.currentTermEnd)}</dd>
          </>
        ) : null}
        <dt>{t('contracts.deadlines.nextOptionDeadline')}</dt>
        <dd>{format.day(shown.nextOptionDeadline)}</dd>
        <dt>{t('contracts.deadlines.nextPriceRegulation')}</dt>
        <dd>{format.day(shown.nextPriceRegulation)}</dd>
        <dt>{t('contracts.deadlines.irrevocableUntil')}</dt>
        <dd>{format.day(shown.irrevocableUntil)}</dd>
        {showing ? (
          <>
            <dt>{t('contracts.deadlines.activitiesOnDay')}</dt>
            <dd>
              {showing.activities.length === 0 ? (
                t('contracts.deadlines.noActivities')
              ) : (
                <ul className="nobullet-list mt-0 mb-0">
                  {showing.activities.map((a) => (
                    <li key={a.key}>
                      {types.label(a.type)}
                      {a.optionId ? ` – ${optionName(a.optionId) ?? ''}` : ''}: {format.day(a.dueOn)}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        ) : null}
      </dl>
      <DeadlineExplanation sentences={shown.explanation} />
    </section>
  );
}
