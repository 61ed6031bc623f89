/**
 * Conversation memory: what it remembers (bounded by count, age and bytes), that its state is plain
 * JSON, how it attributes a detail split across messages, that it does not re-report a detail held
 * wholly by earlier messages, and that bad input loses nothing. The labelled conversations in
 * ../shared/corpus are measured by `npm run eval`; here they only must not throw.
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import {
  DEFAULT_MAX_MESSAGES, emptyConversationState, scanInConversation, type ConversationMessage, type ConversationState,
} from '../src/engine/conversation.js';
import type { LabelledConversation } from '../src/eval/datasets.js';
import { sharedRowsOrSkip } from './helpers/shared-data.js';

const at = (minute: number): string => new Date(Date.UTC(2026, 0, 1, 10, minute)).toISOString();

/** Feed messages in order; returns every result and the final state. */
function run(messages: ConversationMessage[], options = {}): { results: ReturnType<typeof scanInConversation>['result'][]; state: ConversationState } {
  let state = emptyConversationState();
  const results = messages.map((m) => {
    const out = scanInConversation(state, m, options);
    state = out.state;
    return out.result;
  });
  return { results, state };
}

describe('conversation memory', () => {
  test('a number split over three messages is found on the last, attributed to all three', () => {
    const { results } = run([
      { id: 'a', text: '07700', sender: 'u', sentAt: at(0) },
      { id: 'b', text: '900', sender: 'u', sentAt: at(1) },
      { id: 'c', text: '321', sender: 'u', sentAt: at(2) },
    ]);
    assert.deepEqual(results[0].kinds, []);
    const phone = results[2].findings.find((f) => f.kind === 'phone');
    assert.ok(phone, JSON.stringify(results[2]));
    assert.deepEqual(phone.messageIds, ['a', 'b', 'c']);
    assert.equal(phone.text, '321'.slice(phone.start, phone.end), 'the span is in the current message');
    assert.equal(results[2].redacted.includes('321'), false, 'the current part is redacted');
  });

  test('a binary answer and the next answer are not joined into a number; a split mobile still is', () => {
    const binary = run([
      { id: 'q', text: 'Write 119 in binary.', sender: 't', sentAt: at(0) },
      { id: 'a', text: '01110111', sender: 's', sentAt: at(1) },
      { id: 'q2', text: 'Now in hex?', sender: 't', sentAt: at(2) },
      { id: 'b', text: '77', sender: 's', sentAt: at(3) },
    ]);
    assert.deepEqual(binary.results.map((r) => r.kinds), [[], [], [], []]);
    const split = run([
      { id: 'a', text: '07911', sender: 's', sentAt: at(1) },
      { id: 'b', text: '123456', sender: 's', sentAt: at(2) },
    ]);
    assert.deepEqual(split.results[1].kinds, ['phone']);
  });

  test('the state is plain JSON and survives a round trip', () => {
    const first = run([{ text: 'my number is', sender: 'u', sentAt: at(0) }, { text: '07700', sender: 'u', sentAt: at(1) }]);
    const revived = JSON.parse(JSON.stringify(first.state)) as ConversationState;
    assert.deepEqual(revived, first.state);
    const out = scanInConversation(revived, { text: '900 111', sender: 'u', sentAt: at(2) });
    assert.ok(out.result.kinds.includes('phone'));
  });

  test('a detail wholly in earlier messages is not reported again', () => {
    const { results } = run([
      { id: 'a', text: '07700', sender: 'u', sentAt: at(0) },
      { id: 'b', text: '900 123', sender: 'u', sentAt: at(1) },
      { id: 'c', text: 'thanks, see you Tuesday', sender: 'u', sentAt: at(2) },
    ]);
    assert.ok(results[1].kinds.includes('phone'));
    assert.deepEqual(results[2].kinds, []);
  });

  test('memory is bounded by count', () => {
    const messages: ConversationMessage[] = [];
    for (let i = 0; i < DEFAULT_MAX_MESSAGES * 2; i++) messages.push({ text: `message ${i}`, sender: 'u', sentAt: at(i) });
    const { state } = run(messages);
    assert.equal(state.recent.length, DEFAULT_MAX_MESSAGES);
    assert.equal(state.recent[state.recent.length - 1].text, `message ${DEFAULT_MAX_MESSAGES * 2 - 1}`);
  });

  test('memory is bounded by age: an old fragment does not join a new one', () => {
    const { results } = run(
      [
        { text: '07700', sender: 'u', sentAt: at(0) },
        { text: '900', sender: 'u', sentAt: at(120) },
        { text: '321', sender: 'u', sentAt: at(121) },
      ],
      { maxAgeMs: 10 * 60 * 1000 },
    );
    assert.deepEqual(results[2].kinds, []);
  });

  test('memory is bounded by bytes', () => {
    const big = 'x'.repeat(300);
    const { state } = run(
      [1, 2, 3, 4, 5].map((i) => ({ text: `${big}${i}`, sender: 'u', sentAt: at(i) })),
      { maxBytes: 1000 },
    );
    const bytes = state.recent.reduce((n, m) => n + m.text.length, 0);
    assert.ok(bytes <= 1000, `kept ${bytes} bytes`);
    assert.equal(state.recent[state.recent.length - 1].text, `${big}5`);
  });

  test("the other person's fragments are not glued into the sender's number", () => {
    const { results } = run([
      { text: '07700', sender: 'tutor', sentAt: at(0) },
      { text: '900 321', sender: 'student', sentAt: at(1) },
    ]);
    assert.equal(results[1].findings.some((f) => f.kind === 'phone' && (f.messageIds?.length ?? 0) > 1), false);
  });

  test('the given state is not modified', () => {
    const state = run([{ text: 'hello', sender: 'u', sentAt: at(0) }]).state;
    const copy = JSON.parse(JSON.stringify(state));
    scanInConversation(state, { text: 'again', sender: 'u', sentAt: at(1) });
    assert.deepEqual(state, copy);
  });

  test("the other participant's platform gives context, also from a state stored by an older version", () => {
    const earlier = run([
      { id: 'p1', text: 'Does she have Discord?', sender: 'parent', sentAt: at(0) },
      { id: 't1', text: 'not sure', sender: 'tutor', sentAt: at(1) },
      { id: 'p2', text: 'she uses it for her gaming', sender: 'parent', sentAt: at(2) },
    ]).state;
    const reply = { id: 't2', text: "great, I'll message her on there tonight", sender: 'tutor', sentAt: at(3) };
    const withCache = scanInConversation(earlier, reply).result;
    assert.ok(withCache.kinds.includes('platform') || withCache.kinds.includes('social'), JSON.stringify(withCache.kinds));
    // States saved before the per-message hint was cached carry no `hint`: they must read the same.
    const older = JSON.parse(JSON.stringify(earlier)) as ConversationState;
    for (const m of older.recent) delete m.hint;
    const frozen = JSON.stringify(older);
    assert.deepEqual(scanInConversation(older, reply).result, withCache);
    assert.equal(JSON.stringify(older), frozen, 'the older state is not modified');
    // And without any platform mentioned, "add me on there" alone is not a finding of either kind.
    const plain = run([{ text: 'did you finish question 3?', sender: 'parent', sentAt: at(0) }]).state;
    const alone = scanInConversation(plain, reply).result;
    assert.equal(alone.kinds.includes('platform') || alone.kinds.includes('social'), false, JSON.stringify(alone.kinds));
  });

  test('bad input loses nothing and never throws', () => {
    const junk = { version: 7, recent: 'nope' } as unknown as ConversationState;
    const out = scanInConversation(junk, { text: 'call me on 07700 900123', sentAt: 'not a date' });
    assert.ok(out.result.kinds.includes('phone'));
    assert.equal(out.state.recent.length, 1);
    const empty = scanInConversation(undefined, { text: '' });
    assert.deepEqual(empty.result.kinds, []);
  });

  test('messages without ids get generated ones', () => {
    const { results } = run([
      { text: 'jane.doe', sender: 'u', sentAt: at(0) },
      { text: '@gmail.com', sender: 'u', sentAt: at(1) },
    ]);
    const email = results[1].findings.find((f) => f.kind === 'email');
    assert.ok(email);
    assert.equal(email.messageIds?.length, 2);
    assert.ok(email.messageIds?.every((id) => typeof id === 'string' && id.length > 0));
  });
});

describe('conversation memory on the shared development conversations', () => {
  const rows = sharedRowsOrSkip<LabelledConversation>('corpus/conversations.jsonl');
  if (rows) {
    test('every conversation scans without throwing, spans inside each message', () => {
      for (const c of rows) {
        const { results } = run(c.messages.map((m, i) => ({ text: m.text, sender: m.sender_role, sentAt: at(i) })));
        results.forEach((r, i) => {
          for (const f of r.findings) assert.equal(f.text, c.messages[i].text.slice(f.start, f.end), `${c.id} message ${i}`);
        });
      }
    });
  }
});
