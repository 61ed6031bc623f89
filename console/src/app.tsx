/**
 * The console's shell: checks the session, then lays out the landmarks (skip link, banner with the
 * main navigation, main, a live region for announcements) and picks the screen from the URL.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, setUnauthorisedHandler } from './api.ts';
import type { Me, QueueName, QueueSummary } from './api-types.ts';
import { Link } from './components/link.tsx';
import { matchPath, navigate, useLocation } from './router.ts';
import { AuditScreen } from './screens/audit-screen.tsx';
import { ConversationScreen } from './screens/conversation-screen.tsx';
import { DashboardScreen } from './screens/dashboard-screen.tsx';
import { PlaygroundScreen } from './screens/playground-screen.tsx';
import { QueuesScreen } from './screens/queues-screen.tsx';
import { ReviewPanel } from './screens/review-panel.tsx';
import { SignInScreen } from './screens/sign-in-screen.tsx';
import { UserScreen } from './screens/user-screen.tsx';
import { AccountScreen } from './screens/account-screen.tsx';
import { AccountsScreen } from './screens/accounts-screen.tsx';
import { MeContext } from './me.ts';
import { SearchScreen } from './screens/search-screen.tsx';
import { AppealsScreen } from './screens/appeals-screen.tsx';
import { TemplatesScreen } from './screens/templates-screen.tsx';
import { ReportsScreen } from './screens/reports-screen.tsx';

/** The whole console. */
export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const user = me === undefined ? undefined : me === null ? null : me.user;
  const setUser = (u: null) => setMe(u);
  const refreshMe = useCallback(() => api.me().then((r) => setMe(r), () => setMe(null)), []);
  const [message, setMessage] = useState('');
  const { path, search } = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    setUnauthorisedHandler(() => setMe(null));
    void refreshMe();
  }, [refreshMe]);

  // Move focus to the new screen's heading area on navigation, so keyboard and screen-reader users
  // start at the top of what changed (not on the link they clicked).
  const firstPath = useRef(true);
  const screenKey = path.split('/').slice(0, 2).join('/');
  useEffect(() => {
    if (firstPath.current) {
      firstPath.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [screenKey]);

  // Announcements fade after a while; the live region stays in the page for screen readers.
  useEffect(() => {
    if (!message) return;
    const t = setTimeout(() => setMessage(''), 6000);
    return () => clearTimeout(t);
  }, [message]);

  const announce = useCallback((text: string) => {
    setMessage('');
    requestAnimationFrame(() => setMessage(text));
  }, []);

  if (user === undefined) return <p className="muted boot">Loading…</p>;
  if (user === null || !me) return <SignInScreen onSignedIn={() => void refreshMe()} />;

  return (
    <MeContext.Provider value={me}>
      <a className="skip" href="#main">Skip to content</a>
      <header className="banner">
        <Link href="/" className="brand">Chaperone <span>moderation</span></Link>
        <MainNav path={path} isAdmin={me.permissions.includes('accounts.manage')} canSearch={me.permissions.includes('cases.search')} />
        <div className="who">
          <span><Link href="/account">{user.name ?? user.email}</Link> <span className="badge">{user.role.replace('_', ' ')}</span></span>
          <button type="button" onClick={() => void api.logout().catch(() => undefined).then(() => { setUser(null); navigate('/', true); })}>Sign out</button>
        </div>
      </header>
      {user.mustChangePassword && path !== '/account' && (
        <p className="password-banner" role="note">
          This account still has the password it was given. <Link href="/account">Choose your own password</Link>.
        </p>
      )}
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Screen path={path} search={search} announce={announce} onAccountChanged={() => void refreshMe()} />
      </main>
      <div className="toast" role="status" aria-live="polite">{message}</div>
    </MeContext.Provider>
  );
}

function MainNav({ path, isAdmin, canSearch }: { path: string; isAdmin: boolean; canSearch: boolean }) {
  const [queues, setQueues] = useState<QueueSummary[]>([]);
  useEffect(() => {
    const load = () => api.queues().then((r) => setQueues(r.queues), () => {});
    load();
    window.addEventListener('chaperone:queues-changed', load);
    return () => window.removeEventListener('chaperone:queues-changed', load);
  }, []);
  const open = queues.reduce((n, q) => n + q.open, 0);
  const item = (href: string, label: string, active: boolean, extra?: string) => (
    <li><Link href={href} aria-current={active ? 'page' : undefined}>{label}{extra && <span className="count">{extra}</span>}</Link></li>
  );
  return (
    <nav aria-label="Main">
      <ul>
        {item('/queues/safeguarding', 'Queues', path === '/' || path.startsWith('/queues') || path.startsWith('/reviews'), queues.length ? open.toLocaleString('en-GB') : undefined)}
        {canSearch && item('/search', 'Search', path.startsWith('/search'))}
        {item('/appeals', 'Appeals', path.startsWith('/appeals'))}
        {item('/playground', 'Playground', path.startsWith('/playground'))}
        {item('/dashboard', 'Dashboard', path.startsWith('/dashboard'))}
        {item('/reports', 'Reports', path.startsWith('/reports'))}
        {item('/audit', 'Audit', path.startsWith('/audit'))}
        {isAdmin && item('/accounts', 'Accounts', path.startsWith('/accounts'))}
        {isAdmin && item('/templates', 'Templates', path.startsWith('/templates'))}
      </ul>
    </nav>
  );
}

function Screen({ path, search, announce, onAccountChanged }: { path: string; search: URLSearchParams; announce: (t: string) => void; onAccountChanged: () => void }) {
  let m: Record<string, string> | null;
  if (path === '/' || path === '/queues') {
    return <QueuesScreen name="safeguarding" reviewId={null} search={search} announce={announce} />;
  }
  if ((m = matchPath('/queues/:name/:reviewId?', path)) && (m.name === 'safeguarding' || m.name === 'leakage')) {
    return <QueuesScreen name={m.name as QueueName} reviewId={m.reviewId ?? null} search={search} announce={announce} />;
  }
  if ((m = matchPath('/reviews/:id', path))) return <div className="page"><ReviewPanel reviewId={m.id} announce={announce} /></div>;
  if ((m = matchPath('/conversations/:id', path))) return <ConversationScreen conversationId={m.id} />;
  if ((m = matchPath('/users/:id', path))) return <UserScreen userId={m.id} announce={announce} />;
  if (path === '/search') return <SearchScreen announce={announce} />;
  if (path === '/reports') return <ReportsScreen />;
  if (path === '/appeals') return <AppealsScreen announce={announce} />;
  if (path === '/templates') return <TemplatesScreen announce={announce} />;
  if (path === '/playground') return <PlaygroundScreen />;
  if (path === '/dashboard') return <DashboardScreen />;
  if (path === '/audit') return <AuditScreen />;
  if (path === '/accounts') return <AccountsScreen announce={announce} />;
  if (path === '/account') return <AccountScreen announce={announce} onChanged={onAccountChanged} />;
  return (
    <div className="page">
      <h1>Not found</h1>
      <p>There is no page at <span className="mono">{path}</span>. <Link href="/queues/safeguarding">Go to the queues</Link>.</p>
    </div>
  );
}
