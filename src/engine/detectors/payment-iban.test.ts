/**
 * IBAN verification: the standard documentation examples pass, and any change of one character, a
 * wrong length or an unknown country fails.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { isValidIban } from './payment-iban.js';

const VALID = ['GB82WEST12345698765432', 'GB33BUKB20201555555555', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300'];

test('documentation IBANs are valid', () => {
  for (const iban of VALID) assert.equal(isValidIban(iban), true, iban);
});

test('one changed digit breaks the checksum', () => {
  for (const iban of VALID) {
    const i = iban.length - 2;
    const changed = iban.slice(0, i) + String((Number(iban[i]) + 1) % 10) + iban.slice(i + 1);
    assert.equal(isValidIban(changed), false, changed);
  }
});

test('wrong length, unknown country and junk are rejected', () => {
  assert.equal(isValidIban('GB82WEST1234569876543'), false);
  assert.equal(isValidIban('QQ82WEST12345698765432'), false);
  assert.equal(isValidIban(''), false);
  assert.equal(isValidIban('gb82west12345698765432'), false, 'expects capitals');
});
