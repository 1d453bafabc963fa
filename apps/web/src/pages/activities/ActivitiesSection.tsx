import type { Activity } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesQuery } from '../../api/activities.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AddInline } from '../contracts/AddInline.tsx';
import { AddActivityForm } from './AddActivityForm.tsx';
import { DoneActivitiesTable } from './DoneActivitiesTable.tsx';
import { OpenActivitiesTable } from './OpenActivitiesTable.tsx';
import { useActivityTypes } from './useActivityTypes.ts';

/** Whom activities belong to: a contract or a supplier (exactly one). */
export type ActivityOwner = { contractId: string } | { supplierId: string };

/** The most activities one contract or supplier is shown with (the API's largest page). */
const SHOWN = 1000;

type Props = {
  organisationId: string;
  owner: ActivityOwner;
  /** The contract's or supplier's name, for the tables' captions. */
  ownerName: string;
  canWrite: boolean;
  /** Id of the section's heading (the anchor of the contract page's table of contents). */
  headingId: string;
  className?: string;
};

const byDoneAt = (a: Activity, b: Activity) => (b.done?.at ?? '').localeCompare(a.done?.at ?? '');

/**
 * "Aktiviteter" of a contract or a supplier: what is to be done and by when, the open ones first (earliest first,
 * with those kept from the contract terms marked), then those done (latest first) with by whom, when and the note.
 * After an action that removes a row, focus moves to the section's heading and a message says what happened.
 */
export function ActivitiesSection({ organisationId, owner, ownerName, canWrite, headingId, className = 'mt-7' }: Props) {
  const { t } = useTranslation();
  const types = useActivityTypes(organisationId);
  const list = useQuery(activitiesQuery(organisationId, { ...owner, status: 'all', sort: 'dueOn', limit: SHOWN }));
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const announce = (text: string) => {
    setMessage(text);
    heading.current?.focus();
  };
  const items = list.data?.items ?? [];
  const open = items.filter((a) => a.status === 'open');
  const done = items.filter((a) => a.status === 'done').sort(byDoneAt);

  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="focus-target">
        {t('activities.heading')}
      </h2>
      <p>{'contractId' in owner ? t('activities.introContract') : t('activities.introSupplier')}</p>
      {message ? <Alert variant="success" heading={message} /> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? (
        <OpenActivitiesTable
          id={`${headingId}-open`}
          items={open}
          caption={t('activities.openCaption', { name: ownerName })}
          canWrite={canWrite}
          showSubject={'supplierId' in owner}
          onAnnounce={announce}
        />
      ) : null}
      {canWrite ? (
        <AddInline label={t('activities.add')}>
          {(close) => (
            <AddActivityForm
              organisationId={organisationId}
              owner={owner}
              idPrefix={`${headingId}-new`}
              onDone={(added) => {
                close();
                setMessage(added ? t('activities.added', { name: types.nameOf(added) }) : null);
              }}
            />
          )}
        </AddInline>
      ) : null}
      {done.length > 0 ? (
        <DoneActivitiesTable
          id={`${headingId}-done`}
          items={done}
          caption={t('activities.doneCaption', { name: ownerName })}
          canWrite={canWrite}
          showSubject={'supplierId' in owner}
          onAnnounce={announce}
        />
      ) : null}
    </section>
  );
}
