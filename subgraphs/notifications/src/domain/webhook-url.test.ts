import { describe, expect, it } from 'vitest';
import { isNonPublicAddress, publicOnlyLookup, webhookUrlProblem } from './webhook-url';

describe('a webhook URL', () => {
  it('is accepted when it is http(s) and names a public host', () => {
    expect(webhookUrlProblem('https://hooks.brand.example/lcg?team=compliance', false)).toBeNull();
    expect(webhookUrlProblem('http://203.0.114.7:8080/hook', false)).toBeNull();
  });

  it('is refused with another scheme, credentials, a fragment, or no URL at all', () => {
    expect(webhookUrlProblem('ftp://hooks.brand.example/x', true)).toMatch(/http/);
    expect(webhookUrlProblem('javascript:alert(1)', true)).toMatch(/http/);
    expect(webhookUrlProblem('https://user:secret@hooks.brand.example/x', true)).toMatch(/credentials/);
    expect(webhookUrlProblem('https://hooks.brand.example/x#y', true)).toMatch(/fragment/);
    expect(webhookUrlProblem('/relative/path', true)).toMatch(/absolute/);
    expect(webhookUrlProblem(`https://hooks.brand.example/${'x'.repeat(2_000)}`, true)).toMatch(/at most/);
  });

  it.each([
    'http://127.0.0.1/hook',
    'http://localhost:4000/',
    'http://metadata.internal/computeMetadata',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.1.2.3/',
    'http://172.20.0.5/',
    'http://192.168.1.10/',
    'http://[::1]/',
    'http://[fe80::1]/',
    'http://[fd00::5]/',
    'http://[::ffff:10.0.0.1]/',
    'http://0.0.0.0/',
    'http://intranet/',
  ])('naming a non-public address (%s) is refused outside development', (url) => {
    expect(webhookUrlProblem(url, false)).toMatch(/public address/);
    expect(webhookUrlProblem(url, true)).toBeNull();
  });
});

describe('the address check', () => {
  it('tells public from non-public addresses of both families', () => {
    for (const address of ['8.8.8.8', '2606:4700:4700::1111', '203.0.114.7'])
      expect(isNonPublicAddress(address), address).toBe(false);
    for (const address of ['127.0.0.1', '100.64.0.1', '198.18.0.1', '224.0.0.1', '::', 'fe80::1', 'not-an-ip'])
      expect(isNonPublicAddress(address), address).toBe(true);
  });

  it('refuses a name that resolves to a non-public address when the connection looks it up', async () => {
    const outcome = await new Promise<{ error: NodeJS.ErrnoException | null }>((resolve) =>
      publicOnlyLookup('localhost', {}, (error) => resolve({ error })),
    );
    expect(outcome.error?.code).toBe('ENONPUBLIC');
  });
});
