/**
 * Small labelled badges. Colour is never the only signal: every badge carries its word or number.
 */
import type { Action, Kind } from '../api-types.ts';
import { severityBand } from '../format.ts';

/** The policy action, e.g. "hold". */
export function ActionBadge({ action }: { action: Action | string }) {
  return <span className={`badge action-${action}`} data-action={action}>{action}</span>;
}

/** Severity 0..100 with its band. */
export function SeverityBadge({ severity }: { severity: number }) {
  const band = severityBand(severity);
  return (
    <span className={`badge sev-${band}`} title={`Severity ${severity} of 100 (${band})`}>
      <span className="sr-only">Severity </span>{severity}
    </span>
  );
}

/** The kinds caught in a message, as chips. */
export function KindChips({ kinds }: { kinds: readonly (Kind | string)[] | undefined }) {
  if (!kinds || kinds.length === 0) return <span className="muted">nothing caught</span>;
  return (
    <span className="chips">
      {kinds.map((k) => <span key={k} className={`chip kind-${k}`}>{k}</span>)}
    </span>
  );
}

/** Delivery status of a message (held, delivered…). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status}`}>{status.replace('_', ' ')}</span>;
}
