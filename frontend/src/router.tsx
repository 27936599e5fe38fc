import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageSpin } from './components/FullPageSpin';
import { NotFound } from './components/NotFound';
import { RouteError } from './components/RouteError';

// Each area is one lazily loaded chunk: the public site and the staff console.
const publicArea = () => import('./pages/public');
const consoleArea = () => import('./pages/console');
// The dashboard carries ECharts, so it is a chunk of its own.
const dashboardArea = () => import('./pages/dashboard');

export const routes: RouteObject[] = [
  {
    path: '/',
    hydrateFallbackElement: <FullPageSpin />,
    errorElement: <RouteError />,
    children: [
      {
        lazy: async () => ({ Component: (await publicArea()).PublicLayout }),
        children: [
          { index: true, lazy: async () => ({ Component: (await publicArea()).HomePage }) },
          { path: 'complain', lazy: async () => ({ Component: (await publicArea()).ComplainPage }) },
          { path: 'track', lazy: async () => ({ Component: (await publicArea()).TrackPage }) },
          { path: 'library', lazy: async () => ({ Component: (await publicArea()).LibraryPage }) },
          { path: 'library/:slug', lazy: async () => ({ Component: (await publicArea()).CaseStudyPage }) },
          { path: 'reports', lazy: async () => ({ Component: (await publicArea()).PublicReportsPage }) },
          { path: 'businesses', lazy: async () => ({ Component: (await publicArea()).BusinessSearchPage }) },
          { path: 'businesses/:id', lazy: async () => ({ Component: (await publicArea()).BusinessPage }) },
          { path: 'my', lazy: async () => ({ Component: (await publicArea()).MyCasesPage }) },
          { path: 'my/:tn', lazy: async () => ({ Component: (await publicArea()).MyCasePage }) },
          { path: 'reports/:id', lazy: async () => ({ Component: (await publicArea()).ReportPage }) },
          { path: 'login', lazy: async () => ({ Component: (await publicArea()).LoginPage }) },
        ],
      },
      {
        path: 'console',
        lazy: async () => ({ Component: (await consoleArea()).ConsoleLayout }),
        children: [
          { index: true, lazy: async () => ({ Component: (await consoleArea()).WelcomePage }) },
          {
            path: 'associations',
            lazy: async () => ({ Component: (await consoleArea()).AssociationsPage }),
          },
          {
            path: 'associations/:code/members',
            lazy: async () => ({ Component: (await consoleArea()).MembersPage }),
          },
          { path: 'dashboard', lazy: async () => ({ Component: (await dashboardArea()).DashboardPage }) },
          { path: 'reports', lazy: async () => ({ Component: (await consoleArea()).ReportsPage }) },
          { path: 'cases', lazy: async () => ({ Component: (await consoleArea()).InboxPage }) },
          { path: 'cases/:id', lazy: async () => ({ Component: (await consoleArea()).CasePage }) },
          { path: 'business', lazy: async () => ({ Component: (await consoleArea()).BusinessCasesPage }) },
          { path: 'business/:id', lazy: async () => ({ Component: (await consoleArea()).BusinessCasePage }) },
          { path: 'studies', lazy: async () => ({ Component: (await consoleArea()).StudiesPage }) },
          { path: 'studies/:id', lazy: async () => ({ Component: (await consoleArea()).StudyPage }) },
          { path: 'settings', lazy: async () => ({ Component: (await consoleArea()).SettingsPage }) },
          { path: 'password', lazy: async () => ({ Component: (await consoleArea()).PasswordPage }) },
          { path: 'notifications', lazy: async () => ({ Component: (await consoleArea()).NotificationsPage }) },
        ],
      },
      { path: '*', Component: NotFound },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
