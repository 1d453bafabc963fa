import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  type RouteComponent,
  redirect,
} from '@tanstack/react-router';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Loading.tsx';
import { validateConsumptionSearch } from './pages/consumption/consumptionSearch.ts';
import { validateContractSearch } from './pages/contracts/contractSearch.ts';
import { validateDeadlineSearch } from './pages/deadlines/deadlineSearch.ts';
import { HomePage } from './pages/HomePage.tsx';
import { validateInvoiceSearch } from './pages/invoices/invoiceSearch.ts';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { validateProcurementSearch } from './pages/procurement/procurementSearch.ts';
import { RouteErrorPage } from './pages/RouteErrorPage.tsx';
import { validateRegisterSearch } from './pages/search/registerSearch.ts';
import { validateSegmentSearch } from './pages/segments/segmentSearch.ts';
import { validateSupplierSearch } from './pages/suppliers/supplierSearch.ts';
import { meQuery } from './session/me.ts';

type RouterContext = { queryClient: QueryClient };

const optionalString = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

const rootRoute = createRootRouteWithContext<RouterContext>()({
  beforeLoad: async ({ context }) => {
    await context.queryClient.ensureQueryData(meQuery);
  },
  component: Layout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
  pendingComponent: () => <Loading />,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string | undefined } => ({
    redirect: optionalString(search.redirect),
  }),
  beforeLoad: async ({ context }) => {
    if (await context.queryClient.ensureQueryData(meQuery)) throw redirect({ to: '/' });
  },
  component: LoginPage,
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opsaetning',
  validateSearch: (search: Record<string, unknown>): { token?: string | undefined } => ({ token: optionalString(search.token) }),
  component: lazyRouteComponent(() => import('./pages/SetupPage.tsx'), 'SetupPage'),
});

/** "Glemt adgangskode": ask for a link to choose a new password (no login). */
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/glemt-adgangskode',
  component: lazyRouteComponent(() => import('./pages/ForgotPasswordPage.tsx'), 'ForgotPasswordPage'),
});

/** The procurement plan as published through a secret link: no login. */
const publicPlanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/offentlig/udbudsplan/$token',
  component: lazyRouteComponent(() => import('./pages/procurement/PublicProcurementPlanPage.tsx'), 'PublicProcurementPlanPage'),
});

/** Everything below needs a signed-in person; others are sent to the login page and brought back afterwards. */
const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authenticated',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  component: Outlet,
});

// Every page but the login and start pages is loaded when first visited (or when a link to it is hovered), so the
// first load carries only those two (docs/performance.md, "First load").
const page = <P extends string>(path: P, component: RouteComponent) =>
  createRoute({ getParentRoute: () => authenticatedRoute, path, component });

