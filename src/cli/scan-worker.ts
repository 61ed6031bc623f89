/**
 * A worker thread of `chaperone scan --workers N`: it holds the engine, the policy and the memories of
 * the conversations routed to it, and answers batches of parsed lines with their output lines, using
 * the same `answerRequest` as the in-process scan (so the output is the same byte for byte).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answerRequest, ConversationMemories, loadDecider } from './scan.js';
import type { ScanWorkerBatch, ScanWorkerData, ScanWorkerReply } from './scan-parallel.js';

const data = workerData as ScanWorkerData;
const port = parentPort;
if (!port) throw new Error('scan-worker.ts runs only as a worker thread');

const decide = await loadDecider(data.policy, data.usePolicy);
if (typeof decide === 'string') throw new Error(decide);
const memories = new ConversationMemories(data.maxConversations);

// Messages posted before this listener is attached wait in the port's queue.
port.on('message', (batch: ScanWorkerBatch) => {
  // Filled by push, not preallocated: a holey array goes through postMessage's slow path for sparse
  // arrays (measured about 9x the cost of a packed one for a batch of answers).
  const json: string[] = [];
  const failed: number[] = [];
  for (let i = 0; i < batch.requests.length; i++) {
    const answered = answerRequest(batch.requests[i]!, batch.lineNos[i]!, memories, decide);
    json.push(answered.json);
    if (answered.failed) failed.push(i);
  }
  const reply: ScanWorkerReply = { slots: batch.slots, json, failed };
  port.postMessage(reply);
});
