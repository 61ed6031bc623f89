/**
 * One worker of the scan pool (scan-pool.ts): the engine, configured from the policy file as the
 * main thread's policy is, answering one scan at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanInConversation } from '../engine/conversation.js';
import { defaultPolicyPort } from './default-policy.js';
import type { ScanJob, ScanJobReply, ScanPoolWorkerData } from './scan-pool.js';

const data = workerData as ScanPoolWorkerData;
const port = parentPort;
if (!port) throw new Error('scan-pool-worker.ts runs only as a worker thread');

const scanOptions = defaultPolicyPort(data.policyFile ?? undefined).scanOptions ?? {};
// Warm the engine (lazy metadata, the model) before the first real message arrives.
scanInConversation(undefined, { text: 'warm up: 07700 900000, a.b@example.com, www.example.com' }, scanOptions);

port.on('message', (job: ScanJob) => {
  let reply: ScanJobReply;
  try {
    reply = { id: job.id, ok: true, scan: scanInConversation(job.state, job.message, { ...scanOptions, ...job.bounds }) };
  } catch (err) {
    // The error's name only: a message can quote the text being scanned.
    reply = { id: job.id, ok: false, error: err instanceof Error ? err.name : 'error' };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies ScanJobReply);
