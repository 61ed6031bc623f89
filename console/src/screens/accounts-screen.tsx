/**
 * Moderator accounts (admins): list, invite (a temporary password shown once, to be changed at first
 * sign-in), disable and re-enable. Disabling ends the account's sessions at once.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, errorText } from '../api.ts';
import type { ModeratorAccount } from '../api-types.ts';
import { formatDateTime } from '../format.ts';
import { useMe } from '../me.ts';

const ROLE_WORDS: Record<string, string> = { moderator: 'moderator', safeguarding_lead: 'safeguarding lead', admin: 'admin' };

/** The accounts page. */
export function AccountsScreen({ announce }: { announce: (t: string) => void }) {
  const me = useMe();
  const [accounts, setAccounts] = useState<ModeratorAccount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('moderator');
  const [invited, setInvited] = useState<{ email: string; password: string } | null>(null);

  const load = useCallback(() => {
    api.moderators().then((r) => setAccounts(r.moderators), (e) => setError(errorText(e)));
  }, []);
  useEffect(load, [load]);

  async function invite(e: FormEvent) {
    e.preventDefault();
    try {
      const r = await api.invite(email.trim(), role, name.trim() || undefined);
      setInvited(r.temporaryPassword ? { email: r.user.email, password: r.temporaryPassword } : null);
      setEmail('');
      setName('');
      setError(null);
      announce(`Invited ${r.user.email}.`);
      load();
    } catch (err) {
      setError(errorText(err));
    }
  }
  async function toggle(a: ModeratorAccount) {
    try {
      await api.updateModerator(a.id, { disabled: !a.disabledAt });
      announce(`${a.email} ${a.disabledAt ? 're-enabled' : 'disabled'}.`);
      load();
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <div className="page accounts">
      <h1>Moderator accounts</h1>
      {error && <p role="alert" className="error">{error}</p>}
      {!accounts ? <p className="muted">Loading…</p> : (
        <table>
          <caption className="sr-only">Moderator accounts</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Since</th><th scope="col">State</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} data-email={a.email}>
                <td>{a.name ?? <span className="muted">—</span>}</td>
                <td>{a.email}</td>
                <td>{ROLE_WORDS[a.role] ?? a.role}</td>
                <td>{formatDateTime(a.createdAt)}</td>
                <td>{a.disabledAt ? `disabled ${formatDateTime(a.disabledAt)}` : a.mustChangePassword ? 'invited (password not yet changed)' : 'active'}</td>
                <td>{a.id !== me?.user.id && <button type="button" onClick={() => void toggle(a)} aria-label={`${a.disabledAt ? 'Enable' : 'Disable'} ${a.email}`}>{a.disabledAt ? 'Enable' : 'Disable'}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="invite-h">
        <h2 id="invite-h">Invite a moderator</h2>
        <form onSubmit={invite} className="inline-form">
          <label htmlFor="inv-email">Email</label>
          <input id="inv-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <label htmlFor="inv-name">Name</label>
          <input id="inv-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
          <label htmlFor="inv-role">Role</label>
          <select id="inv-role" value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="moderator">moderator</option>
            <option value="safeguarding_lead">safeguarding lead</option>
            <option value="admin">admin</option>
          </select>
          <button type="submit" className="primary">Invite</button>
        </form>
        {invited && (
          <p className="request-banner" role="status">
            Give <strong>{invited.email}</strong> this temporary password (shown once; they choose their own at first sign-in): <code className="mono">{invited.password}</code>
          </p>
        )}
      </section>
    </div>
  );
}
