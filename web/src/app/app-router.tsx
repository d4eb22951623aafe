import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { RequireAuth } from './require-auth';
import { ShellLayout } from './shell-layout';
import { AppLayout } from './app-layout';
import { LoginPage } from '../pages/login-page';
import { AppsPage } from '../pages/apps-page';
import { PlanPage } from '../pages/plan-page';
import { ReadinessPage } from '../pages/readiness-page';
import { LivePage } from '../pages/live-page';
import { ReleasesPage } from '../pages/releases-page';
import { ReconcilePage } from '../pages/reconcile-page';
import { AuditPage } from '../pages/audit-page';
import { SettingsPage } from '../pages/settings-page';
import { UsersPage } from '../pages/users-page';
import { NotFoundPage } from '../pages/not-found-page';

/**
 * Every screen has a deep link. Under /apps/:appid/plan the plan editor owns the rest of the path
 * (a page, a rule); /releases/versions/:n and /releases/diff/:a/:b link a version and a comparison.
 */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <ShellLayout />,
        children: [
          { index: true, element: <Navigate to="/apps" replace /> },
          { path: 'apps', element: <AppsPage /> },
          { path: 'users', element: <UsersPage /> },
          {
            path: 'apps/:appid',
            element: <AppLayout />,
            children: [
              { index: true, element: <Navigate to="plan" replace /> },
              { path: 'plan/*', element: <PlanPage /> },
              { path: 'readiness', element: <ReadinessPage /> },
              { path: 'live', element: <LivePage /> },
              { path: 'releases/*', element: <ReleasesPage /> },
              { path: 'reconcile', element: <ReconcilePage /> },
              { path: 'audit', element: <AuditPage /> },
              { path: 'settings', element: <SettingsPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
