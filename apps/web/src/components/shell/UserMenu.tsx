import type { Me } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import chevronDown from 'dkfds-dist/img/svg-icons/chevron-down.svg';
import chevronUp from 'dkfds-dist/img/svg-icons/chevron-up.svg';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../LanguageSwitch.tsx';
import { LogoutButton } from '../LogoutButton.tsx';
import { useDropdown } from './useDropdown.ts';

/** The signed-in person's menu (DKFDS overflow menu) under their name: account, API keys, language, log out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const menu = useDropdown<HTMLDivElement>();
  return (
    <div ref={menu.containerRef} className="overflow-menu overflow-menu--open-left user-menu">
      <button
        ref={menu.buttonRef}
        type="button"
        className="button-overflow-menu"
        aria-expanded={menu.open}
        aria-controls="user-menu"
        onClick={menu.toggle}
      >
        <span className="user-menu-name">{me.user.name}</span>
        <span className="sr-only">{t('layout.userMenu')}</span>
        <img className="icon-svg" src={menu.open ? chevronUp : chevronDown} alt="" aria-hidden="true" />
      </button>
      <div className={menu.open ? 'overflow-menu-inner' : 'overflow-menu-inner collapsed'} id="user-menu">
        <PersonalLinks onPick={menu.close} />
        <div className="user-menu-section">
          <LanguageSwitch id="language-switch" />
        </div>
        <div className="user-menu-section">
          <LogoutButton />
        </div>
      </div>
    </div>
  );
}

/** The person's own pages, in their menu and in the phone menu. */
export function PersonalLinks({ onPick }: { onPick: () => void }) {
  const { t } = useTranslation();
  return (
    <ul className="overflow-list">
      <li>
        <Link to="/konto" onClick={onPick}>
          {t('nav.account')}
        </Link>
      </li>
      <li>
        <Link to="/tokens" onClick={onPick}>
          {t('nav.tokens')}
        </Link>
      </li>
    </ul>
  );
}
