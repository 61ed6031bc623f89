/**
 * Reports (issue 19) for the safeguarding lead's board and for transparency:
 *
 * - `GET /v1/reports/statements`: a statement of reasons for each decision that restricted a
 *   message, in the EU DSA transparency database's fields (decision visibility, ground, facts,
 *   automated detection and decision, territorial scope, …), as JSON or CSV.
 * - `GET /v1/reports/weekly`: per week, volumes by kind and by action, time to decision (p50/p95)
 *   per queue, appeals decided and the share upheld, repeat offenders; JSON or CSV.
 * - `GET /v1/reports/sla`: each queue's target time to decision, open items and which are overdue.
 *
 * Targets: $CHAPERONE_SLA_HOURS ("safeguarding=4,leakage=24", the default). Territorial scope:
 * $CHAPERONE_TERRITORIAL_SCOPE (comma-separated country codes, default "GB").
 */
import type { FastifyInstance } from 'fastify';
import './context.js';
import { requireModerator } from './auth.js';
import { requirePermission } from './permissions.js';
import { problemSchema } from './schemas.js';
import { parseJson } from './views.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema };
const QUEUES = ['safeguarding', 'leakage'] as const;
const DAY = 86_400_000;

/** SLA targets in hours per queue from "queue=hours,…". */
export function slaTargets(spec = process.env.CHAPERONE_SLA_HOURS ?? 'safeguarding=4,leakage=24'): Record<string, number> {
  const out: Record<string, number> = { safeguarding: 4, leakage: 24 };
  for (const part of spec.split(',')) {
    const [q, h] = part.split('=').map((x) => x.trim());
    if (q && Number(h) > 0) out[q] = Number(h);
  }
  return out;
}

/** RFC 4180 CSV: every field quoted when it needs to be, CRLF line ends. */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Monday 00:00 UTC of the week of `iso`. */
function weekOf(iso: string): string {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - day * DAY).toISOString().slice(0, 10);
}

const STATEMENT_COLUMNS = [
  'uuid', 'decision_visibility', 'decision_ground', 'incompatible_content_ground', 'incompatible_content_explanation', 'content_type', 'category', 'decision_facts',
  'automated_detection', 'automated_decision', 'territorial_scope', 'content_date', 'application_date', 'source_type', 'platform_message_id', 'review_id', 'queue', 'outcome', 'rules',
];

