import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markAllNotificationsRead, notificationsQuery } from '../../api/notifications.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { NotificationRow } from './NotificationRow.tsx';
import { useNotificationsChanged } from './useNotificationsChanged.ts';

/** The most notifications the page lists (the API's largest page). */
const SHOWN = 200;

/** "Notifikationer": the reminders Overblik has shown the signed-in person, newest first, unread ones marked. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const list = useQuery({ ...notificationsQuery(id ?? '', { limit: SHOWN }), enabled: id !== null });
  const changed = useNotificationsChanged(id ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const readAll = useMutation({
    mutationFn: () => markAllNotificationsRead(id ?? ''),
    onSuccess: async () => {
      await changed();
      setMessage(t('notifications.allRead'));
      listHeading.current?.focus();
    },
  });
  const heading = <PageHeading title={t('notifications.title')}>{t('notifications.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );

  const unread = list.data?.unread ?? 0;
  return (
    <>
      {heading}
      <p className="font-lead">{t('notifications.intro')}</p>
      {message ? <Alert variant="success" heading={message} /> : null}
      <h2 id="notifications-list-heading" ref={listHeading} tabIndex={-1} className="focus-target">
        {t('notifications.listHeading')}
      </h2>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? (
        <p className="form-hint">
          {list.data.items.length === 0 ? t('notifications.none') : t('notifications.unreadCount', { count: unread })}
        </p>
      ) : null}
      {unread > 0 ? (
        <div className="button-row mb-5">
          <button type="button" className="button button-secondary" disabled={readAll.isPending} onClick={() => readAll.mutate()}>
            {t('notifications.markAllRead')}
          </button>
        </div>
      ) : null}
      <ErrorAlert error={readAll.error} />
      {list.isSuccess && list.data.items.length > 0 ? (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('notifications.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('notifications.columns.notification')}</th>
                <th scope="col">{t('notifications.columns.dueOn')}</th>
                <th scope="col">{t('notifications.columns.createdAt')}</th>
                <th scope="col">{t('notifications.columns.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((n) => (
                <NotificationRow key={n.id} organisationId={id} notification={n} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </>
  );
}
