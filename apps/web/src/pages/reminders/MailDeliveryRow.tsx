import type { MailDelivery } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { mailDeliveriesKey, retryMailDelivery } from '../../api/reminders.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';
import { MailStatusTag } from './MailStatusTag.tsx';

type Props = { organisationId: string; mail: MailDelivery };

/** One reminder e-mail; a failed one has "Prøv igen", after which focus stays in the row on its status. */
export function MailDeliveryRow({ organisationId, mail: m }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const statusCell = useRef<HTMLTableCellElement>(null);
  const retry = useMutation({
    mutationFn: () => retryMailDelivery(organisationId, m.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: mailDeliveriesKey(organisationId) });
      statusCell.current?.focus();
    },
  });
  return (
    <tr>
      <td>{m.recipient}</td>
      <td>{m.subject}</td>
      <td ref={statusCell} tabIndex={-1} className="focus-target">
        <MailStatusTag status={m.status} />{' '}
        {m.late ? <span className="badge badge-warning">{t('notifications.late')}</span> : null}
      </td>
      <td>{format.number(m.attempts)}</td>
      <td className="notes">{m.lastError ?? '–'}</td>
      <td className="nowrap">
        {format.dateTime(m.createdAt)}
        {m.sentAt ? (
          <span className="activity-detail">{t('reminders.mails.sentAt', { at: format.dateTime(m.sentAt) })}</span>
        ) : null}
      </td>
      <td>
        {m.status === 'failed' ? (
          <button
            type="button"
            className="button button-tertiary"
            aria-label={t('reminders.mails.retryNamed', { recipient: m.recipient, subject: m.subject })}
            disabled={retry.isPending}
            onClick={() => retry.mutate()}
          >
            {t('reminders.mails.retry')}
          </button>
        ) : null}
        {retry.isError ? <ErrorAlert error={retry.error} /> : null}
      </td>
    </tr>
  );
}
