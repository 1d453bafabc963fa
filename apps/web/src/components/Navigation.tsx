import type { Me } from '@overblik/api';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../session/currentOrganisation.ts';

type Item = {
  to:
    | '/'
    | '/frister'
    | '/kontrakter'
    | '/udbudsplan'
    | '/fakturaer'
    | '/forbrug'
    | '/faellesskaber'
    | '/faellesprojekter'
    | '/indbyggertal'
    | '/indstillinger/advisering'
    | '/leverandoerer'
    | '/medlemmer'
    | '/vaerdilister'
    | '/tokens'
    | '/log'
    | '/konto'
    | '/organisationer'
    | '/personer';
  label: string;
};

export function Navigation({ me }: { me: Me }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const current = useCurrentOrganisation();
  // A joint organisation's own cost sharing (its projects and the populations they are priced by) is for joint
  // organisations only; what an organisation pays as a member is for every organisation.
  const isJoint = (current.membership?.organisationKind ?? current.organisation?.kind) === 'fællesskab';
  const items: Item[] = [
    { to: '/', label: t('nav.home') },
    { to: '/frister', label: t('nav.deadlines') },
    { to: '/kontrakter', label: t('nav.contracts') },
    { to: '/leverandoerer', label: t('nav.suppliers') },
    { to: '/fakturaer', label: t('nav.invoices') },
    { to: '/forbrug', label: t('nav.consumption') },
    { to: '/faellesskaber', label: t('nav.costSharing') },
    ...(isJoint
      ? ([
          { to: '/faellesprojekter', label: t('nav.costProjects') },
          { to: '/indbyggertal', label: t('nav.populations') },
        ] as const)
      : []),
    { to: '/udbudsplan', label: t('nav.procurementPlan') },
    { to: '/medlemmer', label: t('nav.members') },
    { to: '/vaerdilister', label: t('nav.optionLists') },
    { to: '/indstillinger/advisering', label: t('nav.reminders') },
    { to: '/tokens', label: t('nav.tokens') },
    { to: '/log', label: t('nav.audit') },
    ...(me.user.isSystemAdmin
      ? ([
          { to: '/organisationer', label: t('nav.organisations') },
          { to: '/personer', label: t('nav.persons') },
        ] as const)
      : []),
    { to: '/konto', label: t('nav.account') },
  ];
  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));

  return (
    <nav className="navigation-menu" aria-label={t('nav.label')}>
      <div className="navigation-menu-inner container">
        <ul className="mainmenu">
          {items.map((item) => (
            <li key={item.to} className={isActive(item.to) ? 'active current' : undefined}>
              <Link to={item.to} className="nav-link" aria-current={isActive(item.to) ? 'page' : undefined}>
                <span>{item.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
