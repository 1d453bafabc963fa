import type { Notification } from '@overblik/api';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { markNotificationRead } from '../../api/notifications.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';
import { NotificationTarget } from './NotificationTarget.tsx';
import { useNotificationsChanged } from './useNotificationsChanged.ts';

type Props = { organisationId: string; notification: Notification };

/**
 * A reminder shown in Overblik: its title (a link to the contract), text and due date; "Forsinket" when it went out
 * after its day; "Markér som læst" while unread, after which focus moves to the title's link.
 */
export function NotificationRow({ organisationId, notification: n }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const changed = useNotificationsChanged(organisationId);
  const cell = useRef<HTMLTableCellElement>(null);
  const read = useMutation({
    mutationFn: () => markNotificationRead(organisationId, n.id),
    onSuccess: async () => {
      await changed();
      cell.current?.querySelector<HTMLElement>('a, [tabindex]')?.focus();
    },
  });
  return (
    <tr className={n.readAt ? undefined : 'notification-unread'}>
      <td ref={cell}>
        <NotificationTarget notification={n} />
        <span className="activity-detail notes">{n.body}</span>
      </td>
      <td className="nowrap">{format.day(n.dueOn)}</td>
      <td className="nowrap">{format.dateTime(n.createdAt)}</td>
      <td>
        {n.readAt ? (
          <span className="badge">{t('notifications.read')}</span>
        ) : (
          <span className="badge badge-info">{t('notifications.unread')}</span>
        )}{' '}
        {n.late ? <span className="badge badge-warning">{t('notifications.late')}</span> : null}
      </td>
      <td>
        {n.readAt ? null : (
          <button
            type="button"
            className="button button-tertiary"
            aria-label={t('notifications.markReadNamed', { title: n.title })}
            disabled={read.isPending}
            onClick={() => read.mutate()}
          >
            {t('notifications.markRead')}
          </button>
        )}
        {read.isError ? <ErrorAlert error={read.error} /> : null}
      </td>
    </tr>
  );
}
