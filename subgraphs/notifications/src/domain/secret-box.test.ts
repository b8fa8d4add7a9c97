import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from './secret-box';

const KEY = 'k'.repeat(40);

describe('a sealed webhook secret', () => {
  it('opens to the secret with the key it was sealed with', () => {
    const sealed = sealSecret('whsec_abc', KEY);
    expect(sealed).not.toContain('whsec_abc');
    expect(openSecret(sealed, KEY)).toBe('whsec_abc');
  });

  it('is different each time, and does not open with another key or once altered', () => {
    const sealed = sealSecret('whsec_abc', KEY);
    expect(sealSecret('whsec_abc', KEY)).not.toBe(sealed);
    expect(() => openSecret(sealed, 'x'.repeat(40))).toThrow();
    const [version, iv, tag, body] = sealed.split('.');
    const altered = [version, iv, tag, `${body!.slice(0, -2)}AA`].join('.');
    expect(() => openSecret(altered, KEY)).toThrow();
  });
});
