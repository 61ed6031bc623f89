/**
 * `chaperone eval [--verbose] [--json FILE]`: precision and recall per kind on the shared
 * development set and real data, with misses and false positives listed.
 */
import { writeFileSync } from 'node:fs';
import { buildReport, type EvalReport } from '../eval/report.js';
import type { ConversationReport, GroupScore, MessageReport } from '../eval/evaluate.js';

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;

export function formatReport(r: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  const groups = (title: string, gs: GroupScore[], min: number): void => {
    const shown = gs.filter((g) => g.positives + g.negatives >= min);
    if (!shown.length) return;
    lines.push(`  ${title.padEnd(24)} ${'pos'.padStart(5)} ${'recall'.padStart(8)} ${'neg'.padStart(5)} ${'flagged'.padStart(8)}`);
    for (const g of shown) {
      const rec = g.positives ? pct(g.found / g.positives) : '-';
      const fl = g.negatives ? pct(g.flagged / g.negatives) : '-';
      lines.push(`  ${g.group.padEnd(24)} ${String(g.positives).padStart(5)} ${rec.padStart(8)} ${String(g.negatives).padStart(5)} ${fl.padStart(8)}`);
    }
  };
  const conversations = (title: string, c: ConversationReport | null, showText: boolean): void => {
    if (!c) return;
    lines.push(`${title}: ${c.positives} positive, ${c.negatives} negative`);
    lines.push(`  recall ${pct(c.recall)}   negatives flagged ${pct(c.negativesFlagged)}   evidence hit ${c.evidenceHit}/${c.positives - c.misses.length}`);
    if (verbose && showText) {
      for (const x of c.misses) lines.push(`  MISS ${x.id} [${x.kinds}]`);
      for (const x of c.falsePositives) lines.push(`  FP ${x.id} ${JSON.stringify(x.got)}`);
    }
  };
  const msg = (title: string, m: MessageReport | null, showText = true): void => {
    if (!m) {
      lines.push(`${title}: skipped (data not found; set CHAPERONE_SHARED or put shared/ beside the repo)`);
      return;
    }
    lines.push(`${title}: ${m.positives} positive, ${m.negatives} negative`);
    lines.push(`  recall (any finding) ${pct(m.recall)}   negatives flagged ${pct(m.negativesFlagged)} (${m.falsePositives.length})`);
    lines.push(`  ${'kind'.padEnd(9)} ${'support'.padStart(7)} ${'recall'.padStart(8)} ${'flagged'.padStart(8)} ${'precision'.padStart(9)}`);
    for (const k of m.kinds) {
      lines.push(`  ${k.kind.padEnd(9)} ${String(k.support).padStart(7)} ${pct(k.recall).padStart(8)} ${pct(k.support ? k.flagged / k.support : 1).padStart(8)} ${pct(k.precision).padStart(9)}`);
    }
    if (showText) groups('language', m.groups.lang, 1);
    else {
      // The validation set: figures per language and tag only, never its lines (read them and you
      // start writing rules from them).
      groups('language', m.groups.lang, 1);
      if (verbose) groups('tag', m.groups.tag, 5);
    }
    if (verbose && showText) {
      for (const k of m.kinds) for (const x of k.misses) lines.push(`  MISS ${k.kind} ${x.id} got=[${x.got}] ${JSON.stringify(x.text)}`);
      for (const x of m.falsePositives) lines.push(`  FP ${x.id} [${x.got}] ${JSON.stringify(x.spans)} ${JSON.stringify(x.text)}`);
    }
  };
  msg('Development messages (all kinds)', r.devMessages);
  msg('Development messages (phone/email/url/social only)', r.devContactKinds);
  conversations('Development conversations', r.devConversations, true);
  msg('Validation messages, corpus-v2 (never trained on)', r.valMessages, false);
  conversations('Validation conversations, corpus-v2', r.valConversations, false);
  if (r.tutoring) {
    lines.push(`Real tutoring chat (MathDial, Bridge, CIMA): ${r.tutoring.total} messages, flagged ${pct(r.tutoring.flagged.length / r.tutoring.total)} (${r.tutoring.flagged.length})`);
    if (verbose) for (const x of r.tutoring.flagged) lines.push(`  FLAG ${x.id} [${x.got}] ${JSON.stringify(x.spans)} ${JSON.stringify(x.text.slice(0, 300))}`);
  }
  if (r.cues) {
    const c = r.cues;
    lines.push(`Safeguarding cues on real tutoring chat: ${c.messagesWithCue} of ${c.messages} messages with a cue (${pct(c.messagesWithCue / c.messages)}); ${c.dialoguesRouted} of ${c.dialogues} dialogues reach risk ${c.threshold} (${pct(c.dialoguesRouted / c.dialogues)})`);
  }
  msg('Real SMS, hand-annotated (phone/email/url)', r.sms);
  return lines.join('\n');
}

export async function evalCommand(args: string[]): Promise<number> {
  const verbose = args.includes('--verbose') || args.includes('-v');
  const jsonAt = args.indexOf('--json');
  // Progress on standard error only when it is a terminal; the report on standard output is unchanged.
  const { progressBar } = await import('../util/progress.js');
  const bar = progressBar('chaperone eval', 8);
  const report = buildReport(undefined, (done) => bar.tick(done));
  bar.done();
  process.stdout.write(formatReport(report, verbose) + '\n');
  if (jsonAt >= 0 && args[jsonAt + 1]) writeFileSync(args[jsonAt + 1], JSON.stringify(report, null, 2));
  return 0;
}
