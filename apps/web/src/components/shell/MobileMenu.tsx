import type { Me } from '@overblik/api';
import { Link, useRouterState } from '@tanstack/react-router';
import closeIcon from 'dkfds-dist/img/svg-icons/close.svg';
import menuIcon from 'dkfds-dist/img/svg-icons/menu.svg';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HeaderSearch } from '../HeaderSearch.tsx';
import { LanguageSwitch } from '../LanguageSwitch.tsx';
import { LogoutButton } from '../LogoutButton.tsx';
import { useNavigationGroups } from '../Navigation.tsx';
import { isCurrentPath } from './navigationGroups.ts';
import { PersonalLinks } from './UserMenu.tsx';
import { useDropdown } from './useDropdown.ts';

/**
 * "Menu" below DKFDS's navigation breakpoint: a drawer (DKFDS mobile drawer) with the search, the navigation by
 * area and the person's own links. Like the other menus (useDropdown) it closes with Escape, a tap or focus beside
 * it or a new page, and with its close button.
 */
export function MobileMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const menu = useDropdown<HTMLDivElement>();
  const drawerRef = useRef<HTMLDivElement>(null);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const groups = useNavigationGroups(me);

  // The drawer is a dialog: focus starts on its close button.
  useEffect(() => {
    if (menu.open) drawerRef.current?.querySelector<HTMLElement>('.button-menu-close')?.focus();
  }, [menu.open]);

  function close() {
    menu.close();
    menu.buttonRef.current?.focus();
  }

  return (
    <div ref={menu.containerRef} className="mobile-menu">
      <button
        ref={menu.buttonRef}
        type="button"
        className="function-link button-menu-open"
        aria-haspopup="dialog"
        aria-expanded={menu.open}
        onClick={menu.toggle}
      >
        <img className="icon-svg" src={menuIcon} alt="" aria-hidden="true" />
        {t('layout.menu')}
      </button>
      {menu.open ? (
        <>
          <div className="overlay is-visible" aria-hidden="true" onClick={close} />
          <div
            ref={drawerRef}
            className="mobile-drawer is-visible"
            role="dialog"
            aria-modal="true"
            aria-labelledby="mobile-menu-heading"
          >
            <div className="menu-top">
              <h2 id="mobile-menu-heading" className="menu-heading">
                {t('layout.menu')}
              </h2>
              <button type="button" className="function-link button-menu-close" onClick={close}>
                <img className="icon-svg" src={closeIcon} alt="" aria-hidden="true" />
                {t('common.close')}
              </button>
            </div>
            <div className="mobile-menu-section">
              <HeaderSearch id="mobile-register-search" />
            </div>
            <nav className="navigation-menu-mobile mobile-menu-nav" aria-label={t('nav.label')}>
              {groups.map((group) => (
                <section key={group.key} className="mobile-menu-group" aria-labelledby={`mobile-nav-${group.key}`}>
                  <h3 id={`mobile-nav-${group.key}`} className="mobile-menu-group-heading">
                    {t(`nav.groups.${group.key}`)}
                  </h3>
                  <ul className="mainmenu">
                    {group.items.map((item) => {
                      const current = isCurrentPath(item.to, pathname);
                      return (
                        <li key={item.to} className={current ? 'active current' : undefined}>
                          <Link to={item.to} className="nav-link" aria-current={current ? 'page' : undefined}>
                            <span>{t(`nav.${item.label}`)}</span>
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
            </nav>
            <section className="mobile-menu-section" aria-labelledby="mobile-menu-person">
              <h3 id="mobile-menu-person" className="mobile-menu-group-heading">
                {me.user.name}
              </h3>
              <PersonalLinks onPick={menu.close} />
              <LanguageSwitch id="mobile-language-switch" />
              <div className="mt-5">
                <LogoutButton />
              </div>
            </section>
          </div>
        </>
      ) : null}
    </div>
  );
}
