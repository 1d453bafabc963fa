import type { MailDelivery } from '@overblik/api';
import { useTranslation } from 'react-i18next';

type Status = MailDelivery['status'];

export const MAIL_STATUSES: readonly Status[] = ['pending', 'sending', 'sent', 'failed'];

const VARIANTS: Record<Status, string> = {
  pending: 'badge badge-info',
  sending: 'badge badge-info',
  sent: 'badge badge-success',
  failed: 'badge badge-error',
};

/** An e-mail's state as a DKFDS status label: Venter, Sendes, Sendt, Fejlet. */
export function MailStatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <span className={`${VARIANTS[status]} contract-status`}>{t(`reminders.mails.statuses.${status}`)}</span>;
}
