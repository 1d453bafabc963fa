import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../session/me.ts';
import { HeaderSearch } from './HeaderSearch.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Navigation } from './Navigation.tsx';
import { NotificationsLink } from './NotificationsLink.tsx';
import { OrganisationSwitcher } from './OrganisationSwitcher.tsx';
import { MobileMenu } from './shell/MobileMenu.tsx';
import { UserMenu } from './shell/UserMenu.tsx';

/**
 * The page header (docs/ui.md): one line with the service name and the organisation worked in, the register search,
 * notifications and the person's menu; below it the navigation by area. Below DKFDS's navigation breakpoint the
 * search, the navigation and the person's menu move into the "Menu" drawer.
 */
export function Header() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <header className="header">
      <div className="solution-info">
        <div className="container solution-info-inner shell-bar">
          <div className="shell-brand">
            <div className="solution-heading">
              <Link to="/" aria-label={t('layout.homeLink')}>
                {t('app.name')}
              </Link>
            </div>
            {me ? <OrganisationSwitcher /> : <p className="authority-name">{t('app.tagline')}</p>}
          </div>
          {me ? (
            <div className="shell-tools">
              <div className="shell-wide">
                <HeaderSearch id="register-search" />
              </div>
              <NotificationsLink />
              <div className="shell-wide">
                <UserMenu me={me} />
              </div>
              <MobileMenu me={me} />
            </div>
          ) : (
            <div className="shell-tools">
              <LanguageSwitch id="language-switch" />
            </div>
          )}
        </div>
      </div>
      {me ? <Navigation me={me} /> : null}
    </header>
  );
}
