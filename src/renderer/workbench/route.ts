// Where the learner is, kept in the URL's hash so a reload (or the Electron window
// reopening) lands on the same screen: #/ is the catalogue, #/p/<slug>/<milestone> a
// milestone, #/<name> another screen of the app (scratchpad, planner, …).

import { useCallback, useEffect, useState } from 'react';

export type Route =
  | { screen: 'catalogue' }
  | { screen: 'milestone'; slug: string; milestoneId: string }
  | { screen: 'page'; name: string };

const MILESTONE_HASH = /^#\/p\/([a-z0-9-]+)\/([0-9]{2}-[a-z0-9-]+)$/;
const PAGE_HASH = /^#\/([a-z][a-z0-9-]*)$/;

function parseRoute(hash: string): Route {
  const milestone = MILESTONE_HASH.exec(hash);
  if (milestone) return { screen: 'milestone', slug: milestone[1]!, milestoneId: milestone[2]! };
  const page = PAGE_HASH.exec(hash);
  return page ? { screen: 'page', name: page[1]! } : { screen: 'catalogue' };
}

function routeHash(route: Route): string {
  switch (route.screen) {
    case 'catalogue':
      return '#/';
    case 'milestone':
      return `#/p/${route.slug}/${route.milestoneId}`;
    case 'page':
      return `#/${route.name}`;
  }
}

export function useRoute(): [Route, (next: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    window.location.hash = routeHash(next);
  }, []);
  return [route, navigate];
}
