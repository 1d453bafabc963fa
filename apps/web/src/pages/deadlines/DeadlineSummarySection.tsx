import type { DeadlineSummary } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { deadlineSummaryQuery } from '../../api/activities.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useFormat } from '../../lib/format.ts';

type Counter = {
  key: keyof DeadlineSummary;
  link: 'contracts' | 'deadlines';
  search?: { endsWithinDays?: number; noticeWithinDays?: number };
};

const COUNTERS: readonly Counter[] = [
  { key: 'contractsExpiring30', link: 'contracts', search: { endsWithinDays: 30 } },
  { key: 'contractsExpiring90', link: 'contracts', search: { endsWithinDays: 90 } },
  { key: 'noticeDeadlines30', link: 'contracts', search: { noticeWithinDays: 30 } },
  { key: 'noticeDeadlines90', link: 'contracts', search: { noticeWithinDays: 90 } },
  { key: 'overdueActivities', link: 'deadlines' },
];

/**
 * The start page's "Frister": how many contracts expire and how many notice deadlines fall within 30 and 90 days,
 * and how many activities are overdue, each linking to the list it counts. Without e-mail settings it says that
 * reminders are only shown in Overblik.
 */
export function DeadlineSummarySection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useQuery(deadlineSummaryQuery(organisationId));
  return (
    <section aria-labelledby="home-deadlines" className="mt-6">
      <h2 id="home-deadlines">{t('home.deadlines.heading')}</h2>
      {summary.isPending ? <Loading /> : null}
      {summary.isError ? <ErrorAlert error={summary.error} /> : null}
      {summary.isSuccess ? (
        <>
          {summary.data.emailConfigured ? null : <Alert variant="info" live={false} heading={t('home.deadlines.noEmail')} />}
          <ul className="deadline-counters unstyled-list">
            {COUNTERS.map((c) => {
              const value = summary.data[c.key];
              const text = (
                <>
                  <span className="deadline-counter-value">{format.number(typeof value === 'number' ? value : 0)}</span>{' '}
                  <span className="deadline-counter-label">{t(`home.deadlines.${c.key}`)}</span>
                </>
              );
              return (
                <li key={c.key} className="deadline-counter">
                  {c.link === 'deadlines' ? (
                    <Link to="/frister">{text}</Link>
                  ) : (
                    <Link to="/kontrakter" search={c.search ?? {}}>
                      {text}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
          <p>
            <Link to="/frister">{t('home.deadlines.allLink')}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
