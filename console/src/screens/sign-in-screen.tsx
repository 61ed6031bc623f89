/**
 * Sign-in for moderator accounts. The first admin's credentials are printed once by the service on
 * its first start (or set with CHAPERONE_ADMIN_EMAIL / CHAPERONE_ADMIN_PASSWORD).
 */
import { useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from '../api.ts';
import type { User } from '../api-types.ts';

/** The sign-in form; `onSignedIn` receives the moderator. */
export function SignInScreen({ onSignedIn }: { onSignedIn: (u: User) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await api.login(email, password);
      onSignedIn(r.user);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? 'That email and password do not match an account.' : errorText(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <main className="sign-in" id="main">
      <form onSubmit={submit} aria-labelledby="signin-h">
        <p className="brand">Chaperone</p>
        <h1 id="signin-h">Moderator sign-in</h1>
        <label htmlFor="email">Email</label>
        <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
        <label htmlFor="password">Password</label>
        <input id="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
        <p className="note-small">The first admin's password is printed once when the service first starts.</p>
      </form>
    </main>
  );
}
