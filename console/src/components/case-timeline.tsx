/**
 * A case history (issue 19): each step with when, who and what, oldest first. Notes say whether
 * they were internal or written to the user; strikes show when they expire.
 */
import type { CaseEvent } from '../api-types.ts';
import { formatDateTime } from '../format.ts';
import { Link } from './link.tsx';

const TYPE_WORDS: Record<string, string> = {
  scanned: 'scanned', policy_decided: 'policy', held: 'held', flagged: 'flagged', claimed: 'claimed', claim_taken_over: 'taken over', claim_released: 'let go',
  original_opened: 'original opened', noted: 'note', do_not_release: 'do not release', release_requested: 'release asked', release_approved: 'release approved',
  release_refused: 'release refused', decided: 'decided', strike_added: 'strike', strike_removed: 'strike removed', appealed: 'appealed', appeal_decided: 'appeal decided',
};

/** The events, as an ordered list; `showCase` links each to its review (the user page spans cases). */
export function CaseTimeline({ events, showCase = false }: { events: CaseEvent[]; showCase?: boolean }) {
  if (!events.length) return <p className="muted">Nothing recorded yet.</p>;
  return (
    <ol className="case-timeline" data-testid="case-timeline">
      {events.map((e, i) => (
        <li key={`${e.type}-${e.seq ?? ''}-${i}`} data-type={e.type} data-actor={typeof e.actor === 'string' ? e.actor : 'moderator'} data-visibility={(e.details.visibility as string | undefined) ?? undefined}>
          <time dateTime={e.at}>{formatDateTime(e.at)}</time>{' '}
          <span className={`badge tl-${e.type}`}>{TYPE_WORDS[e.type] ?? e.type.replace(/_/g, ' ')}</span>{' '}
          {e.type === 'noted' && <span className="badge">{e.details.visibility === 'user' ? 'to the user' : 'internal'}</span>}{' '}
          <span className="tl-summary">{e.summary}</span>
          {e.type === 'strike_added' && typeof e.details.expiresAt === 'string' && <span className="muted"> · counts half from {formatDateTime(e.details.halfAt as string)}, expires {formatDateTime(e.details.expiresAt)}</span>}
          {showCase && e.reviewId && <> · <Link href={`/reviews/${encodeURIComponent(e.reviewId)}`}>case</Link></>}
        </li>
      ))}
    </ol>
  );
}
