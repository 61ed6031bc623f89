/**
 * The playground: type or paste a message — or several, as a conversation with a role for each —
 * and see live what the engine catches and what the policy would do. It calls the same stateless
 * `POST /v1/scan` the platform uses (debounced; nothing is stored), so it never disagrees with
 * production.
 */
import { useEffect, useRef, useState } from 'react';
import { api, errorText } from '../api.ts';
import { SENDER_ROLES, type ScanResponse } from '../api-types.ts';
import { ActionBadge, KindChips, SeverityBadge } from '../components/badges.tsx';
import { FindingsTable } from '../components/findings-table.tsx';
import { HighlightedText } from '../components/highlighted-text.tsx';
import { percent } from '../format.ts';
import { parseConversation, type PlaygroundRole, type PlaygroundRow } from '../parse-conversation.ts';

type Role = PlaygroundRole;
type Row = PlaygroundRow;

const DEBOUNCE_MS = 300;

/** The playground screen. */
export function PlaygroundScreen() {
  const [rows, setRows] = useState<Row[]>([{ role: 'tutor', text: '' }]);
  const [recipientRole, setRecipientRole] = useState<string>('parent');
  const [studentAge, setStudentAge] = useState<string>('13-17');
  const [stage, setStage] = useState<string>('enquiry');
  const [result, setResult] = useState<ScanResponse | null>(null);
  const [scannedText, setScannedText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const last = rows[rows.length - 1];
  const requestKey = JSON.stringify({ rows, recipientRole, studentAge, stage });

  useEffect(() => {
    if (!last.text.trim()) {
      setResult(null);
      setError(null);
      setPending(false);
      return;
    }
    setPending(true);
    const timer = setTimeout(() => {
      abort.current?.abort();
      const ctl = new AbortController();
      abort.current = ctl;
      const body = {
        text: last.text,
        context: { senderRole: last.role, recipientRole, studentAge, stage },
        conversation: rows.slice(0, -1).filter((r) => r.text.trim()).map((r) => ({ text: r.text, senderRole: r.role })),
      };
      api.scan(body, ctl.signal).then(
        (r) => {
          setResult(r);
          setScannedText(body.text);
          setError(null);
          setPending(false);
        },
        (e) => {
          if (ctl.signal.aborted) return;
          setError(errorText(e));
          setPending(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // requestKey captures every input that changes the request.
  }, [requestKey]);

  function update(i: number, patch: Partial<Row>) {
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  }
  function split(i: number) {
    const parsed = parseConversation(rows[i].text, rows[i].role);
    if (parsed.length > 0) setRows((rs) => [...rs.slice(0, i), ...parsed, ...rs.slice(i + 1)]);
  }

  const decision = result?.decision;
  // Findings assembled from earlier messages may point outside this text; they are listed, not drawn.
  const inText = result ? result.findings.filter((f) => f.end <= scannedText.length) : [];
  return (
    <div className="page playground">
      <h1>Playground</h1>
      <p className="lead">Type or paste a message to see what Chaperone would catch and what the policy would do. Nothing is stored. Earlier messages give the conversation context (a number split over several messages is found too); the last message is the one tested.</p>
      <div className="pg-grid">
        <section aria-labelledby="pg-input-h">
          <h2 id="pg-input-h">Messages</h2>
          <ol className="pg-rows">
            {rows.map((r, i) => {
              const isLast = i === rows.length - 1;
              return (
                <li key={i} className={isLast ? 'pg-row tested' : 'pg-row'}>
                  <div className="pg-row-head">
                    <label htmlFor={`pg-role-${i}`}>Sender of message {i + 1}</label>
                    <select id={`pg-role-${i}`} value={r.role} onChange={(e) => update(i, { role: e.target.value as Role })}>
                      {SENDER_ROLES.map((x) => <option key={x} value={x}>{x}</option>)}
                    </select>
                    {isLast && <span className="badge">tested</span>}
                    {rows.length > 1 && (
                      <button type="button" className="link-button" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} aria-label={`Remove message ${i + 1}`}>Remove</button>
                    )}
                  </div>
                  <label htmlFor={`pg-text-${i}`} className="sr-only">Message {i + 1} text</label>
                  <textarea
                    id={`pg-text-${i}`}
                    rows={isLast ? 4 : 2}
                    value={r.text}
                    placeholder={isLast ? 'e.g. ring me on oh seven seven double oh nine hundred one two three' : ''}
                    onChange={(e) => update(i, { text: e.target.value })}
                  />
                  {r.text.includes('\n') && (
                    <button type="button" className="link-button" onClick={() => split(i)}>Split lines into messages (“tutor: …” sets the role)</button>
                  )}
                </li>
              );
            })}
          </ol>
          <button type="button" onClick={() => setRows((rs) => [...rs, { role: rs[rs.length - 1].role === 'tutor' ? 'parent' : 'tutor', text: '' }])}>
            Add a message
          </button>
          <fieldset className="pg-context">
            <legend>Context</legend>
            <div>
              <label htmlFor="pg-recipient">Recipient</label>
              <select id="pg-recipient" value={recipientRole} onChange={(e) => setRecipientRole(e.target.value)}>
                {SENDER_ROLES.map((x) => <option key={x} value={x}>{x}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="pg-age">Student age</label>
              <select id="pg-age" value={studentAge} onChange={(e) => setStudentAge(e.target.value)}>
                <option value="under13">under 13</option>
                <option value="13-17">13–17</option>
                <option value="adult">adult</option>
              </select>
            </div>
            <div>
              <label htmlFor="pg-stage">Stage</label>
              <select id="pg-stage" value={stage} onChange={(e) => setStage(e.target.value)}>
                <option value="enquiry">enquiry</option>
                <option value="booked">booked</option>
                <option value="ended">ended</option>
              </select>
            </div>
          </fieldset>
        </section>

        <section aria-labelledby="pg-result-h" className="pg-result" aria-busy={pending}>
          <h2 id="pg-result-h">What Chaperone would do</h2>
          {error && <p role="alert" className="error">{error}</p>}
          {!result && !error && <p className="muted">{pending ? 'Scanning…' : 'Start typing.'}</p>}
          {result && (
            <div aria-live="polite">
              <p className="verdict">
                <ActionBadge action={decision?.action ?? result.action} />{' '}
                {typeof decision?.severity === 'number' && <SeverityBadge severity={decision.severity} />}{' '}
                {decision?.concern && <span className={`queue-tag queue-${decision.concern}`}>{decision.concern}</span>}{' '}
                risk {percent(result.risk)} · <KindChips kinds={result.kinds} />
                {pending && <span className="muted"> · updating…</span>}
              </p>
              <h3>Caught</h3>
              <HighlightedText text={scannedText} findings={inText} className="pg-highlight" />
              <FindingsTable findings={result.findings} />
              {decision?.reasons && decision.reasons.length > 0 && (
                <>
                  <h3>Why this action</h3>
                  <ul className="reasons">{decision.reasons.map((r, i) => <li key={i}><span className="mono">{r.rule}</span>: {r.text}</li>)}</ul>
                </>
              )}
              <dl className="nudges">
                <dt>Recipient would see</dt>
                <dd>{result.redacted}</dd>
                <dt>Sender would be told</dt>
                <dd>{decision?.nudge ? decision.nudge.text : <span className="muted">nothing (delivered as is)</span>}</dd>
                {decision?.recipientSuggestion && (<><dt>Suggested reply for the recipient</dt><dd>{decision.recipientSuggestion.text}</dd></>)}
              </dl>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
