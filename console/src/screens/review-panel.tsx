/**
 * One review: the caught message in its conversation, why it was caught, what the sender was told,
 * and the moderator's actions (release, release redacted, reject, strike, note) with shortcuts.
 * The sealed original is fetched only when the moderator asks ("Open original"); the service
 * audits every such call, and the console keeps it only in memory for this view.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, errorText } from '../api.ts';
import type { Finding, Original, ReviewDetail } from '../api-types.ts';
import { ActionBadge, KindChips, SeverityBadge, StatusBadge } from '../components/badges.tsx';
import { FindingsTable } from '../components/findings-table.tsx';
import { HighlightedText } from '../components/highlighted-text.tsx';
import { Link } from '../components/link.tsx';
import { Modal } from '../components/modal.tsx';
import { formatDateTime, timeAgo } from '../format.ts';
import { useShortcuts } from '../shortcuts.ts';

/** The three outcomes that close a review. */
export type Outcome = 'release' | 'release_redacted' | 'reject';

const OUTCOME_WORDS: Record<Outcome, string> = {
  release: 'Released',
  release_redacted: 'Released redacted',
  reject: 'Rejected',
};

/** The review `reviewId`; `onDecided` runs after an outcome (the queue moves on). */
export function ReviewPanel({ reviewId, onDecided, onNext, onPrevious, announce }: {
  reviewId: string;
  onDecided?: (reviewId: string, outcome: Outcome) => void;
  onNext?: () => void;
  onPrevious?: () => void;
  announce: (text: string) => void;
}) {
  const [detail, setDetail] = useState<ReviewDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [original, setOriginal] = useState<Original | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<'note' | 'strike' | null>(null);
  // Findings of the other messages (score and why), from the conversation route; optional extra.
  const [whyById, setWhyById] = useState<Map<string, Finding[]>>(new Map());

  useEffect(() => {
    let live = true;
    setDetail(null);
    setOriginal(null);
    setError(null);
    setWhyById(new Map());
    api.review(reviewId).then(
      (d) => {
        if (!live) return;
        setDetail(d);
        api.conversation(d.message.conversationId).then(
          (c) => live && setWhyById(new Map(c.messages.map((m) => [m.id, m.findings ?? []]))),
          () => {},
        );
      },
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [reviewId]);

  const isOpen = detail?.review.status === 'open';

  async function decide(outcome: Outcome) {
    if (!detail || !isOpen || busy) return;
    setBusy(true);
    try {
      await api.decide(reviewId, outcome);
      announce(`${OUTCOME_WORDS[outcome]} message ${detail.message.id}.`);
      window.dispatchEvent(new Event('chaperone:queues-changed'));
      if (onDecided) onDecided(reviewId, outcome);
      else setDetail(await api.review(reviewId));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function openOriginal() {
    if (!detail || original || busy) return;
    setBusy(true);
    try {
      setOriginal(await api.original(detail.message.id));
      announce('Original opened. This access is recorded in the audit log.');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  useShortcuts({
    r: () => void decide('release'),
    e: () => void decide('release_redacted'),
    x: () => void decide('reject'),
    s: () => detail && setDialog('strike'),
    n: () => detail && setDialog('note'),
    o: () => void openOriginal(),
    j: () => onNext?.(),
    k: () => onPrevious?.(),
  });

  if (error && !detail) return <div className="panel"><p role="alert" className="error">Could not load the review: {error}</p></div>;
  if (!detail) return <div className="panel"><p className="muted" aria-live="polite">Loading review…</p></div>;

  const { review, message, decision } = detail;
  // The original endpoint returns spans without detector ids; take them from the stored findings.
  const findings = original
    ? original.findings.map((f) => ({ ...f, detector: f.detector ?? detail.findings.find((d) => d.kind === f.kind && d.start === f.start && d.end === f.end)?.detector }))
    : detail.findings;
  return (
    <article className="panel review" aria-labelledby="review-title" data-review-id={review.id}>
      <header className="review-head">
        <div>
          <h2 id="review-title">
            Review <span className="mono">{review.id}</span>
          </h2>
          <p className="meta">
            <span className={`queue-tag queue-${review.queue}`}>{review.queue}</span>{' '}
            From <Link href={`/users/${encodeURIComponent(message.senderId)}`}>{message.senderId}</Link> ({message.senderRole}) ·{' '}
            <time dateTime={message.createdAt} title={formatDateTime(message.createdAt)}>{timeAgo(message.createdAt)}</time> ·{' '}
            <Link href={`/conversations/${encodeURIComponent(message.conversationId)}`}>conversation {message.conversationId}</Link>
          </p>
        </div>
        <div className="review-status">
          <StatusBadge status={message.status} />
          {review.status !== 'open' && <span className="badge">review {review.status}{review.outcome ? `: ${review.outcome}` : ''}</span>}
        </div>
      </header>

      {error && <p role="alert" className="error">{error}</p>}

      <div className="actions" role="toolbar" aria-label="Review actions">
        <button type="button" className="primary" disabled={!isOpen || busy} onClick={() => void decide('release')} aria-keyshortcuts="r">
          Release <kbd aria-hidden="true">r</kbd>
        </button>
        <button type="button" disabled={!isOpen || busy} onClick={() => void decide('release_redacted')} aria-keyshortcuts="e">
          Release redacted <kbd aria-hidden="true">e</kbd>
        </button>
        <button type="button" className="danger" disabled={!isOpen || busy} onClick={() => void decide('reject')} aria-keyshortcuts="x">
          Reject <kbd aria-hidden="true">x</kbd>
        </button>
        <button type="button" disabled={busy} onClick={() => setDialog('strike')} aria-keyshortcuts="s">
          Strike sender <kbd aria-hidden="true">s</kbd>
        </button>
        <button type="button" disabled={busy} onClick={() => setDialog('note')} aria-keyshortcuts="n">
          Note <kbd aria-hidden="true">n</kbd>
        </button>
      </div>

      <section aria-labelledby="msg-h" className="caught">
        <div className="section-head">
          <h3 id="msg-h">{original ? 'Original message' : 'Message (redacted)'}</h3>
          {!original && (
            <button type="button" onClick={() => void openOriginal()} disabled={busy} aria-keyshortcuts="o">
              Open original <kbd aria-hidden="true">o</kbd>
            </button>
          )}
        </div>
        {original ? (
          <>
            <HighlightedText text={original.text} findings={findings} className="original" />
            <p className="note-small">You opened the sealed original; this access was recorded in the audit log.</p>
          </>
        ) : (
          <>
            <HighlightedText text={message.redactedText} placeholders />
            <p className="note-small">The original is sealed. Opening it is recorded in the audit log.</p>
          </>
        )}
        <FindingsTable findings={findings} caption="What was caught, and why" />
      </section>

      <section aria-labelledby="conv-h" className="conversation">
        <h3 id="conv-h">Conversation</h3>
        <ol className="messages">
          {detail.conversation.map((m) => (
            <li key={m.id} className={`msg role-${m.senderRole} ${m.id === message.id ? 'current' : ''}`} aria-current={m.id === message.id ? 'true' : undefined}>
              <div className="msg-meta">
                <strong>{m.senderRole}</strong> <span className="mono">{m.senderId}</span> ·{' '}
                <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time> · <StatusBadge status={m.status} />
                {m.kinds && m.kinds.length > 0 && <> · <KindChips kinds={m.kinds} /></>}
                {m.id === message.id && <span className="badge current-tag">this message</span>}
              </div>
              <HighlightedText text={m.redactedText} placeholders />
              {m.id !== message.id && (whyById.get(m.id)?.length ?? 0) > 0 && (
                <details>
                  <summary>Why it was caught ({whyById.get(m.id)!.length})</summary>
                  <FindingsTable findings={whyById.get(m.id)!} />
                </details>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="decision-h" className="decision">
        <h3 id="decision-h">Decision</h3>
        <p>
          <ActionBadge action={decision.action} />{' '}
          {typeof decision.severity === 'number' && <SeverityBadge severity={decision.severity} />}{' '}
          {decision.concern && <span className={`queue-tag queue-${decision.concern}`}>{decision.concern}</span>}{' '}
          <KindChips kinds={decision.kinds ?? [...new Set(findings.map((f) => f.kind))]} />
        </p>
        {decision.reasons && decision.reasons.length > 0 && (
          <ul className="reasons">
            {decision.reasons.map((r, i) => (
              <li key={i}><span className="mono">{r.rule}</span>: {r.text}</li>
            ))}
          </ul>
        )}
        <dl className="nudges">
          <dt>Sender was told</dt>
          <dd>{decision.nudge ? decision.nudge.text : <span className="muted">no nudge</span>}</dd>
          {decision.recipientSuggestion && (
            <>
              <dt>Suggested reply for the recipient</dt>
              <dd>{decision.recipientSuggestion.text}</dd>
            </>
          )}
        </dl>
        {review.notes && review.notes.length > 0 && (
          <>
            <h4>Notes</h4>
            <ul className="notes">
              {review.notes.map((n, i) => (
                <li key={n.id ?? i}>{n.note}<span className="muted">{n.author ? ` — ${n.author}` : ''}{n.createdAt ? `, ${formatDateTime(n.createdAt)}` : ''}</span></li>
              ))}
            </ul>
          </>
        )}
      </section>

      <NoteDialog open={dialog === 'note'} onClose={() => setDialog(null)} onSave={async (note) => {
        await api.note(review.id, note);
        announce('Note added.');
        setDetail(await api.review(review.id));
      }} />
      <StrikeDialog open={dialog === 'strike'} userId={message.senderId} onClose={() => setDialog(null)} onSave={async (weight, reason) => {
        await api.addStrike(message.senderId, weight, reason);
        announce(`Strike added to ${message.senderId}.`);
      }} />
    </article>
  );
}

function NoteDialog({ open, onClose, onSave }: { open: boolean; onClose: () => void; onSave: (note: string) => Promise<void> }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setNote('');
      setError(null);
    }
  }, [open]);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!note.trim()) return setError('Write a note first.');
    try {
      await onSave(note.trim());
      onClose();
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <Modal open={open} title="Add a note" onClose={onClose}>
      <form onSubmit={submit}>
        <label htmlFor="note-text">Note (visible to other moderators)</label>
        <textarea id="note-text" rows={4} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
        {error && <p role="alert" className="error">{error}</p>}
        <div className="form-actions">
          <button type="submit" className="primary">Save note</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </Modal>
  );
}

function StrikeDialog({ open, userId, onClose, onSave }: { open: boolean; userId: string; onClose: () => void; onSave: (weight: number, reason: string) => Promise<void> }) {
  const [weight, setWeight] = useState('1');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setWeight('1');
      setReason('');
      setError(null);
    }
  }, [open]);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const w = Number(weight);
    if (!Number.isFinite(w) || w <= 0) return setError('Weight must be a positive number.');
    if (!reason.trim()) return setError('Give a reason: the user and other moderators will see it.');
    try {
      await onSave(w, reason.trim());
      onClose();
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <Modal open={open} title={`Strike ${userId}`} onClose={onClose}>
      <form onSubmit={submit}>
        <label htmlFor="strike-weight">Weight</label>
        <input id="strike-weight" type="number" min="0.5" step="0.5" value={weight} onChange={(e) => setWeight(e.target.value)} autoFocus />
        <label htmlFor="strike-reason">Reason</label>
        <input id="strike-reason" type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
        {error && <p role="alert" className="error">{error}</p>}
        <div className="form-actions">
          <button type="submit" className="primary">Add strike</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </Modal>
  );
}
