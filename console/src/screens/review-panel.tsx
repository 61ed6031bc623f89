/**
 * One review, the whole case in view: what was decided and why, the nudge, the notes and who decided
 * (people, not ids) first; then the caught message and its conversation, with the messages already
 * delivered that carry part of an assembled detail marked "delivered — part of the detail".
 *
 * Actions follow the signed-in moderator's role (the service says which, per review): a button the
 * role may not use is absent, not merely disabled. Releasing a safeguarding hold always goes through
 * a dialog that asks for a reason and, when a possible child would receive a contact detail, a
 * confirmation naming what will be delivered; no single key releases anything. The sealed original
 * opens only with a reason, which the service audits.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from '../api.ts';
import type { CaseEvent, Claim, Finding, Original, ReviewDetail, Template } from '../api-types.ts';
import { renderTemplate } from './appeals-screen.tsx';
import { CaseTimeline } from '../components/case-timeline.tsx';
import { pokeActivity, useQueueActivity } from '../queue-activity.ts';
import { ActionBadge, KindChips, SeverityBadge, StatusBadge } from '../components/badges.tsx';
import { FindingsTable } from '../components/findings-table.tsx';
import { AttachmentsPanel } from '../components/attachments-panel.tsx';
import { HighlightedText } from '../components/highlighted-text.tsx';
import { Link } from '../components/link.tsx';
import { Modal } from '../components/modal.tsx';
import { formatDateTime, timeAgo } from '../format.ts';
import { AGE_WORDS, personName, useCan } from '../me.ts';
import { useShortcuts } from '../shortcuts.ts';

/** The outcomes that close a review (`close` only for a safeguarding-cue flag, which holds nothing). */
export type Outcome = 'release' | 'release_redacted' | 'reject' | 'close';

const OUTCOME_WORDS: Record<Outcome, string> = {
  release: 'Released',
  release_redacted: 'Released redacted',
  reject: 'Rejected',
  close: 'Closed the flag on',
};

type Dialog = 'note' | 'strike' | 'original' | 'close' | 'takeover' | 'message' | { release: Outcome } | null;

