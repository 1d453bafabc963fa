import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useRequiredMe } from '../../session/me.ts';
import { AccountCalendarSection } from './AccountCalendarSection.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { ReminderDeliveryForm } from './ReminderDeliveryForm.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  return (
    <>
      <PageHeading title={t('account.title')}>{t('account.title')}</PageHeading>
      <p className="font-lead">{t('account.intro', { email: me.user.email })}</p>
      <ProfileForm me={me} />
      <ReminderDeliveryForm me={me} />
      <AccountCalendarSection />
      <PasswordForm />
    </>
  );
}
