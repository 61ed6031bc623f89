/**
 * `chaperone eval [--verbose] [--json FILE]`: precision and recall per kind on the shared
 * development set and real data, with misses and false positives listed.
 */
import { writeFileSync } from 'node:fs';
import { buildReport, type EvalReport } from '../eval/report.js';
import type { MessageReport } from '../eval/evaluate.js';

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;

export function formatReport(r: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  const msg = (title: string, m: MessageReport | null): void => {
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
    if (verbose) {
      for (const k of m.kinds) for (const x of k.misses) lines.push(`  MISS ${k.kind} ${x.id} got=[${x.got}] ${JSON.stringify(x.text)}`);
      for (const x of m.falsePositives) lines.push(`  FP ${x.id} [${x.got}] ${JSON.stringify(x.spans)} ${JSON.stringify(x.text)}`);
    }
  };
  msg('Development messages (all kinds)', r.devMessages);
  msg('Development messages (phone/email/url/social only)', r.devContactKinds);
  if (r.devConversations) {
    const c = r.devConversations;
    lines.push(`Development conversations: ${c.positives} positive, ${c.negatives} negative`);
    lines.push(`  recall ${pct(c.recall)}   negatives flagged ${pct(c.negativesFlagged)}   evidence hit ${c.evidenceHit}/${c.positives - c.misses.length}`);
    if (verbose) {
      for (const x of c.misses) lines.push(`  MISS ${x.id} [${x.kinds}]`);
      for (const x of c.falsePositives) lines.push(`  FP ${x.id} ${JSON.stringify(x.got)}`);
    }
  }
  if (r.tutoring) {
    lines.push(`Real tutoring chat (MathDial, Bridge, CIMA): ${r.tutoring.total} messages, flagged ${pct(r.tutoring.flagged.length / r.tutoring.total)} (${r.tutoring.flagged.length})`);
    if (verbose) for (const x of r.tutoring.flagged) lines.push(`  FLAG ${x.id} [${x.got}] ${JSON.stringify(x.spans)} ${JSON.stringify(x.text.slice(0, 300))}`);
  }
  msg('Real SMS, hand-annotated (phone/email/url)', r.sms);
  return lines.join('\n');
}

export async function evalCommand(args: string[]): Promise<number> {
  const verbose = args.includes('--verbose') || args.includes('-v');
  const jsonAt = args.indexOf('--json');
  const report = buildReport();
  process.stdout.write(formatReport(report, verbose) + '\n');
  if (jsonAt >= 0 && args[jsonAt + 1]) writeFileSync(args[jsonAt + 1], JSON.stringify(report, null, 2));
  return 0;
}
