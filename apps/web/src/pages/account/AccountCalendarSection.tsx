import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { CalendarFeedPanel } from '../calendar/CalendarFeedPanel.tsx';

/** "Kalender": the person's own deadlines in the current organisation as a calendar to subscribe to. */
export function AccountCalendarSection() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const name = current.membership?.organisationName ?? current.organisation?.name ?? '';
  return (
    <section aria-labelledby="account-calendar-heading" className="mt-7">
      <h2 id="account-calendar-heading">{t('account.calendar.heading')}</h2>
      {id === null || !current.membership ? (
        <Alert variant="info" live={false} heading={t('account.calendar.membersOnly')} />
      ) : (
        <>
          <p>{t('account.calendar.intro', { name })}</p>
          <CalendarFeedPanel organisationId={id} kind="person" idPrefix="personal-calendar" />
        </>
      )}
    </section>
  );
}
