import type { Me } from '@overblik/api';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../session/currentOrganisation.ts';
import { isCurrentPath, type NavigationGroup, navigationGroups } from './shell/navigationGroups.ts';
import { useDropdown } from './shell/useDropdown.ts';

/** The groups of the main navigation for the signed-in person in the current organisation. */
export function useNavigationGroups(me: Me): NavigationGroup[] {
  const current = useCurrentOrganisation();
  return navigationGroups({
    isJoint: (current.membership?.organisationKind ?? current.organisation?.kind) === 'fællesskab',
    canAdminister: current.canAdminister,
    isSystemAdmin: me.user.isSystemAdmin,
  });
}

/** The main navigation on a wide screen (DKFDS header navigation with sub-menus): one row, a menu per area. */
export function Navigation({ me }: { me: Me }) {
  const { t } = useTranslation();
  const groups = useNavigationGroups(me);
  return (
    <div className="navigation-menu">
      <div className="navigation-menu-inner container">
        <nav className="nav" aria-label={t('nav.label')}>
          <ul className="mainmenu">
            {groups.map((group) => (
              <GroupMenu key={group.key} group={group} />
            ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}

function GroupMenu({ group }: { group: NavigationGroup }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const menu = useDropdown<HTMLLIElement>();
  const active = group.items.some((item) => isCurrentPath(item.to, pathname));
  const id = `nav-group-${group.key}`;
  return (
    <li ref={menu.containerRef} className={active ? 'active' : undefined}>
      <div className="submenu">
        <button
          ref={menu.buttonRef}
          type="button"
          className="button-overflow-menu"
          aria-expanded={menu.open}
          aria-controls={id}
          onClick={menu.toggle}
        >
          <span>{t(`nav.groups.${group.key}`)}</span>
        </button>
        <div className={menu.open ? 'overflow-menu-inner' : 'overflow-menu-inner collapsed'} id={id}>
          <ul className="overflow-list">
            {group.items.map((item) => {
              const current = isCurrentPath(item.to, pathname);
              return (
                <li key={item.to} className={current ? 'active current' : undefined}>
                  <Link to={item.to} className="nav-link" aria-current={current ? 'page' : undefined} onClick={menu.close}>
                    <span>{t(`nav.${item.label}`)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </li>
  );
}
