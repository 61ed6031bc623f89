/**
 * How the service scans a message in its conversation: behind one small interface, so the scan can
 * run in process (tests, custom policies) or on a pool of worker threads (scan-pool.ts), and so a
 * per-message time budget can be put around it (`withScanBudget`). Scanning itself is always the
 * engine's `scanInConversation`.
 */
import { scanInConversation, type ConversationMessage, type ConversationOptions, type ConversationState } from '../engine/conversation.js';
import type { ScanResult } from '../engine/scan.js';

/** One scan's outcome: the result for the message and the conversation's next memory. */
export interface ConversationScan {
  result: ScanResult;
  state: ConversationState;
}

/** Scans messages in their conversation. */
export interface ConversationScanner {
  scan(state: ConversationState | undefined, message: ConversationMessage, options: ConversationOptions): Promise<ConversationScan>;
  close(): Promise<void>;
}

/** The scan could not give an answer (over its time budget, or its worker died): the message must not be delivered unscanned. */
export class ScanUnavailableError extends Error {
  override readonly name = 'ScanUnavailableError';
  constructor(
    readonly code: 'scan-timeout' | 'scan-failed',
    message: string,
  ) {
    super(message);
  }
}

/** The engine on the calling thread (blocks the event loop for the scan's duration; no budget can interrupt it). */
export function inProcessScanner(): ConversationScanner {
  return {
    scan: async (state, message, options) => scanInConversation(state, message, options),
    close: async () => undefined,
  };
}

/**
 * Give up on a scan that has not answered within `budgetMs` with `ScanUnavailableError('scan-timeout')`
 * (the caller holds the message for review). `onTimeout` lets the scanner reclaim the work (a pool
 * stops the worker, since a runaway scan cannot be interrupted any other way).
 */
export function withScanBudget(scanner: ConversationScanner, budgetMs: number): ConversationScanner {
  return {
    scan(state, message, options) {
      return new Promise<ConversationScan>((resolve, reject) => {
        const timer = setTimeout(() => reject(new ScanUnavailableError('scan-timeout', `the scan did not finish within ${budgetMs} ms`)), budgetMs);
        scanner.scan(state, message, options).then(
          (v) => {
            clearTimeout(timer);
            resolve(v);
          },
          (err) => {
            clearTimeout(timer);
            reject(err);
          },
        );
      });
    },
    close: () => scanner.close(),
  };
}