const homeRoute = page('/', HomePage);
const membersRoute = page(
  '/medlemmer',
  lazyRouteComponent(() => import('./pages/members/MembersPage.tsx'), 'MembersPage'),
);
const tokensRoute = page(
  '/tokens',
  lazyRouteComponent(() => import('./pages/tokens/TokensPage.tsx'), 'TokensPage'),
);
/** The log, or with `?entityType=contract&entityId=…` the events of one object. */
const auditRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/log',
  validateSearch: (search: Record<string, unknown>): { entityType?: string | undefined; entityId?: string | undefined } => ({
    entityType: optionalString(search.entityType),
    entityId: optionalString(search.entityId),
  }),
  component: lazyRouteComponent(() => import('./pages/audit/AuditPage.tsx'), 'AuditPage'),
});
const accountRoute = page(
  '/konto',
  lazyRouteComponent(() => import('./pages/account/AccountPage.tsx'), 'AccountPage'),
);
const organisationsRoute = page(
  '/organisationer',
  lazyRouteComponent(() => import('./pages/organisations/OrganisationsPage.tsx'), 'OrganisationsPage'),
);
const organisationRoute = page(
  '/organisationer/$organisationId',
  lazyRouteComponent(() => import('./pages/organisations/OrganisationPage.tsx'), 'OrganisationPage'),
);
const personsRoute = page(
  '/personer',
  lazyRouteComponent(() => import('./pages/persons/PersonsPage.tsx'), 'PersonsPage'),
);
const suppliersRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/leverandoerer',
  validateSearch: validateSupplierSearch,
  component: lazyRouteComponent(() => import('./pages/suppliers/SuppliersPage.tsx'), 'SuppliersPage'),
});
const newSupplierRoute = page(
  '/leverandoerer/ny',
  lazyRouteComponent(() => import('./pages/suppliers/NewSupplierPage.tsx'), 'NewSupplierPage'),
);
const contractsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/kontrakter',
  validateSearch: validateContractSearch,
  component: lazyRouteComponent(() => import('./pages/contracts/ContractsPage.tsx'), 'ContractsPage'),
});
const newContractRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/kontrakter/ny',
  validateSearch: (search: Record<string, unknown>): { parentId?: string | undefined; supplierId?: string | undefined } => ({
    parentId: optionalString(search.parentId),
    supplierId: optionalString(search.supplierId),
  }),
  component: lazyRouteComponent(() => import('./pages/contracts/NewContractPage.tsx'), 'NewContractPage'),
});
const contractImportRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/kontrakter/import',
  component: lazyRouteComponent(() => import('./pages/contracts/ContractImportPage.tsx'), 'ContractImportPage'),
});
const contractRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/kontrakter/$contractId',
  component: lazyRouteComponent(() => import('./pages/contracts/ContractPage.tsx'), 'ContractPage'),
});
const doublePurchasesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/rapporter/dobbeltkoeb',
  component: lazyRouteComponent(() => import('./pages/reports/DoublePurchasesPage.tsx'), 'DoublePurchasesPage'),
});
const supplierImportRoute = page(
  '/leverandoerer/import',
  lazyRouteComponent(() => import('./pages/suppliers/SupplierImportPage.tsx'), 'SupplierImportPage'),
);
const supplierRoute = page(
  '/leverandoerer/$supplierId',
  lazyRouteComponent(() => import('./pages/suppliers/SupplierPage.tsx'), 'SupplierPage'),
);
const optionListsRoute = page(
  '/vaerdilister',
  lazyRouteComponent(() => import('./pages/optionLists/OptionListsPage.tsx'), 'OptionListsPage'),
);
const deadlinesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/frister',
  validateSearch: validateDeadlineSearch,
  component: lazyRouteComponent(() => import('./pages/deadlines/DeadlinesPage.tsx'), 'DeadlinesPage'),
});
const procurementPlanRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/udbudsplan',
  validateSearch: validateProcurementSearch,
  component: lazyRouteComponent(() => import('./pages/procurement/ProcurementPlanPage.tsx'), 'ProcurementPlanPage'),
});
// Invoice control and consumption monitoring are loaded when first visited (they bring the chart library).
// Supplier management (Leverandørstyring): its pages bring the chart library, so they are loaded when first visited.
const segmentationRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/leverandoerstyring/segmentering',
  validateSearch: validateSegmentSearch,
  component: lazyRouteComponent(() => import('./pages/segments/SegmentationPage.tsx'), 'SegmentationPage'),
});
const segmentSettingsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/leverandoerstyring/segmentering/indstillinger',
  component: lazyRouteComponent(() => import('./pages/segments/SegmentSettingsPage.tsx'), 'SegmentSettingsPage'),
});
const invoicesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/fakturaer',
  validateSearch: validateInvoiceSearch,
  component: lazyRouteComponent(() => import('./pages/invoices/InvoicesPage.tsx'), 'InvoicesPage'),
});
const invoiceRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/fakturaer/$invoiceId',
  component: lazyRouteComponent(() => import('./pages/invoices/InvoicePage.tsx'), 'InvoicePage'),
});
const consumptionRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/forbrug',
  validateSearch: validateConsumptionSearch,
  component: lazyRouteComponent(() => import('./pages/consumption/ConsumptionPage.tsx'), 'ConsumptionPage'),
});
// Cost sharing: a joint organisation's projects and populations, and each member's forecast and statements
// (loaded when first visited; they bring the chart library).
const costProjectsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/faellesprojekter',
  component: lazyRouteComponent(() => import('./pages/costs/CostProjectsPage.tsx'), 'CostProjectsPage'),
});
const newCostProjectRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/faellesprojekter/nyt',
  component: lazyRouteComponent(() => import('./pages/costs/NewCostProjectPage.tsx'), 'NewCostProjectPage'),
});
const costProjectRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/faellesprojekter/$projectId',
  component: lazyRouteComponent(() => import('./pages/costs/CostProjectPage.tsx'), 'CostProjectPage'),
});
const editCostProjectRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/faellesprojekter/$projectId/rediger',
  component: lazyRouteComponent(() => import('./pages/costs/EditCostProjectPage.tsx'), 'EditCostProjectPage'),
});
const populationsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/indbyggertal',
  component: lazyRouteComponent(() => import('./pages/costs/PopulationsPage.tsx'), 'PopulationsPage'),
});
const costForecastRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/faellesskaber',
  component: lazyRouteComponent(() => import('./pages/costs/CostForecastPage.tsx'), 'CostForecastPage'),
});
const memberStatementRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/faellesskaber/$projectId',
  component: lazyRouteComponent(() => import('./pages/costs/MemberStatementPage.tsx'), 'MemberStatementPage'),
});
const notificationsRoute = page(
  '/notifikationer',
  lazyRouteComponent(() => import('./pages/notifications/NotificationsPage.tsx'), 'NotificationsPage'),
);
const reminderSettingsRoute = page(
  '/indstillinger/advisering',
  lazyRouteComponent(() => import('./pages/reminders/ReminderSettingsPage.tsx'), 'ReminderSettingsPage'),
);
const searchRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/soeg',
  validateSearch: validateRegisterSearch,
  component: lazyRouteComponent(() => import('./pages/search/SearchPage.tsx'), 'SearchPage'),
});

