import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import notificationsIcon from 'dkfds-dist/img/svg-icons/notifications.svg';
import { useTranslation } from 'react-i18next';
import { notificationsQuery } from '../api/notifications.ts';
import { useCurrentOrganisation } from '../session/currentOrganisation.ts';

/** "Notifikationer (n)" in the header: the signed-in person's unread reminders in the current organisation. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const { organisationId } = useCurrentOrganisation();
  const unread = useQuery({
    ...notificationsQuery(organisationId ?? '', { unread: true, limit: 1 }),
    enabled: organisationId !== null,
  });
  if (organisationId === null) return null;
  const count = unread.data?.unread ?? 0;
  return (
    <Link to="/notifikationer" className="function-link notifications-link">
      <img className="icon-svg" src={notificationsIcon} alt="" aria-hidden="true" />
      {/* On a phone only the bell and the count show; the word stays for screen readers. */}
      <span className="notifications-label">{t('nav.notifications')}</span> <span>({count})</span>
    </Link>
  );
}
