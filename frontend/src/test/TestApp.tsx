import type { ReactNode } from 'react';
// RouterProvider comes from 'react-router' (not 'react-router/dom'): under Node the two
// entry points resolve to different builds with separate router contexts.
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProviders } from '../AppProviders';
import { createQueryClient } from '../queryClient';

/** Renders routes inside the real providers, starting at `path`. */
export function TestApp({ routes, path }: { routes: RouteObject[]; path: string }): ReactNode {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return (
    <AppProviders client={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
