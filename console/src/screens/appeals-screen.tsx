/**
 * Appeals (issue 19): the senders' appeals, oldest first, each beside the message and the original
 * decision; a moderator other than the original decider upholds or rejects it with a reply for the
 * sender, written or picked from a template with one key (1–9), its {variables} filled in. The reply
 * reaches the platform by webhook; an upheld appeal removes the strikes the message brought.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, errorText } from '../api.ts';
import type { Appeal, Template } from '../api-types.ts';
import { Link } from '../components/link.tsx';
import { formatDateTime } from '../format.ts';
import { personName } from '../me.ts';
import { useShortcuts } from '../shortcuts.ts';

/** Fill a template's {variables}; unknown ones stay as written (the service does the same). */
export function renderTemplate(body: string, vars: Record<string, string>): string {
  return body.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** The appeals screen. */
export function AppealsScreen({ announce }: { announce: (t: string) => void }) {
  const [appeals, setAppeals] = useState<Appeal[] | null>(null);
  const [decided, setDecided] = useState<Appeal[]>([]);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [current, setCurrent] = useState<string | null>(null);
  const [reply, setReply] = useState('');
  const [templateId, setTemplateId] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<'upheld' | 'rejected'>('rejected');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    api.appeals('open').then((r) => {
      setAppeals(r.appeals);
      setCurrent((c) => (c && r.appeals.some((a) => a.id === c) ? c : (r.appeals.find((a) => a.mayDecide) ?? r.appeals[0])?.id ?? null));
    }, (e) => setError(errorText(e)));
    api.appeals('decided').then((r) => setDecided(r.appeals), () => {});
  }, []);
  useEffect(() => {
    load();
    api.templates().then((r) => setTemplates(r.templates.filter((t) => t.purpose === 'reply')), () => {});
  }, [load]);
  useEffect(() => {
    setReply('');
    setTemplateId(undefined);
    setError(null);
  }, [current]);

  const appeal = appeals?.find((a) => a.id === current) ?? null;
  function pick(t: Template) {
    if (!appeal?.mayDecide) return;
    setReply(renderTemplate(t.body, appeal.vars));
    setTemplateId(t.id);
    announce(`Template “${t.name}” inserted.`);
  }
  // One key picks a template.
  useShortcuts(Object.fromEntries(templates.filter((t) => t.shortcut).map((t) => [t.shortcut!, () => pick(t)])));

  async function decide(e: FormEvent) {
    e.preventDefault();
    if (!appeal) return;
    if (!reply.trim()) return setError('Write a reply for the sender, or pick a template (keys 1–9).');
    try {
      const r = await api.decideAppeal(appeal.id, outcome, reply.trim(), templateId);
      announce(`Appeal ${outcome}${r.strikesRemoved ? `; ${r.strikesRemoved} strike${r.strikesRemoved === 1 ? '' : 's'} removed` : ''}. The reply goes to the platform.`);
      setCurrent(null);
      load();
    } catch (err) {
      setError(errorText(err));
    }
  }

  if (!appeals) return error ? <p role="alert" className="error">{error}</p> : <p className="muted">Loading…</p>;
  return (
    <div className="page appeals-page">
      <h1>Appeals <span className="count">{appeals.length}</span></h1>
      <div className="workbench">
        <section className="queue-list" aria-label="Open appeals">
          {appeals.length === 0 ? <p className="muted empty">No open appeals.</p> : (
            <ol className="items">
              {appeals.map((a) => (
                <li key={a.id} data-appeal-id={a.id}>
                  <button type="button" className="item" aria-current={a.id === current ? 'true' : undefined} onClick={() => setCurrent(a.id)}>
                    <span className="item-top"><span className={`queue-tag queue-${a.queue}`}>{a.queue}</span> <span className="mono">{a.senderId}</span> · {formatDateTime(a.createdAt)}</span>
                    <span className="preview">“{a.statement}”</span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section className="queue-detail" aria-label="Selected appeal">
          {appeal ? (
            <article className="panel appeal" data-appeal-id={appeal.id}>
              <h2>Appeal by <Link href={`/users/${encodeURIComponent(appeal.senderId)}`}>{appeal.vars.userName ?? appeal.senderId}</Link> ({appeal.senderRole})</h2>
              <blockquote className="statement">{appeal.statement}</blockquote>
              <p><strong>Message:</strong> {appeal.preview}</p>
              <p className="meta">Rules: <span className="mono">{appeal.rules.join(', ') || '—'}</span> · original decided by {appeal.originalDecider ? personName(appeal.originalDecider) : 'the policy'}
                {appeal.reviewId && <> · <Link href={`/reviews/${encodeURIComponent(appeal.reviewId)}`}>the case</Link></>}</p>
              {appeal.mayDecide ? (
                <form onSubmit={decide} aria-label="Decide the appeal">
                  <fieldset className="outcome">
                    <legend>Outcome</legend>
                    <label className="check"><input type="radio" name="outcome" checked={outcome === 'upheld'} onChange={() => setOutcome('upheld')} /> Uphold (the sender was right; their strikes for it are removed)</label>
                    <label className="check"><input type="radio" name="outcome" checked={outcome === 'rejected'} onChange={() => setOutcome('rejected')} /> Reject (the decision stands)</label>
                  </fieldset>
                  <p className="templates" aria-label="Templates">
                    Templates:{' '}
                    {templates.map((t) => (
                      <button key={t.id} type="button" onClick={() => pick(t)} aria-keyshortcuts={t.shortcut ?? undefined}>{t.shortcut && <kbd aria-hidden="true">{t.shortcut}</kbd>} {t.name}</button>
                    ))}
                  </p>
                  <label htmlFor="appeal-reply">Reply to the sender (the platform shows it to them)</label>
                  <textarea id="appeal-reply" rows={8} value={reply} onChange={(e) => { setReply(e.target.value); }} />
                  {error && <p role="alert" className="error">{error}</p>}
                  <div className="form-actions"><button type="submit" className="primary">Decide appeal</button></div>
                </form>
              ) : <p className="role-hint muted" data-testid="appeal-why-not">You cannot decide this appeal: {appeal.whyNot}.</p>}
            </article>
          ) : <div className="panel"><p className="muted">Select an appeal.</p></div>}
        </section>
      </div>
      <section aria-labelledby="decided-h">
        <h2 id="decided-h">Decided</h2>
        {decided.length === 0 ? <p className="muted">None yet.</p> : (
          <ul className="decided-appeals">
            {decided.map((a) => <li key={a.id} data-appeal-id={a.id}><strong>{a.outcome}</strong> by {personName(a.decidedBy)} — {a.senderId}: “{a.reply}”</li>)}
          </ul>
        )}
      </section>
    </div>
  );
}
