import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LoginThrottle } from './login-throttle.js';

test('five wrong passwords within the window lock the email until the window ends', () => {
  let now = 1_000_000;
  const t = new LoginThrottle(() => now, 5, 60_000);
  for (let i = 0; i < 4; i++) t.failed('Mod@Example.org');
  assert.equal(t.retryAfterSeconds('mod@example.org'), 0, 'four failures: still allowed');
  t.failed('mod@example.org ');
  assert.equal(t.retryAfterSeconds('mod@example.org'), 60);
  assert.equal(t.retryAfterSeconds('other@example.org'), 0, 'other emails are not affected');
  now += 30_500;
  assert.equal(t.retryAfterSeconds('MOD@example.org'), 30);
  now += 30_000;
  assert.equal(t.retryAfterSeconds('mod@example.org'), 0, 'the window has ended');
});

test('failures spread over more than a window do not add up; a success resets', () => {
  let now = 0;
  const t = new LoginThrottle(() => now, 3, 1000);
  t.failed('a@b.c');
  t.failed('a@b.c');
  now += 1500;
  t.failed('a@b.c');
  assert.equal(t.retryAfterSeconds('a@b.c'), 0, 'a new window started');
  t.failed('a@b.c');
  t.succeeded('a@b.c');
  t.failed('a@b.c');
  assert.equal(t.retryAfterSeconds('a@b.c'), 0);
});

test('memory is bounded: the oldest tracked email is forgotten first', () => {
  let now = 0;
  const t = new LoginThrottle(() => now, 1, 60_000, 2);
  t.failed('first@x.y');
  now += 1;
  t.failed('second@x.y');
  now += 1;
  t.failed('third@x.y');
  assert.equal(t.retryAfterSeconds('first@x.y'), 0, 'forgotten');
  assert.ok(t.retryAfterSeconds('second@x.y') > 0);
  assert.ok(t.retryAfterSeconds('third@x.y') > 0);
});
