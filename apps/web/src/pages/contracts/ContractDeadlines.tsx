import type { Contract, ContractDetails } from '@overblik/api';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Formatters, useFormat } from '../../lib/format.ts';
import { DeadlineExplanation } from './DeadlineExplanation.tsx';

/** The latest notice date for the earliest end, or why there is none. */
function latestNotice(c: Contract, t: TFunction, format: Formatters): string {
  const { latestNoticeDate, earliestEnd } = c.deadlines;
  if (latestNoticeDate) {
    return earliestEnd
      ? t('contracts.deadlines.noticeFor', { date: format.day(latestNoticeDate), end: format.day(earliestEnd) })
      : format.day(latestNoticeDate);
  }
  if (c.endsOn) {
    const key = c.terminationGivenOn ? 'contracts.deadlines.alreadyTerminated' : 'contracts.deadlines.noNoticeNeeded';
    return t(key, { date: format.day(c.endsOn) });
  }
  return t('contracts.deadlines.cannotCompute');
}

/**
 * "Frister": the deadlines the server computed from the terms for a day (docs/deadlines.md) – the latest notice
 * date, the current term's end, the next option deadline and price regulation, the irrevocable date – and how
 * they were found.
 */
export function ContractDeadlines({ contract: c }: { contract: ContractDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const d = c.deadlines;
  return (
    <section aria-labelledby="contract-deadlines" className="contract-subsection mt-6">
      <h3 id="contract-deadlines">{t('contracts.deadlines.heading')}</h3>
      <p className="form-hint">
        {d.computedFor
          ? t('contracts.deadlines.computed', { date: format.day(d.computedFor) })
          : t('contracts.deadlines.notComputed')}
      </p>
      <dl className="summary-list">
        <dt>{t('contracts.deadlines.latestNoticeDate')}</dt>
        <dd>{latestNotice(c, t, format)}</dd>
        {d.currentTermEnd ? (
          <>
            <dt>{t('contracts.deadlines.currentTermEnd')}</dt>
            <dd>{format.day(d.currentTermEnd)}</dd>
          </>
        ) : null}
        <dt>{t('contracts.deadlines.nextOptionDeadline')}</dt>
        <dd>{format.day(d.nextOptionDeadline)}</dd>
        <dt>{t('contracts.deadlines.nextPriceRegulation')}</dt>
        <dd>{format.day(d.nextPriceRegulation)}</dd>
        <dt>{t('contracts.deadlines.irrevocableUntil')}</dt>
        <dd>{format.day(c.irrevocableUntil)}</dd>
      </dl>
      <DeadlineExplanation sentences={c.deadlineExplanation} />
    </section>
  );
}
