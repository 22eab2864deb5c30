import assert from 'node:assert/strict';
import { DEFAULT_STREAM_POLICY } from '../../../src/providers/llmProvider';
import { retryAfterMs, retryDelayMs } from '../../../src/providers/retryPolicy';

const withHeaders = (h: Record<string, string>) => ({ headers: new Headers(h) });

describe('providers/retryPolicy', () => {
  it('reads retry-after-ms, retry-after seconds and retry-after dates', () => {
    assert.equal(retryAfterMs(withHeaders({ 'retry-after-ms': '250' })), 250);
    assert.equal(retryAfterMs(withHeaders({ 'retry-after': '3' })), 3000);
    const now = Date.parse('2026-11-29T12:00:00Z');
    assert.equal(retryAfterMs(withHeaders({ 'retry-after': 'Sun, 29 Nov 2026 12:00:05 GMT' }), now), 5000);
    assert.equal(retryAfterMs(withHeaders({})), null);
    assert.equal(retryAfterMs(new Error('plain')), null);
  });

  it('reads the AWS SDK $response headers', () => {
    assert.equal(retryAfterMs({ $response: { headers: { 'Retry-After': '2' } } }), 2000);
  });

  it('backs off exponentially with bounded jitter, and refuses waits above the cap', () => {
    for (let retry = 0; retry < 3; retry++) {
      const wait = retryDelayMs(retry, null, DEFAULT_STREAM_POLICY)!;
      const base = 500 * 2 ** retry;
      assert.ok(wait >= base && wait <= base * 1.2, `retry ${retry}: ${wait}`);
    }
    assert.equal(retryDelayMs(0, 4000, DEFAULT_STREAM_POLICY), 4000);
    assert.equal(retryDelayMs(0, 60_000, DEFAULT_STREAM_POLICY), null);
  });
});
