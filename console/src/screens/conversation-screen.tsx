/**
 * A whole conversation as moderators see it: every message redacted, with its decision and what was
 * caught. Originals stay sealed here; they open only from a review, where the access is audited.
 */
import { useEffect, useState } from 'react';
import { api, errorText } from '../api.ts';
import type { ConversationDetail } from '../api-types.ts';
import { ActionBadge, KindChips, StatusBadge } from '../components/badges.tsx';
import { FindingsTable } from '../components/findings-table.tsx';
import { HighlightedText } from '../components/highlighted-text.tsx';
import { Link } from '../components/link.tsx';
import { AGE_WORDS } from '../me.ts';
import { formatDateTime } from '../format.ts';

/** The conversation `conversationId`. */
export function ConversationScreen({ conversationId }: { conversationId: string }) {
  const [data, setData] = useState<ConversationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.conversation(conversationId).then(setData, (e) => setError(errorText(e)));
  }, [conversationId]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  return (
    <div className="page">
      <h1>Conversation <span className="mono">{data.conversation.id}</span></h1>
      {data.conversation.participants && data.conversation.participants.length > 0 && (
        <p className="meta participants">
          Between {data.conversation.participants.map((p, i) => (
            <span key={p.id}>{i > 0 ? ', ' : ''}<Link href={`/users/${encodeURIComponent(p.id)}`}>{p.name ? `${p.name} (${p.id})` : p.id}</Link> ({p.role})</span>
          ))}
          {' '}· <span className="age-band">student {data.conversation.studentAge ? AGE_WORDS[data.conversation.studentAge] ?? data.conversation.studentAge : 'age unknown'}</span>
        </p>
      )}
      <ol className="messages wide">
        {data.messages.map((m) => (
          <li key={m.id} id={`m-${m.id}`} data-message-id={m.id} className={`msg role-${m.senderRole} ${m.partOfDetail?.delivered ? 'part-of-detail' : ''}`}>
            <div className="msg-meta">
              <strong>{m.senderName ?? m.senderRole}</strong> <Link href={`/users/${encodeURIComponent(m.senderId)}`}>{m.senderId}</Link> ({m.senderRole}) ·{' '}
              <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time> · <StatusBadge status={m.status} />
              {m.decision && m.decision.action !== 'allow' && <> · <ActionBadge action={m.decision.action} /></>}
              {m.kinds && m.kinds.length > 0 && <> · <KindChips kinds={m.kinds} /></>}
              {m.partOfDetail?.delivered && <span className="badge fragment-tag">delivered — part of the detail</span>}
            </div>
            <HighlightedText text={m.redactedText} placeholders />
            {((m.findings?.length ?? 0) > 0 || (m.decision && m.decision.action !== 'allow')) && (
              <details>
                <summary>Why it was caught{m.findings?.length ? ` (${m.findings.length})` : ''}</summary>
                {m.findings && m.findings.length > 0 && <FindingsTable findings={m.findings} />}
                {m.decision?.reasons && m.decision.reasons.length > 0 && (
                  <ul className="reasons">{m.decision.reasons.map((r, i) => <li key={i}><span className="mono">{r.rule}</span>: {r.text}</li>)}</ul>
                )}
                {m.decision?.nudge && <p><strong>Sender was told:</strong> {m.decision.nudge.text}</p>}
              </details>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
