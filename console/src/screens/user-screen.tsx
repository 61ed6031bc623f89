/**
 * A platform user (tutor, parent, student) as moderators see them: standing (decayed strike points
 * and escalation level), every strike with its decay, and the history of their caught messages.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, errorText } from '../api.ts';
import type { UserPage, UserTimeline } from '../api-types.ts';
import { CaseTimeline } from '../components/case-timeline.tsx';
import { ActionBadge, KindChips } from '../components/badges.tsx';
import { Link } from '../components/link.tsx';
import { formatDateTime } from '../format.ts';
import { Modal } from '../components/modal.tsx';
import { personName, useCan } from '../me.ts';

/** The page of user `userId`. */
export function UserScreen({ userId, announce }: { userId: string; announce: (t: string) => void }) {
  const [page, setPage] = useState<UserPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [weight, setWeight] = useState('1');
  const [reason, setReason] = useState('');
  const [removing, setRemoving] = useState<{ id: string; reason: string } | null>(null);
  const [removeReason, setRemoveReason] = useState('');
  const canStrike = useCan('strikes.write');

  const [timeline, setTimeline] = useState<UserTimeline | null>(null);
  const load = useCallback(() => {
    api.user(userId).then(setPage, (e) => setError(errorText(e)));
    api.userTimeline(userId).then(setTimeline, () => {});
  }, [userId]);
  useEffect(load, [load]);

  async function add(e: FormEvent) {
    e.preventDefault();
    const w = Number(weight);
    if (!Number.isFinite(w) || w <= 0) return setError('Weight must be a positive number.');
    if (!reason.trim()) return setError('Give a reason for the strike.');
    try {
      await api.addStrike(userId, w, reason.trim());
      setReason('');
      setError(null);
      announce('Strike added.');
      load();
    } catch (err) {
      setError(errorText(err));
    }
  }
  async function remove(e: FormEvent) {
    e.preventDefault();
    if (!removing) return;
    if (removeReason.trim().length < 3) return setError('Give a reason for removing the strike: it is recorded in the audit log.');
    try {
      await api.removeStrike(userId, removing.id, removeReason.trim());
      setRemoving(null);
      setRemoveReason('');
      setError(null);
      announce('Strike removed.');
      load();
    } catch (err) {
      setError(errorText(err));
    }
  }

  if (!page) return error ? <p role="alert" className="error">{error}</p> : <p className="muted">Loading…</p>;
  return (
    <div className="page user-page">
      <h1>User {page.user.name ? <>{page.user.name} </> : null}<span className="mono">{page.user.id}</span>{page.user.role && <span className="badge">{page.user.role}</span>}</h1>
      {error && <p role="alert" className="error">{error}</p>}
      <section className="cards" aria-label="Standing">
        <div className="card"><h2>Strike points now</h2><p className="big">{page.standing.points.toFixed(1)}</p><p className="muted">after decay</p></div>
        <div className="card"><h2>Escalation</h2><p className={`big level-${page.standing.level}`}>{page.standing.level}</p></div>
        <div className="card"><h2>Caught messages</h2><p className="big">{page.history.length}</p></div>
      </section>

      <section aria-labelledby="strikes-h">
        <h2 id="strikes-h">Strikes</h2>
        <p className="note-small">Newest first. Each strike's weight decays over time; the escalation level follows the decayed total.</p>
        {page.strikes.length === 0 ? <p className="muted">No strikes.</p> : (
          <table>
            <thead><tr><th scope="col">When</th><th scope="col">Reason</th><th scope="col">Weight</th><th scope="col">Weight now (decayed)</th><th scope="col">Decay</th><th scope="col">Expires</th><th scope="col">Message</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
            <tbody>
              {[...page.strikes].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((s) => (
                <tr key={s.id} className={s.removedAt ? 'removed' : ''}>
                  <td>{formatDateTime(s.createdAt)}</td>
                  <td>{s.reason}{s.createdByEmail ? <span className="muted"> — {s.createdByEmail}</span> : null}{s.removedReason ? <span className="muted"> (removed by {personName(s.removedBy ?? null)}: {s.removedReason})</span> : null}</td>
                  <td>{s.weight}</td>
                  <td>{s.removedAt ? `removed ${formatDateTime(s.removedAt)}` : s.decayedWeight.toFixed(2)}</td>
                  <td>
                    <span className="decay" aria-hidden="true"><span style={{ width: `${Math.round(100 * Math.min(1, s.decayedWeight / Math.max(s.weight, 1e-9)))}%` }} /></span>
                    <span className="sr-only">{Math.round(100 * s.decayedWeight / Math.max(s.weight, 1e-9))}% of its weight left</span>
                  </td>
                  {(() => {
                    const t = timeline?.strikes.find((x) => x.id === s.id);
                    return (
                      <>
                        <td data-label="Expires">{s.removedAt ? '—' : t?.expiresAt ? <>{formatDateTime(t.expiresAt)}<span className="muted"> (half from {formatDateTime(t.halfAt)})</span></> : '…'}</td>
                        <td data-label="Message">{t?.reviewId ? <Link href={`/reviews/${encodeURIComponent(t.reviewId)}`}>case</Link> : t?.conversationId && t.messageId ? <Link href={`/conversations/${encodeURIComponent(t.conversationId)}#m-${encodeURIComponent(t.messageId)}`}>message</Link> : <span className="muted">none</span>}</td>
                      </>
                    );
                  })()}
                  <td>{!s.removedAt && canStrike && <button type="button" onClick={() => { setRemoveReason(''); setRemoving({ id: s.id, reason: s.reason }); }} aria-label={`Remove strike: ${s.reason}`}>Remove…</button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canStrike ? (
          <form className="inline-form" onSubmit={add} aria-label="Add a strike">
            <div><label htmlFor="u-weight">Weight</label><input id="u-weight" type="number" min="0.5" step="0.5" value={weight} onChange={(e) => setWeight(e.target.value)} /></div>
            <div className="grow"><label htmlFor="u-reason">Reason</label><input id="u-reason" type="text" value={reason} onChange={(e) => setReason(e.target.value)} /></div>
            <button type="submit" className="primary">Add strike</button>
          </form>
        ) : <p className="note-small">Strikes are added and removed by a safeguarding lead.</p>}
        <Modal open={!!removing} title="Remove a strike" onClose={() => setRemoving(null)}>
          <form onSubmit={remove}>
            <p>Strike: {removing?.reason}</p>
            <label htmlFor="remove-reason">Why remove it? (recorded in the audit log)</label>
            <textarea id="remove-reason" rows={3} value={removeReason} onChange={(e) => setRemoveReason(e.target.value)} autoFocus />
            <div className="form-actions"><button type="submit" className="primary">Remove strike</button><button type="button" onClick={() => setRemoving(null)}>Cancel</button></div>
          </form>
        </Modal>
      </section>

      <section aria-labelledby="cases-h">
        <h2 id="cases-h">Case history</h2>
        <p className="note-small">Every case of this user as a sender, oldest first: what the policy did, who claimed, noted and decided, and strikes.</p>
        {timeline ? <CaseTimeline events={timeline.events} showCase /> : <p className="muted">Loading…</p>}
      </section>

      <section aria-labelledby="history-h">
        <h2 id="history-h">History of caught messages</h2>
        {page.history.length === 0 ? <p className="muted">Nothing caught.</p> : (
          <table>
            <thead><tr><th scope="col">When</th><th scope="col">Action</th><th scope="col">Kinds</th><th scope="col">Conversation</th></tr></thead>
            <tbody>
              {page.history.map((h) => (
                <tr key={h.messageId}>
                  <td>{formatDateTime(h.createdAt)}</td>
                  <td><ActionBadge action={h.action} /></td>
                  <td><KindChips kinds={h.kinds} /></td>
                  <td><Link href={`/conversations/${encodeURIComponent(h.conversationId)}#m-${encodeURIComponent(h.messageId)}`}>{h.conversationId}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
