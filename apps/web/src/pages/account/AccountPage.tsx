import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useRequiredMe } from '../../session/me.ts';
import { PasswordForm } from './PasswordForm.tsx';
import { ProfileForm } from './ProfileForm.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  return (
    <>
      <PageHeading title={t('account.title')}>{t('account.title')}</PageHeading>
      <p className="font-lead">{t('account.intro', { email: me.user.email })}</p>
      <ProfileForm me={me} />
      <PasswordForm />
    </>
  );
}
