/**
 * Holds grouped by sender: the queue arrives ordered by priority; a sender's holds are pulled up
 * behind their most urgent one, so five holds from one tutor to three children read as one case,
 * not five unrelated rows. Groups keep the order of their first (most urgent) item; within a group
 * the service's order stands.
 *
 * @example groupBySender([{senderId:'a'}, {senderId:'b'}, {senderId:'a'}]) // a, a, b
 */
export function groupBySender<T extends { senderId: string }>(items: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const g = groups.get(it.senderId);
    if (g) g.push(it);
    else groups.set(it.senderId, [it]);
  }
  return [...groups.values()].flat();
}
