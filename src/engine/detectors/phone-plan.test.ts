import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { checkHomeNumber } from './phone-plan.js';

// The fast path must give libphonenumber-js's own answers wherever it answers "possible".
const ukNational = fc.tuple(fc.constantFrom('01', '02', '03', '07', '08', '09', '05', '04', '06'), fc.stringMatching(/^\d{7,10}$/)).map(([p, r]) => p + r);

test('home-region fast path agrees with libphonenumber-js on national numbers', () => {
  fc.assert(
    fc.property(ukNational, (digits) => {
      const fast = checkHomeNumber(digits, 'GB', false);
      const lib = parsePhoneNumberFromString(digits, 'GB');
      if (!fast?.possible) return; // not answered here: the detector asks the library
      assert.ok(lib?.isPossible(), `${digits}: fast says possible`);
      assert.equal(fast.valid, lib!.isValid(), `${digits}: validity`);
      assert.equal(fast.number, lib!.number, `${digits}: E.164`);
      assert.equal(fast.country, lib!.country ?? '', `${digits}: region among those sharing +44`);
    }),
    { numRuns: 5000 },
  );
});

test('home-region fast path agrees on international numbers with the home calling code', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[1-9]\d{8,9}$/), (rest) => {
      const fast = checkHomeNumber(`44${rest}`, 'GB', true);
      const lib = parsePhoneNumberFromString(`+44${rest}`);
      if (!fast?.possible) return;
      assert.ok(lib?.isPossible(), `+44${rest}: fast says possible`);
      assert.equal(fast.number, lib!.number);
    }),
    { numRuns: 2000 },
  );
});

test('the fast path declines what it does not model', () => {
  assert.equal(checkHomeNumber('12345678', 'GB', false), null, 'no national prefix');
  assert.equal(checkHomeNumber('33123456789', 'GB', true), null, 'another calling code');
  assert.equal(checkHomeNumber('07700900123', 'ZZ', false), null, 'unknown region');
});
