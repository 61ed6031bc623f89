/**
 * Reports (issue 19) for the safeguarding lead's board: weekly figures (volumes by kind and by
 * action as charts, time to decision per queue, appeals upheld, repeat offenders), SLA per queue
 * with the overdue items, and the exports: weekly CSV, statements of reasons (DSA) as JSON and CSV.
 */
import { useEffect, useState } from 'react';
import { api, errorText } from '../api.ts';
import { ACTIONS, KINDS, type SlaReport, type WeeklyReport } from '../api-types.ts';
import { BarChart } from '../components/bar-chart.tsx';
import { Link } from '../components/link.tsx';
import { actionColour, kindColour } from '../colours.ts';
import { formatDateTime } from '../format.ts';

const mins = (m: number | null) => (m === null ? '—' : m < 90 ? `${m} min` : `${(m / 60).toFixed(1)} h`);

/** The reports screen. */
export function ReportsScreen() {
  const [weekly, setWeekly] = useState<WeeklyReport | null>(null);
  const [sla, setSla] = useState<SlaReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.weekly(8).then(setWeekly, (e) => setError(errorText(e)));
    api.sla().then(setSla, () => {});
  }, []);
  if (!weekly) return error ? <p role="alert" className="error">{error}</p> : <p className="muted">Loading…</p>;
  const bars = (key: 'byKind' | 'byAction') => weekly.weeks.map((w) => ({ label: w.week.slice(5), values: w[key] }));
  return (
    <div className="page reports-page">
      <h1>Reports</h1>
      <p className="exports">
        Export: <a href="/v1/reports/weekly?weeks=8&format=csv" download>weekly figures (CSV)</a> ·{' '}
        <a href="/v1/reports/statements?format=csv" download data-testid="statements-csv">statements of reasons (CSV)</a> ·{' '}
        <a href="/v1/reports/statements?format=json" download>statements of reasons (JSON)</a>
      </p>
      {sla && (
        <section aria-labelledby="sla-h">
          <h2 id="sla-h">Time to decision targets</h2>
          <div className="cards">
            {sla.queues.map((q) => (
              <div key={q.queue} className={`card ${q.overdue ? 'overdue' : ''}`} data-queue={q.queue}>
                <h3>{q.queue}</h3>
                <p className="big">{q.overdue} <span className="muted">overdue</span></p>
                <p className="muted">of {q.open} open · target {q.targetHours} h</p>
                {q.overdueItems.slice(0, 5).map((i) => <p key={i.reviewId} className="note-small"><Link href={`/queues/${q.queue}/${encodeURIComponent(i.reviewId)}`}>{i.senderId}</Link>, due {formatDateTime(i.dueAt)}</p>)}
              </div>
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="weekly-h">
        <h2 id="weekly-h">Weekly figures</h2>
        <div className="charts">
          <BarChart title="Messages per week, by kind" bars={bars('byKind')} series={KINDS} colour={kindColour} />
          <BarChart title="Messages per week, by action" bars={bars('byAction')} series={ACTIONS} colour={actionColour} />
        </div>
        <div className="table-scroll">
          <table data-testid="weekly-table">
            <thead><tr><th scope="col">Week of</th><th scope="col">Messages</th><th scope="col">Held</th><th scope="col">Safeguarding p50 / p95</th><th scope="col">Leakage p50 / p95</th><th scope="col">Appeals (upheld)</th><th scope="col">Repeat offenders</th></tr></thead>
            <tbody>
              {weekly.weeks.map((w) => (
                <tr key={w.week}>
                  <td data-label="Week of">{w.week}</td>
                  <td data-label="Messages">{w.messages}</td>
                  <td data-label="Held">{w.byAction.hold ?? 0}</td>
                  <td data-label="Safeguarding">{mins(w.timeToDecision.safeguarding?.p50Minutes ?? null)} / {mins(w.timeToDecision.safeguarding?.p95Minutes ?? null)}</td>
                  <td data-label="Leakage">{mins(w.timeToDecision.leakage?.p50Minutes ?? null)} / {mins(w.timeToDecision.leakage?.p95Minutes ?? null)}</td>
                  <td data-label="Appeals">{w.appealsDecided} ({w.upheldRate === null ? '—' : `${Math.round(w.upheldRate * 100)}% upheld`})</td>
                  <td data-label="Repeat offenders">{w.repeatOffenders}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
