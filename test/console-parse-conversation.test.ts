/**
 * The playground's "split lines into messages" (console/src/parse-conversation.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConversation } from '../console/src/parse-conversation.ts';

test('a role prefix sets the sender; lines without one keep the role they were typed under', () => {
  const rows = parseConversation('Parent: what is your number?\nsure, it is on my profile\n\nSTUDENT :  ok', 'tutor');
  assert.deepEqual(rows, [
    { role: 'parent', text: 'what is your number?' },
    { role: 'tutor', text: 'sure, it is on my profile' },
    { role: 'student', text: 'ok' },
  ]);
});

test('a colon that is not a known role is part of the text', () => {
  assert.deepEqual(parseConversation('insta: jane_tutor', 'tutor'), [{ role: 'tutor', text: 'insta: jane_tutor' }]);
});

test('blank input gives no messages', () => {
  assert.deepEqual(parseConversation(' \n\r\n ', 'parent'), []);
});
