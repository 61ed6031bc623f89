import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupBySender } from '../console/src/group-by-sender.ts';

test('holds are grouped by sender behind their most urgent one; groups keep the priority order', () => {
  const rows = [
    { id: 1, senderId: 'tutor-a' },
    { id: 2, senderId: 'parent-b' },
    { id: 3, senderId: 'tutor-a' },
    { id: 4, senderId: 'tutor-c' },
    { id: 5, senderId: 'parent-b' },
    { id: 6, senderId: 'tutor-a' },
  ];
  assert.deepEqual(groupBySender(rows).map((r) => r.id), [1, 3, 6, 2, 5, 4]);
  assert.deepEqual(groupBySender([]), []);
});
