/**
 * Your own account: change your password (the first-start and invited accounts are asked to).
 */
import { useState, type FormEvent } from 'react';
import { api, errorText } from '../api.ts';
import { useMe } from '../me.ts';

/** The account page; `onChanged` runs after a successful change. */
export function AccountScreen({ announce, onChanged }: { announce: (t: string) => void; onChanged: () => void }) {
  const me = useMe();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (next.length < 12) return setError('The new password needs at least 12 characters.');
    if (next !== again) return setError('The two new passwords differ.');
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setAgain('');
      setError(null);
      announce('Password changed.');
      onChanged();
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <div className="page">
      <h1>Your account</h1>
      <p>{me?.user.name ? `${me.user.name}, ` : ''}{me?.user.email} · {me?.user.role.replace('_', ' ')}</p>
      <section aria-labelledby="pw-h">
        <h2 id="pw-h">Change password</h2>
        <form onSubmit={submit}>
          <label htmlFor="pw-current">Current password</label>
          <input id="pw-current" type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
          <label htmlFor="pw-new">New password (at least 12 characters)</label>
          <input id="pw-new" type="password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.target.value)} />
          <label htmlFor="pw-again">New password again</label>
          <input id="pw-again" type="password" autoComplete="new-password" required value={again} onChange={(e) => setAgain(e.target.value)} />
          {error && <p role="alert" className="error">{error}</p>}
          <div className="form-actions"><button type="submit" className="primary">Change password</button></div>
        </form>
      </section>
    </div>
  );
}
