/**
 * The review queues: safeguarding and leakage tabs with their open counts, filters (status, kind,
 * role, dates) kept in the URL, a server-paged list (cursor, 50 at a time — a queue of 10,000 is
 * never loaded whole) and the selected review beside it. After release/reject the item leaves the
 * list and the next one opens, so a moderator can work the queue from the keyboard (j/k, r/e/x).
 * Rows are ordered by priority and grouped by sender; each names the sender, the recipient and the
 * student's age band.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, errorText, type QueueFilters } from '../api.ts';
import { KINDS, QUEUE_NAMES, SENDER_ROLES, type QueueItem, type QueueName, type QueueSummary } from '../api-types.ts';
import { ActionBadge, KindChips, SeverityBadge } from '../components/badges.tsx';
import { Link } from '../components/link.tsx';
import { ageOf, formatDateTime } from '../format.ts';
import { groupBySender } from '../group-by-sender.ts';
import { AGE_WORDS, personName, useCan } from '../me.ts';
import { pokeActivity, useQueueActivity } from '../queue-activity.ts';
import type { Claim } from '../api-types.ts';
import { navigate } from '../router.ts';
import { ReviewPanel } from './review-panel.tsx';

const PAGE = 50;

/** Filters from the URL's query string. */
function filtersFrom(search: URLSearchParams): QueueFilters {
  return {
    status: search.get('status') === 'closed' ? 'closed' : 'open',
    kind: search.get('kind') ?? '',
    role: search.get('role') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
  };
}

/** Date inputs give days; the API takes instants. `to` covers the whole day. */
function toApiFilters(f: QueueFilters): QueueFilters {
  return {
    ...f,
    from: f.from ? new Date(`${f.from}T00:00:00`).toISOString() : undefined,
    to: f.to ? new Date(`${f.to}T23:59:59.999`).toISOString() : undefined,
  };
}

function queueHref(name: string, reviewId: string | null, search: string): string {
  return `/queues/${name}${reviewId ? `/${encodeURIComponent(reviewId)}` : ''}${search ? `?${search}` : ''}`;
}

