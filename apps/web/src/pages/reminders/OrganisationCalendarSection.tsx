import { useTranslation } from 'react-i18next';
import { CalendarFeedPanel } from '../calendar/CalendarFeedPanel.tsx';

/** "Organisationens kalender": all the organisation's deadlines as one calendar to subscribe to (administrators). */
export function OrganisationCalendarSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="organisation-calendar-heading" className="mt-7">
      <h2 id="organisation-calendar-heading">{t('reminders.calendarHeading')}</h2>
      <p>{t('reminders.calendarIntro')}</p>
      <CalendarFeedPanel organisationId={organisationId} kind="organisation" idPrefix="organisation-calendar" />
    </section>
  );
}
