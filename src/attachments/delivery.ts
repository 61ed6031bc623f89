/**
 * Which attachments reach the recipient once the policy has decided: all of them when the message is
 * allowed or warned about, none when it is held or blocked, and when it is redacted only those in
 * which nothing reportable was found (an image or a PDF cannot be redacted in part, so one with a
 * finding is withheld whole; the recipient is told an attachment was removed).
 * @example deliveredAttachments('redact', findings, 2, 0.5) // [1] when attachment 0 had a finding
 */
import type { Finding } from '../engine/types.js';

export function deliveredAttachments(action: string, findings: readonly Finding[], count: number, reportThreshold: number): number[] {
  if (action === 'hold' || action === 'block') return [];
  const all = Array.from({ length: count }, (_, i) => i);
  if (action !== 'redact') return all;
  const withFindings = new Set(findings.filter((f) => f.attachment !== undefined && f.score >= reportThreshold).map((f) => f.attachment!));
  return all.filter((i) => !withFindings.has(i));
}
