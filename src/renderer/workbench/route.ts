// Where the learner is, kept in the URL's hash so a reload (or the Electron window
// reopening) lands on the same screen: #/ is the catalogue, #/p/<slug>/<milestone> a milestone.

import { useCallback, useEffect, useState } from 'react';

export type Route = { screen: 'catalogue' } | { screen: 'milestone'; slug: string; milestoneId: string };

const MILESTONE_HASH = /^#\/p\/([a-z0-9-]+)\/([0-9]{2}-[a-z0-9-]+)$/;

export function parseRoute(hash: string): Route {
  const match = MILESTONE_HASH.exec(hash);
  return match ? { screen: 'milestone', slug: match[1]!, milestoneId: match[2]! } : { screen: 'catalogue' };
}

export function routeHash(route: Route): string {
  return route.screen === 'milestone' ? `#/p/${route.slug}/${route.milestoneId}` : '#/';
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