/** Register the report routes. */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.chaperone;
  const { store } = ctx;
  const reader = async (req: Parameters<typeof ctx.auth.principal>[0]) => {
    const p = requireModerator(await ctx.auth.principal(req));
    requirePermission(p.role, 'stats.read', 'read reports');
    return p;
  };
  const scope = () => (process.env.CHAPERONE_TERRITORIAL_SCOPE ?? 'GB').split(',').map((s) => s.trim()).filter(Boolean);

  app.get<{ Querystring: { from?: string; to?: string; format?: 'json' | 'csv' } }>(
    '/v1/reports/statements',
    {
      schema: {
        tags: ['reports'],
        summary: 'A statement of reasons (EU DSA transparency database fields) for each decision that restricted a message, JSON or CSV (moderators, leads, admins)',
        querystring: { type: 'object', properties: { from: { type: 'string', format: 'date-time' }, to: { type: 'string', format: 'date-time' }, format: { type: 'string', enum: ['json', 'csv'] } } },
        response: { ...problems },
      },
    },
    async (req, reply) => {
      await reader(req);
      const from = req.query.from ? new Date(req.query.from).toISOString() : new Date(ctx.now().getTime() - 30 * DAY).toISOString();
      const to = req.query.to ? new Date(req.query.to).toISOString() : ctx.now().toISOString();
      const rows = await store.db
        .selectFrom('messages')
        .leftJoin('reviews', 'reviews.message_id', 'messages.id')
        .select(['messages.id', 'messages.action', 'messages.status', 'messages.concern', 'messages.decision', 'messages.kinds', 'messages.created_at', 'reviews.id as review_id', 'reviews.queue', 'reviews.status as review_status', 'reviews.outcome', 'reviews.decided_at', 'reviews.decision_reason', 'reviews.trigger'])
        .where('messages.action', 'in', ['redact', 'hold', 'block'])
        .where('messages.created_at', '>=', from)
        .where('messages.created_at', '<=', to)
        .orderBy('messages.created_at', 'asc')
        .orderBy('messages.id', 'asc')
        .execute();
      const statements = [];
      for (const r of rows) {
        // A hold is a decision once a moderator closed it; released in full, nothing was restricted.
        if (r.action === 'hold' && (r.review_status !== 'closed' || r.outcome === 'release')) continue;
        if (r.trigger === 'cues') continue;
        const decision = parseJson<{ reasons?: { rule: string; text?: string }[] }>(r.decision, {});
        const rules = (decision.reasons ?? []).map((x) => x.rule);
        const kinds = parseJson<string[]>(r.kinds, []);
        const byModerator = r.action === 'hold';
        const removed = r.action === 'block' || r.outcome === 'reject';
        const applied = byModerator ? (r.decided_at ?? r.created_at) : r.created_at;
        statements.push({
          uuid: r.review_id ?? r.id,
          decision_visibility: removed ? ['DECISION_VISIBILITY_CONTENT_REMOVED'] : ['DECISION_VISIBILITY_OTHER'],
          decision_visibility_other: removed ? null : 'Contact details or payment terms masked; the rest of the message delivered',
          decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
          incompatible_content_ground: 'Terms of service and Code of Conduct: contact details, other platforms and payments stay on the platform; safeguarding of children',
          incompatible_content_explanation: (decision.reasons ?? []).map((x) => x.text ?? x.rule).join(' '),
          content_type: ['CONTENT_TYPE_TEXT'],
          category: r.concern === 'safeguarding' ? 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS' : 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE',
          decision_facts: `A chat message contained ${kinds.length ? kinds.join(', ') : 'restricted content'}; ${byModerator ? `it was held and a moderator decided "${r.outcome}"${r.decision_reason ? ` (${r.decision_reason})` : ''}` : `the policy decided "${r.action}" automatically`}.`,
          automated_detection: 'Yes',
          automated_decision: byModerator ? 'AUTOMATED_DECISION_NOT_AUTOMATED' : 'AUTOMATED_DECISION_FULLY',
          territorial_scope: scope(),
          content_date: r.created_at.slice(0, 10),
          application_date: applied.slice(0, 10),
          source_type: 'SOURCE_VOLUNTARY',
          platform_message_id: r.id,
          review_id: r.review_id,
          queue: r.queue,
          outcome: byModerator ? r.outcome : r.action,
          rules,
        });
      }
      if (req.query.format === 'csv') {
        return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="statements-of-reasons.csv"').send(toCsv(STATEMENT_COLUMNS, statements));
      }
      return reply.send({ from, to, statements });
    },
  );

  app.get<{ Querystring: { weeks?: number; format?: 'json' | 'csv' } }>(
    '/v1/reports/weekly',
    {
      schema: {
        tags: ['reports'],
        summary: 'Weekly figures: volumes by kind and action, time to decision p50/p95 per queue, appeals upheld rate, repeat offenders; JSON or CSV (moderators, leads, admins)',
        querystring: { type: 'object', properties: { weeks: { type: 'integer', minimum: 1, maximum: 53 }, format: { type: 'string', enum: ['json', 'csv'] } } },
        response: { ...problems },
      },
    },
    async (req, reply) => {
      await reader(req);
      const weeks = req.query.weeks ?? 8;
      const first = new Date(Date.parse(weekOf(ctx.now().toISOString())) - (weeks - 1) * 7 * DAY).toISOString();
      const msgs = await store.db.selectFrom('messages').select(['action', 'kinds', 'created_at', 'sender_id']).where('created_at', '>=', first).execute();
      const decided = await store.db.selectFrom('reviews').select(['queue', 'created_at', 'decided_at']).where('status', '=', 'closed').where('decided_at', '>=', first).execute();
      const appeals = await store.db.selectFrom('appeals').select(['outcome', 'decided_at']).where('status', '!=', 'open').where('decided_at', '>=', first).execute();
      const out = new Map<string, { week: string; messages: number; byAction: Record<string, number>; byKind: Record<string, number>; timeToDecision: Record<string, { decided: number; p50Minutes: number | null; p95Minutes: number | null }>; appealsDecided: number; appealsUpheld: number; upheldRate: number | null; repeatOffenders: number }>();
      for (let i = 0; i < weeks; i++) {
        const week = new Date(Date.parse(first) + i * 7 * DAY).toISOString().slice(0, 10);
        out.set(week, { week, messages: 0, byAction: {}, byKind: {}, timeToDecision: {}, appealsDecided: 0, appealsUpheld: 0, upheldRate: null, repeatOffenders: 0 });
      }
      const offenders = new Map<string, Map<string, number>>();
      for (const m of msgs) {
        const w = out.get(weekOf(m.created_at));
        if (!w) continue;
        w.messages++;
        w.byAction[m.action] = (w.byAction[m.action] ?? 0) + 1;
        for (const k of parseJson<string[]>(m.kinds, [])) w.byKind[k] = (w.byKind[k] ?? 0) + 1;
        if (m.action !== 'allow') {
          const per = offenders.get(w.week) ?? new Map<string, number>();
          per.set(m.sender_id, (per.get(m.sender_id) ?? 0) + 1);
          offenders.set(w.week, per);
        }
      }
      for (const [week, per] of offenders) out.get(week)!.repeatOffenders = [...per.values()].filter((n) => n >= 2).length;
      for (const w of out.values()) {
        for (const q of QUEUES) {
          const mins = decided.filter((d) => d.queue === q && d.decided_at && weekOf(d.decided_at) === w.week).map((d) => (Date.parse(d.decided_at!) - Date.parse(d.created_at)) / 60_000).sort((a, b) => a - b);
          w.timeToDecision[q] = { decided: mins.length, p50Minutes: round(percentile(mins, 50)), p95Minutes: round(percentile(mins, 95)) };
        }
        const mine = appeals.filter((a) => a.decided_at && weekOf(a.decided_at) === w.week);
        w.appealsDecided = mine.length;
        w.appealsUpheld = mine.filter((a) => a.outcome === 'upheld').length;
        w.upheldRate = mine.length ? Math.round((w.appealsUpheld / mine.length) * 1000) / 1000 : null;
      }
      const rows = [...out.values()];
      if (req.query.format === 'csv') {
        const flat = rows.map((w) => ({
          week: w.week, messages: w.messages,
          ...Object.fromEntries(['allow', 'warn', 'redact', 'hold', 'block'].map((a) => [`action_${a}`, w.byAction[a] ?? 0])),
          ...Object.fromEntries(['phone', 'email', 'url', 'social', 'platform', 'payment', 'address', 'request'].map((k) => [`kind_${k}`, w.byKind[k] ?? 0])),
          ...Object.fromEntries(QUEUES.flatMap((q) => [[`${q}_decided`, w.timeToDecision[q].decided], [`${q}_p50_minutes`, w.timeToDecision[q].p50Minutes], [`${q}_p95_minutes`, w.timeToDecision[q].p95Minutes]])),
          appeals_decided: w.appealsDecided, appeals_upheld: w.appealsUpheld, upheld_rate: w.upheldRate, repeat_offenders: w.repeatOffenders,
        }));
        return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="weekly-figures.csv"').send(toCsv(Object.keys(flat[0]), flat));
      }
      return reply.send({ weeks: rows });
    },
  );

  app.get(
    '/v1/reports/sla',
    { schema: { tags: ['reports'], summary: "Each queue's target time to decision, open items and the overdue ones, oldest first (moderators, leads, admins)", response: { ...problems } } },
    async (req) => {
      await reader(req);
      const targets = slaTargets();
      const now = ctx.now().getTime();
      const queues = [];
      for (const q of QUEUES) {
        const open = await store.db.selectFrom('reviews').select(['id', 'created_at', 'sender_id', 'priority']).where('queue', '=', q).where('status', '=', 'open').orderBy('created_at', 'asc').execute();
        const limitMs = targets[q] * 3600_000;
        const overdue = open.filter((r) => now - Date.parse(r.created_at) > limitMs);
        queues.push({
          queue: q, targetHours: targets[q], open: open.length, overdue: overdue.length,
          overdueItems: overdue.slice(0, 50).map((r) => ({ reviewId: r.id, createdAt: r.created_at, dueAt: new Date(Date.parse(r.created_at) + limitMs).toISOString(), senderId: r.sender_id })),
        });
      }
      return { queues };
    },
  );
}

function round(n: number | null): number | null {
  return n === null ? null : Math.round(n * 10) / 10;
}
