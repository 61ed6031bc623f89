/**
 * The findings of one message as a table: number (matching the highlight), kind, confidence,
 * detector and the reasons (`why`) exactly as the engine gave them.
 */
import type { Finding } from '../api-types.ts';
import { percent } from '../format.ts';

/** Findings with their explanations. */
export function FindingsTable({ findings, caption }: { findings: readonly Finding[]; caption?: string }) {
  if (findings.length === 0) return <p className="muted">Nothing was caught.</p>;
  return (
    <table className="findings">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr><th scope="col">#</th><th scope="col">Kind</th><th scope="col">Score</th><th scope="col">Detector</th><th scope="col">Why</th></tr>
      </thead>
      <tbody>
        {findings.map((f, i) => (
          <tr key={`${f.kind}-${f.start}-${f.end}-${i}`}>
            <td>{i + 1}</td>
            <td><span className={`chip kind-${f.kind}`}>{f.kind}</span></td>
            <td>{percent(f.score)}</td>
            <td className="mono">{f.detector ?? '—'}</td>
            <td>
              {f.why.length ? <ul className="why">{f.why.map((w, j) => <li key={j}>{w}</li>)}</ul> : '—'}
              {f.messageIds && f.messageIds.length > 1 && (
                <p className="note-small">Assembled across {f.messageIds.length} messages; the highlight shows this message's part.</p>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
