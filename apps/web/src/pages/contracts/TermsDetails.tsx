import type { ContractDetails } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { ContractDeadlines } from './ContractDeadlines.tsx';
import { ContractStatusTag } from './ContractStatusTag.tsx';
import { endFactsOf, useContractEnd } from './contractEnd.ts';

/**
 * "Datoer og vilkår" as read: the dates, the term, opsigelsesvarsel, renewal, termination and the derived status,
 * then the deadlines computed from them ("Frister").
 */
export function TermsDetails({ contract: c }: { contract: ContractDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const contractEnd = useContractEnd();
  const termInYearsAndMonths = (total: number) => {
    const years = Math.floor(total / 12);
    const months = total % 12;
    if (years === 0) return t('contracts.term.months', { count: months });
    if (months === 0) return t('contracts.term.years', { count: years });
    return t('contracts.term.yearsAndMonths', {
      years: t('contracts.term.years', { count: years }),
      months: t('contracts.term.months', { count: months }),
    });
  };
  const term =
    c.termKind === 'months'
      ? c.termMonths === null
        ? '–'
        : termInYearsAndMonths(c.termMonths)
      : c.termKind === 'end_date'
        ? t('contracts.term.endDate', { date: format.day(c.termEndsOn) })
        : t('contracts.termKinds.ongoing');
  const renewal =
    c.renewal === 'automatic' && c.renewalMonths !== null
      ? t('contracts.renewalAutomaticMonths', { count: c.renewalMonths })
      : t(`contracts.renewals.${c.renewal}`);
  const earlyTermination =
    c.termKind === 'ongoing' ? t('contracts.earlyTerminationOngoing') : c.earlyTermination ? t('common.yes') : t('common.no');
  return (
    <>
      <dl className="summary-list">
        <dt>{t('contracts.fields.status')}</dt>
        <dd>
          <ContractStatusTag status={c.status} /> <span className="form-hint">{t('contracts.derivedHint')}</span>
        </dd>
        <dt>{t('contracts.fields.endsOn')}</dt>
        <dd>{contractEnd(endFactsOf(c), 'value')}</dd>
        <dt>{t('contracts.fields.signedOn')}</dt>
        <dd>{format.day(c.signedOn)}</dd>
        <dt>{t('contracts.fields.inForceFrom')}</dt>
        <dd>{format.day(c.inForceFrom)}</dd>
        <dt>{t('contracts.fields.operationsStartOn')}</dt>
        <dd>{format.day(c.operationsStartOn)}</dd>
        <dt>{t('contracts.fields.term')}</dt>
        <dd>{term}</dd>
        <dt>{t('contracts.fields.irrevocableUntil')}</dt>
        <dd>{format.day(c.irrevocableUntil)}</dd>
        <dt>{t('contracts.fields.noticeMonths')}</dt>
        <dd>{c.noticeMonths === null ? '–' : t('contracts.term.months', { count: c.noticeMonths })}</dd>
        <dt>{t('contracts.fields.noticePeriodEnd')}</dt>
        <dd>
          {c.noticePeriodEnd === 'named_month' && c.noticeEndMonth !== null
            ? t('contracts.noticeToEndOf', { month: format.monthOfYear(c.noticeEndMonth) })
            : t(`contracts.noticePeriodEnds.${c.noticePeriodEnd ?? 'none'}`)}
        </dd>
        <dt>{t('contracts.fields.earlyTermination')}</dt>
        <dd>{earlyTermination}</dd>
        <dt>{t('contracts.fields.renewal')}</dt>
        <dd>{renewal}</dd>
        <dt>{t('contracts.fields.terminationGivenOn')}</dt>
        <dd>{format.day(c.terminationGivenOn)}</dd>
        <dt>{t('contracts.fields.terminationEffectiveOn')}</dt>
        <dd>{format.day(c.terminationEffectiveOn)}</dd>
      </dl>
      <ContractDeadlines contract={c} />
    </>
  );
}
