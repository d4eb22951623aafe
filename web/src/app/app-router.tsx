import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { RouteLoading } from './route-loading';
import { RequireAuth } from './require-auth';
import { ShellLayout } from './shell-layout';
import { AppLayout } from './app-layout';
import { LoginPage } from '../pages/login-page';
import { AppsPage } from '../pages/apps-page';
import { NotFoundPage } from '../pages/not-found-page';

type PageModule = Record<string, ComponentType>;

/**
 * Each section is its own chunk, loaded when first opened: the first screen (login, apps) stays within the
 * initial-JS budget while the sections grow (web/scripts/check-bundle-budget.mjs).
 */
function page(load: () => Promise<PageModule>, name: string) {
  return async () => ({ Component: (await load())[name] });
}

/**
 * Every screen has a deep link. Under /apps/:appid/plan the plan editor owns the rest of the path
 * (a page, a rule); /releases/versions/:n and /releases/diff/:a/:b link a version and a comparison.
 */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    // A deep link into a section waits for its chunk before the first render.
    HydrateFallback: RouteLoading,
    children: [
      {
        element: <ShellLayout />,
        children: [
          { index: true, element: <Navigate to="/apps" replace /> },
          { path: 'apps', element: <AppsPage /> },
          { path: 'users', lazy: page(() => import('../pages/users-page'), 'UsersPage') },
          {
            path: 'apps/:appid',
            element: <AppLayout />,
            children: [
              { index: true, element: <Navigate to="plan" replace /> },
              { path: 'plan/*', lazy: page(() => import('../pages/plan-page'), 'PlanPage') },
              { path: 'readiness', lazy: page(() => import('../pages/readiness-page'), 'ReadinessPage') },
              { path: 'live', lazy: page(() => import('../pages/live-page'), 'LivePage') },
              { path: 'releases/*', lazy: page(() => import('../pages/releases-page'), 'ReleasesPage') },
              { path: 'reconcile', lazy: page(() => import('../pages/reconcile-page'), 'ReconcilePage') },
              { path: 'audit', lazy: page(() => import('../pages/audit-page'), 'AuditPage') },
              { path: 'settings', lazy: page(() => import('../pages/settings-page'), 'SettingsPage') },
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
