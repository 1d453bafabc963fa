import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../session/me.ts';
import { CurrentOrganisationName } from './CurrentOrganisationName.tsx';
import { HeaderSearch } from './HeaderSearch.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LogoutButton } from './LogoutButton.tsx';
import { Navigation } from './Navigation.tsx';
import { NotificationsLink } from './NotificationsLink.tsx';
import { OrganisationSwitcher } from './OrganisationSwitcher.tsx';

export function Header() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <header className="header">
      <div className="solution-info">
        <div className="container solution-info-inner">
          <div className="solution-title">
            <div className="solution-heading">
              <Link to="/" aria-label={t('layout.homeLink')}>
                {t('app.name')}
              </Link>
            </div>
            {me ? <CurrentOrganisationName /> : <p className="authority-name">{t('app.tagline')}</p>}
          </div>
          <div className="header-tools">
            {me ? <HeaderSearch /> : null}
            {me ? <OrganisationSwitcher /> : null}
            <LanguageSwitch />
            {me ? (
              <div className="header-user">
                <NotificationsLink />
                <Link to="/konto" className="function-link">
                  {me.user.name}
                </Link>
                <LogoutButton />
              </div>
            ) : null}
          </div>
        </div>
      </div>
      {me ? <Navigation me={me} /> : null}
    </header>
  );
}
