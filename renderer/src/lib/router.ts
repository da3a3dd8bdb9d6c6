import { useSyncExternalStore } from 'react';

/** Where the app is. The hash keeps the open project across a reload (browser mode) and needs no server routes. */
export type Route = { screen: 'home' } | { screen: 'editor'; projectId: string };

const PROJECT = /^#\/project\/([A-Za-z0-9_-]{1,64})$/;

export function parseRoute(hash: string): Route {
  const match = PROJECT.exec(hash);
  return match?.[1] ? { screen: 'editor', projectId: match[1] } : { screen: 'home' };
}

export function routeHash(route: Route): string {
  return route.screen === 'editor' ? `#/project/${route.projectId}` : '#/';
}

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

const subscribe = (cb: () => void): (() => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

let lastHash: string | null = null;
let lastRoute: Route = { screen: 'home' };
const snapshot = (): Route => {
  // Same hash, same object: useSyncExternalStore needs a stable snapshot.
  if (window.location.hash !== lastHash) {
    lastHash = window.location.hash;
    lastRoute = parseRoute(lastHash);
  }
  return lastRoute;
};

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
