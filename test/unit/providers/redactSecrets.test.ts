import assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/providers/redactSecrets';

describe('providers/redactSecrets', () => {
  const key = 'sk-live-abcdef0123456789';

  it('removes the key, any 8-character piece of it, and masked echoes', () => {
    const out = redactSecrets(`bad key ${key}; tail 0123456789; masked ****6789; Bearer ${key}`, [key]);
    assert.equal(out.includes(key), false);
    assert.equal(out.includes('01234567'), false);
    assert.equal(out.includes('6789'), false);
  });

  it('leaves ordinary text alone', () => {
    assert.equal(redactSecrets('HTTP 503: Server overloaded', [key]), 'HTTP 503: Server overloaded');
  });
});
