/**
 * Accuracy measurement shared by `chaperone eval` and `npm run bench`: any scanner that maps a text to
 * the kinds it found (Chaperone, or a baseline) is measured the same way on the same data.
 */
import type { LabelledConversation, LabelledMessage } from './datasets.js';

/** A scanner under test: text → findings (kind and original span). */
export type KindScanner = (text: string) => { kind: string; start: number; end: number }[];

/** A conversation scanner under test: messages → for each message, the kinds attributed to it. */
export type ConversationScanner = (messages: { sender_role: string; text: string }[]) => { kinds: string[] }[];

export interface KindScore {
  kind: string;
  /** Positives labelled with this kind. */
  support: number;
  /** Of those, how many had a finding of this kind. */
  found: number;
  /** Of those, how many were flagged at all (any kind). */
  flagged: number;
  /** Messages given this kind that were not labelled with it (negatives and other positives). */
  extra: number;
  recall: number;
  /** found / (found + extra) */
  precision: number;
  misses: { id: string; text: string; got: string[] }[];
}

export interface MessageReport {
  positives: number;
  negatives: number;
  /** Positives with at least one finding. */
  recall: number;
  /** Share of negatives with at least one finding. */
  negativesFlagged: number;
  kinds: KindScore[];
  misses: { id: string; text: string; kinds: string[] }[];
  falsePositives: { id: string; text: string; got: string[]; spans: string[] }[];
  /** Recall and negatives flagged per group (language, tag), when the rows carry them. */
  groups: { lang: GroupScore[]; tag: GroupScore[] };
}

/** Aggregate figures for one group of rows (a language, a tag). */
export interface GroupScore {
  group: string;
  positives: number;
  found: number;
  negatives: number;
  flagged: number;
}

function addToGroup(map: Map<string, GroupScore>, group: string, positive: boolean, hit: boolean): void {
  let g = map.get(group);
  if (!g) map.set(group, (g = { group, positives: 0, found: 0, negatives: 0, flagged: 0 }));
  if (positive) {
    g.positives++;
    if (hit) g.found++;
  } else {
    g.negatives++;
    if (hit) g.flagged++;
  }
}

const sortedGroups = (m: Map<string, GroupScore>): GroupScore[] =>
  [...m.values()].sort((a, b) => b.positives + b.negatives - (a.positives + a.negatives) || a.group.localeCompare(b.group));

/** Score a labelled message set. `restrictKinds`, when given, counts only those kinds. */
export function evaluateMessages(rows: LabelledMessage[], scanner: KindScanner, restrictKinds?: string[]): MessageReport {
  const useKind = (k: string): boolean => !restrictKinds || restrictKinds.includes(k);
  const byKind = new Map<string, KindScore>();
  const kindScore = (k: string): KindScore => {
    let s = byKind.get(k);
    if (!s) byKind.set(k, (s = { kind: k, support: 0, found: 0, flagged: 0, extra: 0, recall: 0, precision: 0, misses: [] }));
    return s;
  };
  let positives = 0;
  let negatives = 0;
  let tp = 0;
  let fp = 0;
  const misses: MessageReport['misses'] = [];
  const falsePositives: MessageReport['falsePositives'] = [];
  const byLang = new Map<string, GroupScore>();
  const byTag = new Map<string, GroupScore>();
  for (const row of rows) {
    if (row.label === 'unknown') continue;
    const findings = scanner(row.text).filter((f) => useKind(f.kind));
    const got = [...new Set(findings.map((f) => f.kind))];
    const labelled = row.kinds.filter(useKind);
    const positive = row.label === 'positive' && (restrictKinds ? labelled.length > 0 : true);
    if (row.label === 'positive' && !positive) continue; // positive only for kinds outside the restriction
    if (positive) {
      positives++;
      if (got.length) tp++;
      else misses.push({ id: row.id, text: row.text, kinds: labelled });
      for (const k of labelled) {
        const s = kindScore(k);
        s.support++;
        if (got.includes(k)) s.found++;
        else s.misses.push({ id: row.id, text: row.text, got });
        if (got.length) s.flagged++;
      }
    } else {
      negatives++;
      if (got.length) {
        fp++;
        falsePositives.push({ id: row.id, text: row.text, got, spans: findings.map((f) => row.text.slice(f.start, f.end)) });
      }
    }
    for (const k of got) if (!labelled.includes(k)) kindScore(k).extra++;
    if (row.lang) addToGroup(byLang, row.lang, positive, got.length > 0);
    for (const t of row.tags ?? []) addToGroup(byTag, t, positive, got.length > 0);
  }
  for (const s of byKind.values()) {
    s.recall = s.support ? s.found / s.support : 1;
    s.precision = s.found + s.extra ? s.found / (s.found + s.extra) : 1;
  }
  const kinds = [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  return {
    positives,
    negatives,
    recall: positives ? tp / positives : 1,
    negativesFlagged: negatives ? fp / negatives : 0,
    kinds,
    misses,
    falsePositives,
    groups: { lang: sortedGroups(byLang), tag: sortedGroups(byTag) },
  };
}

export interface ConversationReport {
  positives: number;
  negatives: number;
  recall: number;
  negativesFlagged: number;
  /** Of the caught positives, how many had a finding on at least one evidence message. */
  evidenceHit: number;
  misses: { id: string; kinds: string[] }[];
  falsePositives: { id: string; got: string[][] }[];
}

/** Score labelled conversations: a conversation is flagged when any of its messages gets a finding. */
export function evaluateConversations(rows: LabelledConversation[], scanner: ConversationScanner): ConversationReport {
  let positives = 0;
  let negatives = 0;
  let tp = 0;
  let fp = 0;
  let evidenceHit = 0;
  const misses: ConversationReport['misses'] = [];
  const falsePositives: ConversationReport['falsePositives'] = [];
  for (const row of rows) {
    const result = scanner(row.messages);
    const flagged = result.some((r) => r.kinds.length > 0);
    if (row.label === 'positive') {
      positives++;
      if (flagged) {
        tp++;
        if (row.evidence.some((i) => (result[i]?.kinds.length ?? 0) > 0)) evidenceHit++;
      } else misses.push({ id: row.id, kinds: row.kinds });
    } else {
      negatives++;
      if (flagged) {
        fp++;
        falsePositives.push({ id: row.id, got: result.map((r) => r.kinds) });
      }
    }
  }
  return { positives, negatives, recall: positives ? tp / positives : 1, negativesFlagged: negatives ? fp / negatives : 0, evidenceHit, misses, falsePositives };
}

/** Share of rows with at least one finding (for sets that are all negative). */
export function flaggedShare(texts: { id: string; text: string }[], scanner: KindScanner): { total: number; flagged: { id: string; text: string; got: string[]; spans: string[] }[] } {
  const flagged: { id: string; text: string; got: string[]; spans: string[] }[] = [];
  for (const row of texts) {
    const findings = scanner(row.text);
    if (findings.length) flagged.push({ id: row.id, text: row.text, got: [...new Set(findings.map((f) => f.kind))], spans: findings.map((f) => row.text.slice(f.start, f.end)) });
  }
  return { total: texts.length, flagged };
}
