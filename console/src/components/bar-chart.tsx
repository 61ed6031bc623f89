/**
 * A hand-rolled stacked bar chart in SVG (no chart library, nothing fetched): one bar per day,
 * one colour per series, a legend with words, and the numbers as a table for screen readers.
 */

/** One bar: a label (the day) and a value per series. */
export interface Bar {
  label: string;
  values: Partial<Record<string, number>>;
}

/** Stacked bars for `series` over `bars`. */
export function BarChart({ title, bars, series, colour }: {
  title: string;
  bars: readonly Bar[];
  series: readonly string[];
  colour: (s: string) => string;
}) {
  const width = 560;
  const height = 200;
  const pad = { left: 36, right: 8, top: 8, bottom: 28 };
  const totals = bars.map((b) => series.reduce((n, s) => n + (b.values[s] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const slot = innerW / Math.max(1, bars.length);
  const barW = Math.max(2, slot * 0.7);
  const y = (v: number) => pad.top + innerH - (v / top) * innerH;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  const labelEvery = Math.ceil(bars.length / 8);
  const used = series.filter((s) => bars.some((b) => (b.values[s] ?? 0) > 0));
  const total = totals.reduce((a, b) => a + b, 0);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: ${total} in ${bars.length} days`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} className="grid" />
            <text x={pad.left - 4} y={y(t) + 4} textAnchor="end" className="tick">{t}</text>
          </g>
        ))}
        {bars.map((b, i) => {
          let acc = 0;
          const x = pad.left + i * slot + (slot - barW) / 2;
          return (
            <g key={b.label}>
              <title>{`${b.label}: ${series.filter((s) => b.values[s]).map((s) => `${s} ${b.values[s]}`).join(', ') || 'none'}`}</title>
              {series.map((s) => {
                const v = b.values[s] ?? 0;
                if (!v) return null;
                const y0 = y(acc);
                acc += v;
                return <rect key={s} x={x} width={barW} y={y(acc)} height={Math.max(0, y0 - y(acc))} fill={colour(s)} />;
              })}
              {i % labelEvery === 0 && (
                <text x={x + barW / 2} y={height - 10} textAnchor="middle" className="tick">{b.label.slice(5)}</text>
              )}
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {(used.length ? used : series).map((s) => (
          <li key={s}><span className="swatch" style={{ background: colour(s) }} aria-hidden="true" />{s}</li>
        ))}
      </ul>
      <details className="chart-data">
        <summary>Show the numbers</summary>
        <table>
          <thead><tr><th scope="col">Day</th>{series.map((s) => <th scope="col" key={s}>{s}</th>)}<th scope="col">Total</th></tr></thead>
          <tbody>
            {bars.map((b, i) => (
              <tr key={b.label}><th scope="row">{b.label}</th>{series.map((s) => <td key={s}>{b.values[s] ?? 0}</td>)}<td>{totals[i]}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** A round grid step giving about four lines. */
function niceStep(max: number): number {
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  for (const m of [1, 2, 5, 10]) if (raw <= m * mag) return Math.max(1, m * mag);
  return 10 * mag;
}
