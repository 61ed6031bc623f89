/**
 * The audit log (who opened which original, who released what), paged, with a check of its hash
 * chain so a moderator can see the log has not been edited.
 */
import { useEffect, useState } from 'react';
import { api, errorText } from '../api.ts';
import type { AuditPage } from '../api-types.ts';
import { formatDateTime } from '../format.ts';

/** The audit screen. */
export function AuditScreen() {
  const [entries, setEntries] = useState<AuditPage['entries']>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [verify, setVerify] = useState<string | null>(null);
  useEffect(() => {
    api.audit().then((p) => {
      setEntries(p.entries);
      setCursor(p.nextCursor);
    }, (e) => setError(errorText(e)));
  }, []);
  async function more() {
    try {
      const p = await api.audit(cursor);
      setEntries((es) => [...es, ...p.entries]);
      setCursor(p.nextCursor);
    } catch (e) {
      setError(errorText(e));
    }
  }
  async function check() {
    try {
      const v = await api.auditVerify();
      setVerify(v.ok ? `Chain intact: ${v.checked} entries checked.` : `Chain BROKEN at entry ${v.firstBroken?.seq}: ${v.firstBroken?.reason}`);
    } catch (e) {
      setVerify(errorText(e));
    }
  }
  return (
    <div className="page">
      <div className="section-head">
        <h1>Audit log</h1>
        <button type="button" onClick={() => void check()}>Verify hash chain</button>
      </div>
      {verify && <p role="status" className="status-line">{verify}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      <table>
        <thead><tr><th scope="col">#</th><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Subject</th><th scope="col">Reason</th><th scope="col">Hash</th></tr></thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}><td>{e.seq}</td><td>{formatDateTime(e.at)}</td><td>{e.actorName ? `${e.actorName} (${e.actorEmail})` : (e.actorEmail ?? e.actor)}</td><td className="mono">{e.action}</td><td className="mono">{e.subject}</td><td className="audit-reason">{reasonOf(e.details)}</td><td className="mono" title={e.hash}>{e.hash.slice(0, 10)}…</td></tr>
          ))}
        </tbody>
      </table>
      {cursor && <button type="button" className="more" onClick={() => void more()}>Load more</button>}
    </div>
  );
}

/** The reason a moderator gave for an audited act, when there is one. */
function reasonOf(details: unknown): string {
  const d = (details ?? {}) as { reason?: unknown; requestReason?: unknown };
  return typeof d.reason === 'string' ? d.reason : '';
}
