/**
 * The main navigation: the app's pages grouped by area, declared once. The desktop menu, the phone menu, the page
 * tour of the browser tests and docs/ui.md follow this list. A new area (Leverandørstyring, Databeskyttelse,
 * Systemer, Koordinering) is a new group here, placed where it belongs in the order below; a new page of an existing
 * area is a new item in its group.
 */
export type NavigationPath =
  | '/'
  | '/frister'
  | '/notifikationer'
  | '/kontrakter'
  | '/leverandoerer'
  | '/leverandoerstyring/segmentering'
  | '/fakturaer'
  | '/forbrug'
  | '/udbudsplan'
  | '/faellesskaber'
  | '/faellesprojekter'
  | '/indbyggertal'
  | '/medlemmer'
  | '/vaerdilister'
  | '/indstillinger/advisering'
  | '/tokens'
  | '/log'
  | '/organisationer'
  | '/personer'
  | '/leverandoerstyring/styringsorganer'
  | '/leverandoerstyring/hvem-goer-hvad'
  | '/leverandoerstyring/moeder';

/** Translation keys under `nav.` in the i18n files. */
type NavKey =
  | 'home'
  | 'deadlines'
  | 'notifications'
  | 'contracts'
  | 'suppliers'
  | 'segmentation'
  | 'invoices'
  | 'consumption'
  | 'procurementPlan'
  | 'costSharing'
  | 'costProjects'
  | 'populations'
  | 'members'
  | 'optionLists'
  | 'reminders'
  | 'tokens'
  | 'audit'
  | 'organisations'
  | 'persons'
  | 'governanceBodies'
  | 'whoDoesWhat'
  | 'meetings';

export type NavigationItem = { to: NavigationPath; label: NavKey };
export type NavigationGroup = {
  key: 'overview' | 'register' | 'supplierManagement' | 'economy' | 'joint' | 'administration';
  items: NavigationItem[];
};

/** Who is looking, as far as the menu is concerned. */
export type NavigationViewer = {
  /** The current organisation is a joint organisation (fællesskab): it runs projects shared by its members. */
  isJoint: boolean;
  /** May administer the current organisation (members, option lists, reminders, everyone's API keys). */
  canAdminister: boolean;
  isSystemAdmin: boolean;
};

export function navigationGroups(viewer: NavigationViewer): NavigationGroup[] {
  const groups: NavigationGroup[] = [
    {
      key: 'overview',
      items: [
        { to: '/', label: 'home' },
        { to: '/frister', label: 'deadlines' },
        { to: '/notifikationer', label: 'notifications' },
      ],
    },
    {
      key: 'register',
      items: [
        { to: '/kontrakter', label: 'contracts' },
        { to: '/leverandoerer', label: 'suppliers' },
      ],
    },
    {
      key: 'supplierManagement',
      items: [
        { to: '/leverandoerstyring/segmentering', label: 'segmentation' },
        { to: '/leverandoerstyring/styringsorganer', label: 'governanceBodies' },
        { to: '/leverandoerstyring/hvem-goer-hvad', label: 'whoDoesWhat' },
        { to: '/leverandoerstyring/moeder', label: 'meetings' },
      ],
    },
    {
      key: 'economy',
      items: [
        { to: '/fakturaer', label: 'invoices' },
        { to: '/forbrug', label: 'consumption' },
        { to: '/udbudsplan', label: 'procurementPlan' },
        // What the organisation pays as a member of joint projects: for every organisation.
        { to: '/faellesskaber', label: 'costSharing' },
      ],
    },
  ];
  // A joint organisation's own cost sharing: its projects and the populations they are priced by.
  if (viewer.isJoint) {
    groups.push({
      key: 'joint',
      items: [
        { to: '/faellesprojekter', label: 'costProjects' },
        { to: '/indbyggertal', label: 'populations' },
      ],
    });
  }
  const administration: NavigationItem[] = viewer.canAdminister
    ? [
        { to: '/medlemmer', label: 'members' },
        { to: '/vaerdilister', label: 'optionLists' },
        { to: '/indstillinger/advisering', label: 'reminders' },
        { to: '/tokens', label: 'tokens' },
        { to: '/log', label: 'audit' },
      ]
    : [];
  if (viewer.isSystemAdmin) {
    administration.push({ to: '/organisationer', label: 'organisations' }, { to: '/personer', label: 'persons' });
  }
  if (administration.length > 0) groups.push({ key: 'administration', items: administration });
  return groups;
}

/** Whether a menu item is the page shown (the start page only on itself; other items also on their sub-pages). */
export function isCurrentPath(to: NavigationPath, pathname: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}
