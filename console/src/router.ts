/**
 * A tiny history-API router: the service falls back to index.html for every non-/v1 path, so
 * real URLs (/queues/leakage, /users/u1) can be bookmarked and shared between moderators.
 */
import { useEffect, useState } from 'react';

/** Go to `path` (pushes a history entry) and re-render subscribers. */
export function navigate(path: string, replace = false): void {
  if (path === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event('chaperone:navigate'));
}

/** The current path and query string, updated on navigation and back/forward. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const [loc, setLoc] = useState(() => ({ path: location.pathname, search: location.search }));
  useEffect(() => {
    const update = () => setLoc({ path: location.pathname, search: location.search });
    window.addEventListener('popstate', update);
    window.addEventListener('chaperone:navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('chaperone:navigate', update);
    };
  }, []);
  return { path: loc.path, search: new URLSearchParams(loc.search) };
}

/** Match `/queues/:name/:id?`-style patterns; returns the params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const optional = p[i].endsWith('?');
    const name = p[i].replace(/^:/, '').replace(/\?$/, '');
    if (p[i].startsWith(':')) {
      if (s[i] === undefined) {
        if (optional) continue;
        return null;
      }
      params[name] = decodeURIComponent(s[i]);
    } else if (p[i] !== s[i]) return null;
  }
  return s.length <= p.length ? params : null;
}
