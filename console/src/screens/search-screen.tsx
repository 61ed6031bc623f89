/**
 * Search and bulk (issue 19): find messages and their cases by user, conversation, kind, rule,
 * action, queue, status, dates, or a contact detail in any spelling ("where else did this number
 * appear?"); select cases and apply one decision to all of them, each decided (and audited) on its
 * own by the service, with each refusal shown beside its case.
 *
 * The filters live in the URL except the contact detail, which is never put in a URL (history,
 * logs): it is sent in the request body only.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, errorText } from '../api.ts';
import { ACTIONS, KINDS, type BulkResult, type SearchItem, type Template } from '../api-types.ts';
import { ActionBadge, KindChips, StatusBadge } from '../components/badges.tsx';
import { Link } from '../components/link.tsx';
import { formatDateTime } from '../format.ts';
import { useCan } from '../me.ts';

type Filters = { userId: string; conversationId: string; kind: string; rule: string; action: string; queue: string; status: string; from: string; to: string; contact: string };
const EMPTY: Filters = { userId: '', conversationId: '', kind: '', rule: '', action: '', queue: '', status: '', from: '', to: '', contact: '' };

/** The search screen. */
export function SearchScreen({ announce }: { announce: (t: string) => void }) {
  const [f, setF] = useState<Filters>(EMPTY);
  const [items, setItems] = useState<SearchItem[] | null>(null);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<'reject' | 'release_redacted' | 'release' | ''>('reject');
  const [templates, setTemplates] = useState<Template[]>([]);
  const [templateId, setTemplateId] = useState('');
  useEffect(() => { api.templates().then((r) => setTemplates(r.templates.filter((t) => t.purpose === 'reply')), () => {}); }, []);
  const [reason, setReason] = useState('');
  const [bulk, setBulk] = useState<BulkResult | null>(null);
  const canDecide = useCan('reviews.decide.leakage');

  const body = (extra: Record<string, string | number | undefined> = {}) => ({
    ...f,
    from: f.from ? new Date(`${f.from}T00:00:00`).toISOString() : '',
    to: f.to ? new Date(`${f.to}T23:59:59.999`).toISOString() : '',
    limit: 100,
    ...extra,
  });

  async function run(e?: FormEvent) {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    setBulk(null);
    try {
      const page = await api.search(body());
      setItems(page.items);
      setTotal(page.total);
      setCursor(page.nextCursor);
      setSelected(new Set());
      announce(`${page.total} message${page.total === 1 ? '' : 's'} found.`);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }
  async function more() {
    if (!cursor) return;
    try {
      const page = await api.search(body({ cursor }));
      setItems((cur) => [...(cur ?? []), ...page.items]);
      setCursor(page.nextCursor);
    } catch (err) {
      setError(errorText(err));
    }
  }
  async function apply(e: FormEvent) {
    e.preventDefault();
    const ids = [...selected];
    if (!ids.length) return;
    setBusy(true);
    try {
      if (!outcome && !templateId) return setError('Choose a decision, a template, or both.');
      const r = await api.bulkDecide(ids, outcome, { reason: reason.trim() || undefined, templateId: templateId || undefined });
      setBulk(r);
      announce(`${r.decided} decided, ${r.messaged ?? 0} messaged, ${r.failed} refused.`);
      const byId = new Map(r.results.map((x) => [x.reviewId, x]));
      setItems((cur) => (cur ?? []).map((it) => {
        const res = it.review ? byId.get(it.review.id) : undefined;
        return res && res.status === 200 && res.outcome && it.review ? { ...it, review: { ...it.review, status: 'closed', outcome: res.outcome } } : it;
      }));
      setSelected(new Set(r.results.filter((x) => x.status !== 200).map((x) => x.reviewId)));
      window.dispatchEvent(new Event('chaperone:queues-changed'));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  const openCases = (items ?? []).filter((i) => i.review?.status === 'open');
  const set = (k: keyof Filters) => (e: { target: { value: string } }) => setF((cur) => ({ ...cur, [k]: e.target.value }));
  const toggle = (id: string) => setSelected((cur) => { const n = new Set(cur); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const refusal = (id: string) => bulk?.results.find((r) => r.reviewId === id && r.status !== 200);

  return (
    <div className="page search-page">
      <h1>Search</h1>
      <form className="filters search-filters" onSubmit={run} aria-label="Search cases and messages">
        <div className="grow"><label htmlFor="s-contact">Contact detail</label><input id="s-contact" type="search" autoComplete="off" placeholder="a phone number, email, handle or link" value={f.contact} onChange={set('contact')} /></div>
        <div><label htmlFor="s-user">Sender (user id)</label><input id="s-user" value={f.userId} onChange={set('userId')} /></div>
        <div><label htmlFor="s-conv">Conversation</label><input id="s-conv" value={f.conversationId} onChange={set('conversationId')} /></div>
        <div><label htmlFor="s-kind">Kind</label><select id="s-kind" value={f.kind} onChange={set('kind')}><option value="">any</option>{KINDS.map((k) => <option key={k}>{k}</option>)}</select></div>
        <div><label htmlFor="s-rule">Rule</label><input id="s-rule" value={f.rule} onChange={set('rule')} /></div>
        <div><label htmlFor="s-action">Action</label><select id="s-action" value={f.action} onChange={set('action')}><option value="">any</option>{ACTIONS.map((a) => <option key={a}>{a}</option>)}</select></div>
        <div><label htmlFor="s-queue">Queue</label><select id="s-queue" value={f.queue} onChange={set('queue')}><option value="">any</option><option>safeguarding</option><option>leakage</option></select></div>
        <div><label htmlFor="s-status">Case</label><select id="s-status" value={f.status} onChange={set('status')}><option value="">any</option><option>open</option><option>closed</option></select></div>
        <div><label htmlFor="s-from">From</label><input id="s-from" type="date" value={f.from} onChange={set('from')} /></div>
        <div><label htmlFor="s-to">To</label><input id="s-to" type="date" value={f.to} onChange={set('to')} /></div>
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>Search</button></div>
      </form>
      <p className="note-small">A contact detail is matched by a keyed hash of its canonical form (any spelling finds it); the service never stores it in the clear, and each such search is recorded in the audit log.</p>
      {error && <p role="alert" className="error">{error}</p>}

      {items && (
        <section aria-labelledby="results-h">
          <h2 id="results-h" data-testid="result-count">{total.toLocaleString('en-GB')} found</h2>
          {canDecide && openCases.length > 0 && (
            <form className="bulk-bar" onSubmit={apply} aria-label="Decide the selected cases">
              <label className="check"><input type="checkbox" checked={openCases.length > 0 && openCases.every((i) => selected.has(i.review!.id))} onChange={(e) => setSelected(e.target.checked ? new Set(openCases.map((i) => i.review!.id)) : new Set())} /> Select all open cases ({openCases.length})</label>
              <div><label htmlFor="b-outcome">Decision</label>
                <select id="b-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as typeof outcome)}>
                  <option value="reject">reject</option><option value="release_redacted">release redacted</option><option value="release">release</option><option value="">no decision</option>
                </select>
              </div>
              <div><label htmlFor="b-template">Message each sender</label>
                <select id="b-template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
                  <option value="">no message</option>
                  {templates.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
                </select>
              </div>
              <div className="grow"><label htmlFor="b-reason">Reason (recorded for each case)</label><input id="b-reason" value={reason} onChange={(e) => setReason(e.target.value)} /></div>
              <button type="submit" className="primary" disabled={busy || selected.size === 0}>Apply to {selected.size} selected</button>
            </form>
          )}
          {bulk && <p role="status" className="bulk-summary" data-testid="bulk-summary">{bulk.decided} decided{bulk.messaged ? `, ${bulk.messaged} messaged` : ''}{bulk.failed ? `, ${bulk.failed} refused (see each case)` : ''}.</p>}
          <div className="table-scroll">
            <table className="results">
              <thead><tr><th scope="col"><span className="sr-only">Select</span></th><th scope="col">When</th><th scope="col">Sender</th><th scope="col">Action</th><th scope="col">Kinds</th><th scope="col">Message</th><th scope="col">Case</th></tr></thead>
              <tbody>
                {items.map((it) => (
                  <tr key={it.messageId} data-message-id={it.messageId} data-review-id={it.review?.id}>
                    <td>{it.review?.status === 'open' && canDecide && <input type="checkbox" aria-label={`Select case ${it.review.id}`} checked={selected.has(it.review.id)} onChange={() => toggle(it.review!.id)} />}</td>
                    <td data-label="When">{formatDateTime(it.createdAt)}</td>
                    <td data-label="Sender"><Link href={`/users/${encodeURIComponent(it.senderId)}`}>{it.senderId}</Link> ({it.senderRole})</td>
                    <td data-label="Action"><ActionBadge action={it.action} /> <StatusBadge status={it.status} /></td>
                    <td data-label="Kinds"><KindChips kinds={it.kinds} /></td>
                    <td data-label="Message"><Link href={`/conversations/${encodeURIComponent(it.conversationId)}`}>{it.preview}</Link></td>
                    <td data-label="Case">
                      {it.review ? <Link href={`/reviews/${encodeURIComponent(it.review.id)}`}>{it.review.queue}: {it.review.status}{it.review.outcome ? ` (${it.review.outcome.replace('_', ' ')})` : ''}</Link> : <span className="muted">none</span>}
                      {it.review && refusal(it.review.id) && <span className="error refusal"> refused: {refusal(it.review.id)!.problem?.detail}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {cursor && <button type="button" onClick={() => void more()}>Load more</button>}
        </section>
      )}
    </div>
  );
}
