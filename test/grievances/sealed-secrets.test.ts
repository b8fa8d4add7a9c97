import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { logger } from '../../runtime/logger';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { hashSealedFromEarlier, stopHashingSealed } from '../../subgraphs/grievances/src/queries/sealed-secrets';
import { startTestStack, type TestStack } from '../support/stack';
import { file, submission } from './fixtures';
import { from, scryptWork, secretsHashed, TRACKING_STATUS } from './tracking-support';

/**
 * A filing answers without hashing its secret. Under a crowd of filings every hash on the
 * filing's path made the workers wait for each other's hashes, minutes at the production cost; now
 * the case stores its secret sealed, the filing answers, and a background job replaces the seal
 * with the scrypt hash. Here the job is held (as if the process stopped right after answering),
 * so each test sees the seal: a lookup opens the case through it, and the next start hashes it.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});
// Each test starts with nothing sealed (what an earlier test left is hashed), then holds the job.
beforeEach(async () => {
  await hashSealedFromEarlier(stack.em('grievances'), logger('grievances'));
  await secretsHashed(stack);
  await stopHashingSealed(stack.em('grievances'));
  scryptWork.reset();
});

const storedSecret = async (trackingCode: string) =>
  (await stack.em('grievances').findOneOrFail(Grievance, { trackingCode }, { fields: ['id', 'secretHash'] }))
    .secretHash;

const follow = async (trackingCode: string, secret: string, address: string) => {
  const response = await stack.query(TRACKING_STATUS, { code: trackingCode, secret }, from(address));
  return response.data?.grievanceStatus?.status ?? response.errors?.[0].extensions?.code;
};

describe('a new filing’s secret', () => {
  it('costs the filing no hash, and is stored sealed, never as the secret itself', async () => {
    const { trackingCode, secret } = await file(stack, submission());
    expect(scryptWork.calls()).toEqual([]);
    const stored = await storedSecret(trackingCode);
    expect(stored).toMatch(/^sealed\$/);
    expect(stored).not.toContain(secret!);
  });

  it('opens its case while still sealed; the right secret’s one hash then replaces the seal', async () => {
    const { trackingCode, secret } = await file(stack, submission());
    const sealed = await storedSecret(trackingCode);

    expect(await follow(trackingCode, 'wrong-wrong-wrong-wrong!', '198.51.100.60')).toBe('NOT_FOUND');
    expect(scryptWork.calls()).toHaveLength(1); // as much work as any other answer
    expect(await storedSecret(trackingCode)).toBe(sealed);

    scryptWork.reset();
    expect(await follow(trackingCode, secret!, '198.51.100.61')).toBe('RECEIVED');
    expect(scryptWork.calls()).toHaveLength(1);
    expect(await storedSecret(trackingCode)).toMatch(/^scrypt\$/);
    expect((await stack.em('grievances').findOneOrFail(Grievance, { trackingCode })).version).toBe(1);
    expect(await follow(trackingCode, secret!, '198.51.100.61')).toBe('RECEIVED');
  });

  it('left sealed when the service stopped is hashed at the next start, and still opens its case', async () => {
    const filed = [];
    for (let n = 0; n < 3; n++) filed.push(await file(stack, submission({ summary: `Sealed at stop ${n}` })));
    for (const { trackingCode } of filed) expect(await storedSecret(trackingCode)).toMatch(/^sealed\$/);

    expect(await hashSealedFromEarlier(stack.em('grievances'), logger('grievances'))).toBe(3);
    await secretsHashed(stack);
    expect(scryptWork.calls()).toHaveLength(3);
    for (const { trackingCode, secret } of filed) {
      expect(await storedSecret(trackingCode)).toMatch(/^scrypt\$/);
      // Not a change of the case: a handler who read version 1 may still act on it.
      expect((await stack.em('grievances').findOneOrFail(Grievance, { trackingCode })).version).toBe(1);
      expect(await follow(trackingCode, secret!, '198.51.100.62')).toBe('RECEIVED');
    }
  });
});
