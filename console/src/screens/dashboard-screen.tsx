/**
 * The dashboard: caught messages per day by kind and by action (stacked SVG bars), and how long
 * the queues have been waiting.
 */
import { useEffect, useState } from 'react';
import { api, errorText } from '../api.ts';
import { ACTIONS, KINDS, type DailyStats } from '../api-types.ts';
import { BarChart } from '../components/bar-chart.tsx';
import { Link } from '../components/link.tsx';
import { actionColour, kindColour } from '../colours.ts';
import { formatAge } from '../format.ts';

/** The dashboard screen. */
export function DashboardScreen() {
  const [days, setDays] = useState(30);
  const [stats, setStats] = useState<DailyStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.stats(days).then((s) => live && setStats(s), (e) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [days]);

  const kindBars = stats?.days.map((d) => ({ label: d.day, values: d.byKind })) ?? [];
  // "allow" rows are messages that were scanned but not caught; the chart is about caught ones.
  const actions = ACTIONS.filter((a) => a !== 'allow');
  const actionBars = stats?.days.map((d) => ({ label: d.day, values: d.byAction })) ?? [];
  const extraKinds = stats ? [...new Set(stats.days.flatMap((d) => Object.keys(d.byKind)))].filter((k) => !KINDS.includes(k as never)) : [];
  const caught = stats ? stats.days.reduce((n, d) => n + actions.reduce((m, a) => m + (d.byAction[a] ?? 0), 0), 0) : 0;
  const stopped = stats ? stats.days.reduce((n, d) => n + (d.byAction.hold ?? 0) + (d.byAction.block ?? 0), 0) : 0;
  const kindTotals = stats ? [...KINDS, ...extraKinds].map((k) => [k, stats.days.reduce((n, d) => n + (d.byKind[k] ?? 0), 0)] as const).sort((a, b) => b[1] - a[1]) : [];
  return (
    <div className="page dashboard">
      <div className="section-head">
        <h1>Dashboard</h1>
        <div>
          <label htmlFor="d-days">Period</label>{' '}
          <select id="d-days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            <option value={7}>last 7 days</option>
            <option value={30}>last 30 days</option>
            <option value={90}>last 90 days</option>
          </select>
        </div>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {!stats && !error && <p className="muted">Loading…</p>}
      {stats && (
        <>
          <section className="cards" aria-label="Queue ages">
            {stats.queueAges.map((q) => (
              <div className={`card queue-card queue-${q.queue}`} key={q.queue}>
                <h2><Link href={`/queues/${q.queue}`}>{q.queue}</Link></h2>
                <p className="big">{q.open.toLocaleString('en-GB')} <span className="unit">open</span></p>
                <p>oldest waiting <strong>{formatAge(q.oldestAgeSeconds)}</strong> · median <strong>{formatAge(q.medianAgeSeconds)}</strong></p>
              </div>
            ))}
          </section>
          <section className="cards" aria-label={`Totals for the last ${days} days`}>
            <div className="card"><h2>Caught, last {days} days</h2><p className="big">{caught.toLocaleString('en-GB')}</p><p className="muted">warned, redacted, held or blocked</p></div>
            <div className="card"><h2>Held or blocked</h2><p className="big">{stopped.toLocaleString('en-GB')}</p><p className="muted">{caught ? Math.round((100 * stopped) / caught) : 0}% of caught messages</p></div>
            <div className="card"><h2>Most common</h2><p className="big">{kindTotals[0]?.[1] ? kindTotals[0][0] : '—'}</p><p className="muted">{kindTotals.filter(([, v]) => v > 0).slice(1, 4).map(([k, v]) => `${k} ${v}`).join(' · ') || 'nothing else'}</p></div>
          </section>
          <div className="charts">
            <BarChart title="Caught messages per day, by kind" bars={kindBars} series={[...KINDS, ...extraKinds]} colour={kindColour} />
            <BarChart title="Caught messages per day, by action" bars={actionBars} series={actions} colour={actionColour} />
          </div>
        </>
      )}
    </div>
  );
}
