import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reminderSettingsQuery } from '../../api/reminders.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { MailDeliveriesSection } from './MailDeliveriesSection.tsx';
import { OrganisationCalendarSection } from './OrganisationCalendarSection.tsx';
import { ReminderSettingsTable } from './ReminderSettingsTable.tsx';

/**
 * "Advisering": when and to whom each type of activity is reminded (lead days, the contract's responsibility roles,
 * extra addresses), the e-mails sent and those that failed, and the organisation's calendar. Administrators change
 * them; others see the settings.
 */
export function ReminderSettingsPage() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const settings = useQuery({ ...reminderSettingsQuery(id ?? ''), enabled: id !== null });
  const heading = <PageHeading title={t('reminders.title')}>{t('reminders.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );

  const admin = current.canAdminister;
  return (
    <>
      {heading}
      <p className="font-lead">{admin ? t('reminders.introAdmin') : t('reminders.introReader')}</p>
      {settings.isSuccess && !settings.data.emailConfigured ? (
        <Alert variant="info" live={false} heading={t('home.deadlines.noEmail')} />
      ) : null}
      <section aria-labelledby="reminder-settings-heading" className="mt-6">
        <h2 id="reminder-settings-heading">{t('reminders.settingsHeading')}</h2>
        {settings.isPending ? <Loading /> : null}
        {settings.isError ? <ErrorAlert error={settings.error} /> : null}
        {settings.isSuccess ? (
          <ReminderSettingsTable organisationId={id} items={settings.data.items} canAdminister={admin} />
        ) : null}
      </section>
      {admin ? <MailDeliveriesSection organisationId={id} /> : null}
      {admin ? <OrganisationCalendarSection organisationId={id} /> : null}
    </>
  );
}
