import type { ActivityQuery } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesQuery } from '../../api/activities.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useFormat } from '../../lib/format.ts';
import { ActivityTable } from '../activities/ActivityTable.tsx';
import { DueActivityRow } from './DueActivityRow.tsx';

/** The most activities one group lists; the count says when there are more. */
const SHOWN = 200;

const HEADINGS = ['dueOn', 'type', 'activity', 'subject', 'responsible'] as const;

type Props = {
  organisationId: string;
  /** Id of the group's heading. */
  id: string;
  heading: string;
  none: string;
  query: ActivityQuery;
  canWrite: boolean;
};

/**
 * One group of the deadlines page ("Overskredne", "Næste 30 dage" …): its open activities, the earliest first, each
 * with "Markér som udført". A completed activity leaves the group; focus then moves to the group's heading.
 */
export function DeadlineGroup({ organisationId, id, heading, none, query, canWrite }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery(activitiesQuery(organisationId, { ...query, status: 'open', sort: 'dueOn', limit: SHOWN }));
  const [message, setMessage] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const announce = (text: string) => {
    setMessage(text);
    headingRef.current?.focus();
  };
  const columns = HEADINGS.length + (canWrite ? 1 : 0);
  const total = list.data?.total ?? 0;
  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby={id} className="mt-5">
      <h2 id={id} ref={headingRef} tabIndex={-1} className="focus-target">
        {heading}
      </h2>
      {message ? <Alert variant="success" heading={message} /> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? (
        <p className="form-hint">
          {total === 0
            ? none
            : total > items.length
              ? t('deadlines.countFirst', { n: format.number(items.length), total: format.number(total) })
              : t('deadlines.count', { count: total, n: format.number(total) })}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ActivityTable caption={heading} headings={HEADINGS} canWrite={canWrite}>
          {items.map((a) => (
            <DueActivityRow key={a.id} activity={a} canWrite={canWrite} columns={columns} onAnnounce={announce} />
          ))}
        </ActivityTable>
      ) : null}
    </section>
  );
}