/** How often a held claim is renewed while its holder keeps working (the service's idle time is longer). */
const RENEW_MS = 60_000;

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
  const [dialog, setDialog] = useState<Dialog>(null);
  // Findings of the other messages (score and why), from the conversation route; optional extra.
  const [whyById, setWhyById] = useState<Map<string, Finding[]>>(new Map());
  // Issue 19: who is working this review. Opening an open review one may decide claims it.
  const [claim, setClaim] = useState<Claim | null>(null);
  const [events, setEvents] = useState<CaseEvent[] | null>(null);
  const canClaim = useCan('reviews.claim');
  const claimRef = useRef<Claim | null>(null);
  claimRef.current = claim;
  const statusRef = useRef<string | undefined>(undefined);
  statusRef.current = detail?.review.status;

  useEffect(() => {
    let live = true;
    setDetail(null);
    setOriginal(null);
    setError(null);
    setWhyById(new Map());
    setClaim(null);
    api.review(reviewId).then(
      (d) => {
        if (!live) return;
        setDetail(d);
        setClaim(d.claim ?? null);
        const a = d.actions;
        const decides = !!a && (a.release || a.releaseRedacted || a.reject || !!a.close);
        if (d.review.status === 'open' && decides && canClaim && (!d.claim || d.claim.mine)) {
          api.claim(reviewId).then(
            (r) => {
              if (live) setClaim(r.claim);
              pokeActivity(d.review.queue);
            },
            // Lost the race: show who won.
            () => api.review(reviewId).then((again) => live && setClaim(again.claim ?? null), () => {}),
          );
        }
        api.conversation(d.message.conversationId).then(
          (c) => live && setWhyById(new Map(c.messages.map((m) => [m.id, m.findings ?? []]))),
          () => {},
        );
      },
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
      // Leaving an open review lets go of its claim, so the next moderator can take it.
      if (claimRef.current?.mine && statusRef.current === 'open') void api.unclaim(reviewId).catch(() => undefined);
    };
  }, [reviewId]);

  // The case history follows every change of the case (notes, claims, decisions).
  const claimKey = claim ? `${claim.by.id}:${claim.claimedAt}` : '';
  useEffect(() => {
    if (!detail) return;
    let live = true;
    api.reviewTimeline(reviewId).then((t) => live && setEvents(t.events), () => {});
    return () => { live = false; };
  }, [reviewId, detail, claimKey]);

  // Keep the claim while its holder works: renew once a minute if there was input since the last renewal.
  useEffect(() => {
    let active = false;
    const mark = () => { active = true; };
    window.addEventListener('keydown', mark);
    window.addEventListener('pointerdown', mark);
    const t = setInterval(() => {
      if (active && claimRef.current?.mine && statusRef.current === 'open') {
        active = false;
        api.claim(reviewId).then((r) => setClaim(r.claim), () => undefined);
      }
    }, RENEW_MS);
    return () => {
      clearInterval(t);
      window.removeEventListener('keydown', mark);
      window.removeEventListener('pointerdown', mark);
    };
  }, [reviewId]);

  // Live: someone else claims, takes over or decides this review.
  useQueueActivity(detail?.review.queue, (a) => {
    if (!detail) return;
    if (detail.review.status === 'open' && a.decided.some((d) => d.reviewId === reviewId)) {
      api.review(reviewId).then((d) => {
        setDetail(d);
        setClaim(null);
        announce(`Review ${reviewId} was decided by ${personName(d.review.decidedBy ?? null)}.`);
      }, () => {});
      return;
    }
    if (detail.review.status !== 'open') return;
    const c = a.claims.find((x) => x.reviewId === reviewId) ?? null;
    const before = claimRef.current;
    if ((c?.by.id ?? null) !== (before?.by.id ?? null)) {
      setClaim(c);
      if (before?.mine && c && !c.mine) announce(`${personName(c.by)} took over review ${reviewId}.`);
    }
  });

  const isOpen = detail?.review.status === 'open';
  const heldByOther = !!claim && !claim.mine && isOpen;
  // Someone else is working it: no decision until it is taken over (the service refuses one anyway).
  const actions = detail?.actions && heldByOther ? { ...detail.actions, release: false, releaseRedacted: false, reject: false, close: false } : detail?.actions;
  const mayTakeOver = heldByOther && !!detail?.actions && (detail.actions.release || detail.actions.releaseRedacted || detail.actions.reject || !!detail.actions.close);
  const safeguarding = detail?.review.queue === 'safeguarding';

  async function decide(outcome: Outcome, extra: { reason?: string; confirm?: boolean } = {}) {
    if (!detail || !isOpen || busy) return;
    setBusy(true);
    try {
      const out = await api.decide(reviewId, outcome, extra);
      if (out?.awaiting) {
        announce(`Release requested: ${out.awaiting}.`);
        setDetail(await api.review(reviewId));
        return;
      }
      announce(`${OUTCOME_WORDS[outcome]} message ${detail.message.id}.`);
      window.dispatchEvent(new Event('chaperone:queues-changed'));
      if (onDecided) onDecided(reviewId, outcome);
      else setDetail(await api.review(reviewId));
    } catch (e) {
      setError(errorText(e));
      if (e instanceof ApiError && e.status === 409) api.review(reviewId).then((d) => { setDetail(d); setClaim(d.claim ?? null); }, () => {});
      throw e;
    } finally {
      setBusy(false);
    }
  }

  async function takeOver(reason: string) {
    const r = await api.claim(reviewId, { reason });
    setClaim(r.claim);
    setError(null);
    if (detail) pokeActivity(detail.review.queue);
    announce(`You took over review ${reviewId}.`);
  }

  /** A release of a safeguarding hold always goes through the dialog (reason, confirmation). */
  function startRelease(outcome: 'release' | 'release_redacted') {
    if (!detail || !actions) return;
    const allowed = outcome === 'release' ? actions.release : actions.releaseRedacted;
    if (!allowed) return;
    if (outcome === 'release' || safeguarding) setDialog({ release: outcome });
    else void decide(outcome).catch(() => undefined);
  }

  useShortcuts({
    r: () => startRelease('release'),
    e: () => startRelease('release_redacted'),
    x: () => { if (actions?.reject) void decide('reject').catch(() => undefined); },
    s: () => { if (actions?.strike) setDialog('strike'); },
    n: () => { if (actions?.note) setDialog('note'); },
    m: () => { if (actions?.note) setDialog('message'); },
    o: () => { if (actions?.openOriginal && !original) setDialog('original'); },
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
  const recipient = review.recipient;
  const deliveredParts = detail.conversation.filter((m) => m.partOfDetail?.delivered);
  const releaseWords = actions?.releaseNeeds.approving ? 'Approve release' : actions?.releaseNeeds.secondModerator ? 'Ask to release' : 'Release';
  return (
    <article className="panel review" aria-labelledby="review-title" data-review-id={review.id}>
      <header className="review-head">
        <div>
          <h2 id="review-title">
            Review <span className="mono">{review.id}</span>
          </h2>
          <p className="meta">
            <span className={`queue-tag queue-${review.queue}`}>{review.queue}</span>{' '}
            From <Link href={`/users/${encodeURIComponent(message.senderId)}`}>{message.senderName ? `${message.senderName} (${message.senderId})` : message.senderId}</Link> ({message.senderRole})
            {recipient && (
              <>
                {' '}to <Link href={`/users/${encodeURIComponent(recipient.id)}`}>{recipient.name ? `${recipient.name} (${recipient.id})` : recipient.id}</Link> ({recipient.role ?? 'role unknown'})
              </>
            )}
            {' '}· <span className="age-band" data-age={review.studentAge ?? 'unknown'}>student {review.studentAge ? AGE_WORDS[review.studentAge] ?? review.studentAge : 'age unknown'}</span>
            {review.stage && <> · {review.stage}</>} ·{' '}
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

      {isOpen && claim && (
        <p className={`claim-banner ${claim.mine ? 'claim-mine' : 'claim-other'}`} role="status" data-testid="claim" data-claimed-by={claim.by.email ?? claim.by.id}>
          <span>{claim.mine
            ? <>You are working on this review (claimed <time dateTime={claim.claimedAt}>{timeAgo(claim.claimedAt)}</time>).</>
            : <><strong>{personName(claim.by)}</strong> is working on this review (claimed <time dateTime={claim.claimedAt}>{timeAgo(claim.claimedAt)}</time>; lapses at <time dateTime={claim.expiresAt}>{formatDateTime(claim.expiresAt)}</time> if idle).</>}</span>
          {mayTakeOver && <button type="button" onClick={() => setDialog('takeover')}>Take over…</button>}
        </p>
      )}
      {review.doNotRelease && (
        <p className="dnr-banner" role="note">
          <strong>Do not release.</strong> {review.doNotRelease.note} — {personName(review.doNotRelease.by)}, {formatDateTime(review.doNotRelease.at)}
        </p>
      )}
      {review.releaseRequest && review.status === 'open' && (
        <p className="request-banner" role="note">
          <strong>Release requested</strong> by {personName(review.releaseRequest.by)}{review.releaseRequest.at ? `, ${formatDateTime(review.releaseRequest.at)}` : ''}: {review.releaseRequest.reason}. A second moderator or a safeguarding lead must approve it.
        </p>
      )}
      {review.status !== 'open' && (
        <p className="decided" data-testid="decided">
          Decided <strong>{review.outcome?.replace('_', ' ')}</strong> by {personName(review.decidedBy ?? null)}
          {review.decidedAt ? <>, <time dateTime={review.decidedAt}>{formatDateTime(review.decidedAt)}</time></> : null}
          {review.decisionReason ? <>: “{review.decisionReason}”</> : null}
        </p>
      )}

      <div className="actions" role="toolbar" aria-label="Review actions">
        {actions?.release && (
          <button type="button" className="primary" disabled={busy} onClick={() => startRelease('release')} aria-keyshortcuts="r">
            {releaseWords}… <kbd aria-hidden="true">r</kbd>
          </button>
        )}
        {actions?.releaseRedacted && (
          <button type="button" disabled={busy} onClick={() => startRelease('release_redacted')} aria-keyshortcuts="e">
            Release redacted{safeguarding ? '…' : ''} <kbd aria-hidden="true">e</kbd>
          </button>
        )}
        {actions?.reject && (
          <button type="button" className="danger" disabled={busy} onClick={() => void decide('reject').catch(() => undefined)} aria-keyshortcuts="x">
            Reject <kbd aria-hidden="true">x</kbd>
          </button>
        )}
        {actions?.close && (
          <button type="button" className="primary" disabled={busy} onClick={() => setDialog('close')}>
            Close flag…
          </button>
        )}
        {actions?.strike && (
          <button type="button" disabled={busy} onClick={() => setDialog('strike')} aria-keyshortcuts="s">
            Strike sender <kbd aria-hidden="true">s</kbd>
          </button>
        )}
        {actions?.note && (
          <button type="button" disabled={busy} onClick={() => setDialog('note')} aria-keyshortcuts="n">
            Note <kbd aria-hidden="true">n</kbd>
          </button>
        )}
        {actions?.note && (
          <button type="button" disabled={busy} onClick={() => setDialog('message')} aria-keyshortcuts="m">
            Message sender… <kbd aria-hidden="true">m</kbd>
          </button>
        )}
        {isOpen && safeguarding && review.trigger !== 'cues' && !actions?.release && !review.doNotRelease && (
          <span className="muted role-hint">Only a safeguarding lead can release a safeguarding hold.</span>
        )}
      </div>

      {detail.cueTimeline && detail.cueTimeline.length > 0 && (
        <section aria-labelledby="cues-h" className="cue-timeline" data-testid="cue-timeline">
          <h3 id="cues-h">Safeguarding cues in this conversation</h3>
          <p className="note-small">
            {review.trigger === 'cues'
              ? <>Flagged for a safeguarding lead because these cues, taken together, raised the conversation’s risk{typeof review.conversationRisk === 'number' ? <> to <strong>{Math.round(review.conversationRisk * 100)}%</strong></> : null}. Nothing was held and the sender was not told. </>
              : null}
            Cues are signs worth a look, not proof: read them in the conversation below.
          </p>
          <ol className="cues">
            {detail.cueTimeline.map((t) => (
              <li key={t.messageId} data-message-id={t.messageId}>
                <div className="msg-meta">
                  <strong>{t.senderName ?? t.senderRole}</strong> ({t.senderRole}) · <time dateTime={t.sentAt}>{formatDateTime(t.sentAt)}</time>
                  {t.messageId === message.id && <span className="badge current-tag">this message</span>}
                </div>
                <blockquote className="cue-text">{t.text}</blockquote>
                <ul className="cue-list">
                  {t.cues.map((c, i) => (
                    <li key={i} data-cue={c.cue}>
                      <strong className="cue-words">{c.words}</strong> <span className="muted">({Math.round(c.score * 100)}% sure)</span>
                      {c.why.length > 0 && <span className="cue-why"> — {c.why.join('; ')}</span>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}

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
        {review.priorityParts && review.priorityParts.length > 0 && (
          <p className="priority-parts">
            Priority <strong>{review.priority}</strong>: {review.priorityParts.map((p) => `${p.label} ${p.points}`).join(' + ')}
          </p>
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
        <h4>Notes</h4>
        {review.notes && review.notes.length > 0 ? (
          <ul className="notes">
            {review.notes.map((n, i) => (
              <li key={n.id ?? i} data-kind={n.kind ?? 'note'}>
                {n.kind === 'do_not_release' && <strong>Do not release: </strong>}
                {n.kind === 'to_user' && <strong>To the sender: </strong>}
                {n.note}
                <span className="muted"> — {personName({ id: n.author, email: n.authorEmail, name: n.authorName })}{n.createdAt ? `, ${formatDateTime(n.createdAt)}` : ''}</span>
              </li>
            ))}
          </ul>
        ) : <p className="muted">No notes yet.</p>}
      </section>

      <section aria-labelledby="history-h" className="history">
        <h3 id="history-h">Case history</h3>
        {events ? <CaseTimeline events={events} /> : <p className="muted">Loading…</p>}
      </section>

      <section aria-labelledby="msg-h" className="caught">
        <div className="section-head">
          <h3 id="msg-h">{original ? 'Original message' : 'Message (redacted)'}</h3>
          {!original && actions?.openOriginal && (
            <button type="button" onClick={() => setDialog('original')} disabled={busy} aria-keyshortcuts="o">
              Open original… <kbd aria-hidden="true">o</kbd>
            </button>
          )}
        </div>
        {original ? (
          <>
            <HighlightedText text={original.text} findings={findings.filter((f) => f.attachment === undefined)} className="original" />
            <p className="note-small">You opened the sealed original; this access and your reason were recorded in the audit log.</p>
          </>
        ) : (
          <>
            <HighlightedText text={message.redactedText} placeholders />
            <p className="note-small">The original is sealed. {actions?.openOriginal ? 'Opening it asks for a reason, recorded in the audit log.' : 'A safeguarding lead can open it.'}</p>
          </>
        )}
        {deliveredParts.length > 0 && (
          <p className="fragments-warning" role="note">
            <strong>The recipient already has part of this detail:</strong> {deliveredParts.length} earlier {deliveredParts.length === 1 ? 'message was' : 'messages were'} delivered before the rest arrived (marked below).
          </p>
        )}
        <FindingsTable findings={findings} caption="What was caught, and why" />
        <AttachmentsPanel messageId={message.id} />
      </section>

      <section aria-labelledby="conv-h" className="conversation">
        <h3 id="conv-h">Conversation</h3>
        <ol className="messages">
          {detail.conversation.map((m) => (
            <li key={m.id} data-message-id={m.id} className={`msg role-${m.senderRole} ${m.id === message.id ? 'current' : ''} ${m.partOfDetail?.delivered ? 'part-of-detail' : ''}`} aria-current={m.id === message.id ? 'true' : undefined}>
              <div className="msg-meta">
                <strong>{m.senderName ?? m.senderRole}</strong> <span className="mono">{m.senderId}</span> ({m.senderRole}) ·{' '}
                <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time> · <StatusBadge status={m.status} />
                {m.kinds && m.kinds.length > 0 && <> · <KindChips kinds={m.kinds} /></>}
                {m.partOfDetail?.delivered && <span className="badge fragment-tag">delivered — part of the detail</span>}
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

      <NoteDialog open={dialog === 'note'} canMarkDoNotRelease={!!actions?.doNotRelease} onClose={() => setDialog(null)} onSave={async (note, doNotRelease) => {
        await api.note(review.id, note, doNotRelease);
        setDetail(await api.review(review.id));
        announce(doNotRelease ? 'Marked do not release.' : 'Note added.');
      }} />
      <MessageDialog open={dialog === 'message'} vars={{ userName: message.senderName ?? message.senderId, rule: decision.reasons?.[0]?.rule ?? '' }} onClose={() => setDialog(null)} onSend={async (text, templateId) => {
        await api.messageUser(review.id, templateId && !text ? { templateId } : { text, ...(templateId ? { templateId } : {}) });
        setDetail(await api.review(review.id));
        announce('Message sent to the sender.');
      }} />
      <StrikeDialog open={dialog === 'strike'} userId={message.senderId} onClose={() => setDialog(null)} onSave={async (weight, reason) => {
        await api.addStrike(message.senderId, weight, reason, message.id);
        announce(`Strike added to ${message.senderId}.`);
        api.reviewTimeline(review.id).then((t) => setEvents(t.events), () => {});
      }} />
      <ReasonDialog open={dialog === 'close'} title="Close the safeguarding flag" label="What did you do, or why is no action needed?" submit="Close flag" onClose={() => setDialog(null)} onSave={async (reason) => {
        await decide('close', { reason });
        setDialog(null);
      }} />
      <ReasonDialog open={dialog === 'takeover'} title="Take over this review" label={`Why take it over from ${claim ? personName(claim.by) : 'them'}? (recorded in the audit log)`} submit="Take over" onClose={() => setDialog(null)} onSave={async (reason) => {
        await takeOver(reason);
        setDialog(null);
      }} />
      <ReasonDialog open={dialog === 'original'} title="Open the sealed original" label="Why do you need to see the original?" submit="Open original" onClose={() => setDialog(null)} onSave={async (reason) => {
        const opened = await api.original(message.id, reason);
        // Close first, so the shortcuts work again as soon as the original shows.
        setDialog(null);
        setOriginal(opened);
        announce('Original opened. This access and your reason are recorded in the audit log.');
      }} />
      {typeof dialog === 'object' && dialog !== null && (
        <ReleaseDialog
          outcome={dialog.release}
          needsReason={!!actions?.releaseNeeds.reason || dialog.release === 'release'}
          confirmation={dialog.release === 'release' ? actions?.releaseNeeds.confirmation ?? null : null}
          title={dialog.release === 'release' ? `${releaseWords}: deliver the original` : 'Release redacted'}
          submit={dialog.release === 'release' ? releaseWords : 'Release redacted'}
          onClose={() => setDialog(null)}
          onSave={(reason, confirm) => decide(dialog.release, { reason, confirm })}
        />
      )}
    </article>
  );
}

/** Release (or release redacted): a reason, and a confirmation that names what will be delivered. */
function ReleaseDialog({ outcome, needsReason, confirmation, title, submit, onClose, onSave }: {
  outcome: Outcome;
  needsReason: boolean;
  confirmation: string | null;
  title: string;
  submit: string;
  onClose: () => void;
  onSave: (reason: string, confirm: boolean) => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function go(e: FormEvent) {
    e.preventDefault();
    if (needsReason && !reason.trim()) return setError('Give a reason: it is recorded in the audit log with your name.');
    if (confirmation && !confirmed) return setError('Tick the confirmation: it names what will be delivered.');
    try {
      await onSave(reason.trim(), !!confirmation && confirmed);
      onClose();
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <Modal open title={title} onClose={onClose}>
      <form onSubmit={go} data-outcome={outcome}>
        <label htmlFor="release-reason">Reason for the release</label>
        <textarea id="release-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
        {confirmation && (
          <div className="confirm-box">
            <p className="confirmation" data-testid="release-confirmation">{confirmation}</p>
            <label className="check"><input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> I confirm this delivery</label>
          </div>
        )}
        {error && <p role="alert" className="error">{error}</p>}
        <div className="form-actions">
          <button type="submit" className="primary">{submit}</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </Modal>
  );
}

/** A dialog that asks for a reason before an audited act. */
function ReasonDialog({ open, title, label, submit, onClose, onSave }: { open: boolean; title: string; label: string; submit: string; onClose: () => void; onSave: (reason: string) => Promise<void> }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setReason('');
      setError(null);
    }
  }, [open]);
  async function go(e: FormEvent) {
    e.preventDefault();
    if (reason.trim().length < 3) return setError('Give a reason: it is recorded in the audit log with your name.');
    try {
      await onSave(reason.trim());
      onClose();
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <Modal open={open} title={title} onClose={onClose}>
      <form onSubmit={go}>
        <label htmlFor="reason-text">{label}</label>
        <textarea id="reason-text" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
        {error && <p role="alert" className="error">{error}</p>}
        <div className="form-actions">
          <button type="submit" className="primary">{submit}</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </Modal>
  );
}

function NoteDialog({ open, canMarkDoNotRelease, onClose, onSave }: { open: boolean; canMarkDoNotRelease: boolean; onClose: () => void; onSave: (note: string, doNotRelease: boolean) => Promise<void> }) {
  const [note, setNote] = useState('');
  const [dnr, setDnr] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setNote('');
      setDnr(false);
      setError(null);
    }
  }, [open]);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!note.trim()) return setError('Write a note first.');
    try {
      await onSave(note.trim(), dnr);
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
        {canMarkDoNotRelease && (
          <label className="check"><input type="checkbox" checked={dnr} onChange={(e) => setDnr(e.target.checked)} /> Do not release (the service will refuse any release)</label>
        )}
        {error && <p role="alert" className="error">{error}</p>}
        <div className="form-actions">
          <button type="submit" className="primary">Save note</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </Modal>
  );
}

/** Write to the sender: typed, or a template picked with one key (its variables filled in). */
function MessageDialog({ open, vars, onClose, onSend }: { open: boolean; vars: Record<string, string>; onClose: () => void; onSend: (text: string, templateId?: string) => Promise<void> }) {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [policyLink, setPolicyLink] = useState('');
  const [text, setText] = useState('');
  const [templateId, setTemplateId] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setText('');
    setTemplateId(undefined);
    setError(null);
    api.templates().then((r) => { setTemplates(r.templates.filter((t) => t.purpose === 'reply')); setPolicyLink(r.policyLink); }, () => {});
  }, [open]);
  // The same variables the service fills in (the policy link is the deployment's).
  const pick = (t: Template) => { setText(renderTemplate(t.body, { ...vars, policyLink })); setTemplateId(t.id); };
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return setError('Write the message, or pick a template (its key).');
    try {
      await onSend(text.trim(), templateId);
      onClose();
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <Modal open={open} title="Message the sender" onClose={onClose}>
      <form onSubmit={submit} onKeyDown={(e) => {
        // One key picks a template, unless the moderator is already writing their own words.
        if (e.target instanceof HTMLTextAreaElement && e.target.value !== '') return;
        const t = templates.find((x) => x.shortcut === e.key);
        if (t) { e.preventDefault(); pick(t); }
      }}>
        <p className="templates">{templates.map((t) => <button key={t.id} type="button" onClick={() => pick(t)}>{t.shortcut && <kbd aria-hidden="true">{t.shortcut}</kbd>} {t.name}</button>)}</p>
        <label htmlFor="message-text">Message (the platform shows it to the sender; kept in the case history). An empty box takes a template's key.</label>
        <textarea id="message-text" rows={6} value={text} onChange={(e) => setText(e.target.value)} />
        {error && <p role="alert" className="error">{error}</p>}
        <div className="form-actions">
          <button type="submit" className="primary">Send</button>
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
