/**
 * Live queues (issue 19): one poller per queue, shared by every screen that shows it, asks the
 * service for the queue's live claims and what was decided since its last look
 * (`GET /v1/queues/:name/activity`). Polling, not a socket: it works through any proxy and across
 * several service instances, since the state is in the database.
 */
import { useEffect, useRef } from 'react';
import { api } from './api.ts';
import type { QueueActivity, QueueName } from './api-types.ts';

/** How often a queue is polled while a screen shows it. */
export const ACTIVITY_INTERVAL_MS = 2000;

type Listener = (a: QueueActivity) => void;
const pollers = new Map<QueueName, { listeners: Set<Listener>; timer: ReturnType<typeof setTimeout> | null; inFlight: boolean; since: string | null; last: QueueActivity | null }>();

function tick(queue: QueueName): void {
  const p = pollers.get(queue);
  if (!p || p.listeners.size === 0 || p.inFlight) return;
  p.inFlight = true;
  p.timer = null;
  api.activity(queue, p.since ?? undefined).then(
    (a) => {
      // The next look overlaps this one by a few seconds (clocks of several instances); listeners are idempotent.
      p.since = new Date(Date.parse(a.now) - 5000).toISOString();
      p.last = a;
      for (const l of p.listeners) l(a);
    },
    () => {},
  ).finally(() => {
    p.inFlight = false;
    if (p.listeners.size) p.timer = setTimeout(() => tick(queue), ACTIVITY_INTERVAL_MS);
    else p.timer = null;
  });
}

/** Ask for a fresh look now (after this screen changed something). */
export function pokeActivity(queue: QueueName): void {
  const p = pollers.get(queue);
  if (!p || !p.listeners.size || p.inFlight) return;
  if (p.timer) clearTimeout(p.timer);
  tick(queue);
}

/** Call `onActivity` with each look at `queue` while mounted (null: nothing to watch). */
export function useQueueActivity(queue: QueueName | null | undefined, onActivity: Listener): void {
  const ref = useRef(onActivity);
  ref.current = onActivity;
  useEffect(() => {
    if (!queue) return;
    let p = pollers.get(queue);
    if (!p) {
      p = { listeners: new Set(), timer: null, inFlight: false, since: new Date(Date.now() - 60_000).toISOString(), last: null };
      pollers.set(queue, p);
    }
    const l: Listener = (a) => ref.current(a);
    p.listeners.add(l);
    if (p.last) l(p.last);
    if (!p.timer && !p.inFlight) tick(queue);
    return () => {
      p!.listeners.delete(l);
    };
  }, [queue]);
}