/** The queue `name`, with `reviewId` open beside the list. */
export function QueuesScreen({ name, reviewId, search, announce }: {
  name: QueueName;
  reviewId: string | null;
  search: URLSearchParams;
  announce: (text: string) => void;
}) {
  const searchKey = search.toString();
  const filters = filtersFrom(search);
  const [summaries, setSummaries] = useState<QueueSummary[]>([]);
  const [items, setItems] = useState<QueueItem[]>([]);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const gen = useRef(0);
  // Issue 19: who holds which review, live; decided items leave everyone's list.
  const [claims, setClaims] = useState<Map<string, Claim>>(new Map());
  // SLA: the queue's target time to decision; items older than it are marked overdue.
  const [targetHours, setTargetHours] = useState<number | null>(null);
  useEffect(() => {
    api.sla().then((r) => setTargetHours(r.queues.find((q) => q.queue === name)?.targetHours ?? null), () => {});
  }, [name]);
  const isOverdue = (createdAt: string) => targetHours !== null && Date.now() - Date.parse(createdAt) > targetHours * 3600_000;
  const canClaim = useCan('reviews.claim');
  const unfiltered = !filters.kind && !filters.role && !filters.from && !filters.to && filters.status === 'open';
  useQueueActivity(name, (a) => {
    setClaims(new Map(a.claims.map((c) => [c.reviewId, c])));
    if (filters.status !== 'open') return;
    const gone = new Set(a.decided.map((d) => d.reviewId));
    setItems((cur) => {
      const rest = cur.filter((i) => !gone.has(i.reviewId));
      if (rest.length !== cur.length) {
        setTotal((t) => Math.max(0, t - (cur.length - rest.length)));
        window.dispatchEvent(new Event('chaperone:queues-changed'));
      }
      return rest.length === cur.length ? cur : rest;
    });
  });

  const loadSummaries = useCallback(() => {
    api.queues().then((r) => setSummaries(r.queues), () => {});
  }, []);
  useEffect(() => {
    loadSummaries();
    window.addEventListener('chaperone:queues-changed', loadSummaries);
    return () => window.removeEventListener('chaperone:queues-changed', loadSummaries);
  }, [loadSummaries]);

  // A new queue or new filters: start again from the first page.
  useEffect(() => {
    const mine = ++gen.current;
    setItems([]);
    setCursor(null);
    setError(null);
    setLoading(true);
    api.queue(name, toApiFilters(filtersFrom(new URLSearchParams(searchKey))), null, PAGE).then(
      (page) => {
        if (mine !== gen.current) return;
        setItems(groupBySender(page.items));
        setTotal(page.total);
        setCursor(page.nextCursor);
        setLoading(false);
      },
      (e) => {
        if (mine !== gen.current) return;
        setError(errorText(e));
        setLoading(false);
      },
    );
  }, [name, searchKey]);

  // Open an item when nothing is selected, so the queue is worked top-down: the next one nobody else
  // holds (claimed for this moderator), or, for those who claim nothing, the first.
  const opening = useRef(false);
  useEffect(() => {
    if (reviewId || items.length === 0 || opening.current) return;
    if (!canClaim || !unfiltered) return navigate(queueHref(name, items[0].reviewId, searchKey), true);
    opening.current = true;
    api.next(name).then(
      (r) => navigate(queueHref(name, r.reviewId ?? items[0].reviewId, searchKey), true),
      () => navigate(queueHref(name, items[0].reviewId, searchKey), true),
    ).finally(() => { opening.current = false; });
  }, [reviewId, items, name, searchKey, canClaim, unfiltered]);

  async function claimNext() {
    try {
      const r = await api.next(name);
      pokeActivity(name);
      if (r.reviewId) select(r.reviewId);
      else announce('Every open item of this queue is being worked by someone.');
    } catch (e) {
      setError(errorText(e));
    }
  }

  /** Append the next page to `base` (the list as the caller knows it, which may be newer than state). */
  async function loadMore(base: QueueItem[] = items): Promise<QueueItem[]> {
    if (!cursor || loading) return base;
    const mine = gen.current;
    setLoading(true);
    try {
      const page = await api.queue(name, toApiFilters(filters), cursor, PAGE);
      if (mine !== gen.current) return base;
      const merged = groupBySender([...base, ...page.items.filter((p) => !base.some((i) => i.reviewId === p.reviewId))]);
      setItems(merged);
      setTotal(page.total);
      setCursor(page.nextCursor);
      return merged;
    } catch (e) {
      setError(errorText(e));
      return base;
    } finally {
      setLoading(false);
    }
  }

  const index = items.findIndex((i) => i.reviewId === reviewId);

  function select(id: string) {
    navigate(queueHref(name, id, searchKey));
    // Keep the selected row in view in the list as j/k move through it.
    requestAnimationFrame(() => listRef.current?.querySelector(`[data-review-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' }));
  }

  async function next() {
    if (index >= 0 && index + 1 < items.length) return select(items[index + 1].reviewId);
    if (cursor) {
      const merged = await loadMore();
      if (index + 1 < merged.length) select(merged[index + 1].reviewId);
    }
  }
  function previous() {
    if (index > 0) select(items[index - 1].reviewId);
  }

  function onDecided(id: string) {
    const at = items.findIndex((i) => i.reviewId === id);
    const rest = items.filter((i) => i.reviewId !== id);
    setItems(rest);
    setTotal((t) => Math.max(0, t - 1));
    // The item that slid into its place is the next by severity and age; past the loaded end, fetch on.
    if (rest[at]) select(rest[at].reviewId);
    else if (cursor) {
      void loadMore(rest).then((merged) => {
        const following = merged[at] ?? merged[at - 1];
        if (following) select(following.reviewId);
      });
    } else if (rest[at - 1]) select(rest[at - 1].reviewId);
    // Nothing left: the list shows the empty state; the outcome announcement stays on screen.
    else navigate(queueHref(name, null, searchKey), true);
  }

  function setFilter(key: keyof QueueFilters, value: string) {
    const q = new URLSearchParams(searchKey);
    if (value && !(key === 'status' && value === 'open')) q.set(key, value);
    else q.delete(key);
    navigate(queueHref(name, null, q.toString()));
  }

  return (
    <div className="queues">
      <nav className="tabs" aria-label="Review queues">
        {QUEUE_NAMES.map((q) => {
          const s = summaries.find((x) => x.name === q);
          return (
            <Link key={q} href={queueHref(q, null, '')} className={`tab queue-${q}`} aria-current={q === name ? 'page' : undefined}>
              {q === 'safeguarding' ? 'Safeguarding' : 'Leakage'}
              <span className="count" aria-label={`${s?.open ?? 0} open`}>{s ? s.open.toLocaleString('en-GB') : '…'}</span>
              {s?.oldestAt && <span className="oldest">oldest {ageOf(s.oldestAt)}</span>}
            </Link>
          );
        })}
      </nav>

      <div className="workbench">
        <section className="queue-list" aria-labelledby="queue-h">
          <h1 id="queue-h" className="sr-only">{name === 'safeguarding' ? 'Safeguarding' : 'Leakage'} queue</h1>
          <form className="filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
            <div>
              <label htmlFor="f-status">Status</label>
              <select id="f-status" value={filters.status} onChange={(e) => setFilter('status', e.target.value)}>
                <option value="open">open</option>
                <option value="closed">closed</option>
              </select>
            </div>
            <div>
              <label htmlFor="f-kind">Kind</label>
              <select id="f-kind" value={filters.kind} onChange={(e) => setFilter('kind', e.target.value)}>
                <option value="">any</option>
                {KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="f-role">Sender</label>
              <select id="f-role" value={filters.role} onChange={(e) => setFilter('role', e.target.value)}>
                <option value="">any</option>
                {SENDER_ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="f-from">From</label>
              <input id="f-from" type="date" value={filters.from} onChange={(e) => setFilter('from', e.target.value)} />
            </div>
            <div>
              <label htmlFor="f-to">To</label>
              <input id="f-to" type="date" value={filters.to} onChange={(e) => setFilter('to', e.target.value)} />
            </div>
          </form>
          <div className="list-head">
            <p className="list-count" aria-live="polite">
              {loading && items.length === 0 ? 'Loading…' : `${items.length.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} shown`}
            </p>
            {canClaim && filters.status === 'open' && <button type="button" className="claim-next" onClick={() => void claimNext()}>Claim next</button>}
          </div>
          {error && <p role="alert" className="error">{error}</p>}
          <ol className="items" ref={listRef}>
            {items.map((it, i) => (
              <li key={it.reviewId} data-review-id={it.reviewId} data-sender-id={it.senderId} data-trigger={it.trigger ?? 'hold'} data-claimed-by={claims.get(it.reviewId)?.by.email ?? undefined} data-overdue={filters.status === 'open' && isOverdue(it.createdAt) ? 'true' : undefined}>
                {(i === 0 || items[i - 1].senderId !== it.senderId) && (it.senderOpenHolds ?? 1) > 1 && (
                  <p className="sender-group-head">{it.senderName ?? it.senderId}: {it.senderOpenHolds} open holds</p>
                )}
                <Link href={queueHref(name, it.reviewId, searchKey)} className="item" aria-current={it.reviewId === reviewId ? 'true' : undefined}>
                  <span className="item-top">
                    <span className="badge priority" title={(it.priorityParts ?? []).map((p) => `${p.label} ${p.points}`).join(' + ')}>
                      <span className="sr-only">Priority </span>{it.priority ?? it.severity}
                    </span>
                    <SeverityBadge severity={it.severity} />
                    <ActionBadge action={it.action} />
                    <KindChips kinds={it.kinds} />
                    <time className="age" dateTime={it.createdAt} title={formatDateTime(it.createdAt)}>{ageOf(it.createdAt)}</time>
                  </span>
                  <span className="item-who">
                    {it.senderRole} <strong>{it.senderName ?? ''}</strong> <span className="mono">{it.senderId}</span>
                    {it.doNotRelease && <span className="flag flag-dnr">do not release</span>}
                    {(it.deliveredFragments ?? 0) > 0 && <span className="flag flag-fragments">{it.deliveredFragments} delivered</span>}
                    {filters.status === 'open' && isOverdue(it.createdAt) && <span className="flag flag-overdue">overdue</span>}
                    {claims.get(it.reviewId) && (
                      <span className={`flag flag-claimed${claims.get(it.reviewId)!.mine ? ' mine' : ''}`}>{claims.get(it.reviewId)!.mine ? 'yours' : `with ${personName(claims.get(it.reviewId)!.by)}`}</span>
                    )}
                  </span>
                  <span className="item-to">
                    to {it.recipientRole ?? 'recipient'} <strong>{it.recipientName ?? ''}</strong> <span className="mono">{it.recipientId ?? 'unknown'}</span> · <span className="age-band">{it.studentAge ? AGE_WORDS[it.studentAge] ?? it.studentAge : 'age unknown'}</span>
                  </span>
                  <span className="preview">{it.preview}</span>
                </Link>
              </li>
            ))}
          </ol>
          {!loading && items.length === 0 && !error && <p className="muted empty">Nothing here. Well done.</p>}
          {cursor && (
            <button type="button" className="more" onClick={() => void loadMore()} disabled={loading}>
              {loading ? 'Loading…' : `Load ${PAGE} more`}
            </button>
          )}
        </section>

        <section className="queue-detail" aria-label="Selected review">
          {reviewId ? (
            <ReviewPanel key={reviewId} reviewId={reviewId} onDecided={onDecided} onNext={() => void next()} onPrevious={previous} announce={announce} />
          ) : (
            <div className="panel"><p className="muted">{items.length ? 'Select an item to review it.' : loading ? 'Loading…' : 'No items to review with these filters.'}</p></div>
          )}
          <p className="shortcuts-help">
            Shortcuts: <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>r</kbd> release (asks for a reason and confirmation) · <kbd>e</kbd> release redacted ·{' '}
            <kbd>x</kbd> reject · <kbd>s</kbd> strike · <kbd>n</kbd> note · <kbd>m</kbd> message the sender · <kbd>o</kbd> open original (asks why)
          </p>
        </section>
      </div>
    </div>
  );
}