const governanceBodiesRoute = page(
  '/leverandoerstyring/styringsorganer',
  lazyRouteComponent(() => import('./pages/governance/GovernanceBodiesPage.tsx'), 'GovernanceBodiesPage'),
);
const governanceBodyRoute = page(
  '/leverandoerstyring/styringsorganer/$bodyId',
  lazyRouteComponent(() => import('./pages/governance/GovernanceBodyPage.tsx'), 'GovernanceBodyPage'),
);
const whoDoesWhatRoute = page(
  '/leverandoerstyring/hvem-goer-hvad',
  lazyRouteComponent(() => import('./pages/governance/WhoDoesWhatPage.tsx'), 'WhoDoesWhatPage'),
);
const collaborationRoute = page(
  '/leverandoerer/$supplierId/samarbejdsorganisation',
  lazyRouteComponent(() => import('./pages/governance/CollaborationPage.tsx'), 'CollaborationPage'),
);

const meetingsRoute = page(
  '/leverandoerstyring/moeder',
  lazyRouteComponent(() => import('./pages/meetings/MeetingsPage.tsx'), 'MeetingsPage'),
);
const meetingRoute = page(
  '/leverandoerstyring/moeder/$meetingId',
  lazyRouteComponent(() => import('./pages/meetings/MeetingPage.tsx'), 'MeetingPage'),
);
const supplierMeetingHistoryRoute = page(
  '/leverandoerstyring/moeder/leverandoer/$supplierId',
  lazyRouteComponent(() => import('./pages/meetings/SupplierMeetingHistoryPage.tsx'), 'SupplierMeetingHistoryPage'),
);
const routeTree = rootRoute.addChildren([
  loginRoute,
  setupRoute,
  forgotPasswordRoute,
  publicPlanRoute,
  authenticatedRoute.addChildren([
    homeRoute,
    membersRoute,
    tokensRoute,
    auditRoute,
    accountRoute,
    organisationsRoute,
    organisationRoute,
    personsRoute,
    contractsRoute,
    newContractRoute,
    contractImportRoute,
    contractRoute,
    doublePurchasesRoute,
    suppliersRoute,
    newSupplierRoute,
    supplierImportRoute,
    supplierRoute,
    optionListsRoute,
    searchRoute,
    deadlinesRoute,
    procurementPlanRoute,
    segmentationRoute,
    segmentSettingsRoute,
    invoicesRoute,
    invoiceRoute,
    consumptionRoute,
    costProjectsRoute,
    newCostProjectRoute,
    costProjectRoute,
    editCostProjectRoute,
    populationsRoute,
    costForecastRoute,
    memberStatementRoute,
    notificationsRoute,
    reminderSettingsRoute,
    governanceBodiesRoute,
    governanceBodyRoute,
    whoDoesWhatRoute,
    collaborationRoute,
    meetingsRoute,
    meetingRoute,
    supplierMeetingHistoryRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
