import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, sign, signatureHeaders, verifySignature } from './signature';

const AT = 1_764_757_200;

describe('a delivery signature', () => {
  it('is the Standard Webhooks HMAC-SHA256 over id, timestamp and body, keyed with the secret’s bytes', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"test": 2432232314}';
    const expected = createHmac('sha256', Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64'))
      .update(`msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.${body}`)
      .digest('base64');
    expect(sign(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1_614_265_330, body)).toBe(`v1,${expected}`);
    // The specification's own example.
    expect(expected).toBe('g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verifies with the secret it was made with, and not with another, other bytes or another time', () => {
    const secret = newWebhookSecret();
    const headers = signatureHeaders([secret], 'evt-1', AT, '{"a":1}');
    expect(verifySignature(secret, headers, '{"a":1}', AT + 10)).toBe(true);
    expect(verifySignature(newWebhookSecret(), headers, '{"a":1}', AT)).toBe(false);
    expect(verifySignature(secret, headers, '{"a":2}', AT)).toBe(false);
    expect(verifySignature(secret, { ...headers, 'webhook-id': 'evt-2' }, '{"a":1}', AT)).toBe(false);
    expect(verifySignature(secret, headers, '{"a":1}', AT + 301)).toBe(false);
  });

  it('carries one signature per secret during a rotation, each verifying on its own', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const headers = signatureHeaders([current, previous], 'evt-1', AT, 'body');
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(verifySignature(current, headers, 'body', AT)).toBe(true);
    expect(verifySignature(previous, headers, 'body', AT)).toBe(true);
  });
});
