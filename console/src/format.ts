/**
 * Small display formatters shared by the screens (pure, locale en-GB, times in the viewer's zone).
 */

/** "3d 4h", "2h 05m", "4m", "just now": how long something has waited. */
export function formatAge(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return 'just now';
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h ${String(m % 60).padStart(2, '0')}m`;
  const d = Math.floor(h / 24);
  return `${d}d ${h % 24}h`;
}

/** Age of an ISO timestamp relative to `now` (ms), formatted with `formatAge`. */
export function ageOf(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '—' : formatAge((now - t) / 1000);
}

/** "3h 05m ago" or "just now". */
export function timeAgo(iso: string | null | undefined, now = Date.now()): string {
  const age = ageOf(iso, now);
  return age === '—' || age === 'just now' ? age : `${age} ago`;
}

/** "29 Nov 2026, 19:20". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Severity 0..100 in three bands, so colour is never the only signal (the number is shown too). */
export function severityBand(severity: number): 'high' | 'medium' | 'low' {
  if (severity >= 70) return 'high';
  if (severity >= 40) return 'medium';
  return 'low';
}

/** "0.97" → "97%". */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}
