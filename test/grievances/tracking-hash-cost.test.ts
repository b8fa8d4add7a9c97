import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../runtime/config';
import { hashSecret, scryptParameters } from '../../subgraphs/grievances/src/domain';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { startTestStack, type TestStack } from '../support/stack';
import { addOrganization, file, submission } from './fixtures';
import { from, scryptWork, secretsHashed, TRACKING_STATUS, TRACKING_WITHDRAW } from './tracking-support';

// scryptWork records the hashes the subgraph's hashing threads were given, so the tests see which
// hashes an answer cost without timing anything.

/**
 * One hash cost for every secret, and the same work for every answer. The attack: a case whose
 * secret was hashed at a lower cost than the stand-in spent on unknown codes answered ten times
 * faster, so timing told which codes exist. Every secret is hashed at TRACKING_SECRET_HASH_COST
 * (new secrets, the demo case's, a hash made at another cost once its secret opens the case), and
 * every answer — unknown, malformed, no secret, wrong, right — costs exactly one hash at it.
 */
let stack: TestStack;
const UNION = 'org-tracking-cost-union';
let union: string;
beforeAll(async () => {
  stack = await startTestStack();
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, UNION, 'UNION');
  await suppliers.flush();
  union = await stack.token({ role: 'UNION', organizationId: UNION });
});
afterAll(async () => {
  await stack?.stop();
});

const cost = () => config().TRACKING_SECRET_HASH_COST;
const oneHashAtTheCost = () => [{ saltLength: 16, keyLength: 32, ...scryptParameters(cost()) }];
const storedHash = async (trackingCode: string) =>
  (await stack.em('grievances').findOneOrFail(Grievance, { trackingCode }, { fields: ['id', 'secretHash'] }))
    .secretHash;

/** The scrypt work one status lookup did, and its answer. */
async function workOf(code: string, secret: string, address: string) {
  scryptWork.reset();
  const response = await stack.query(TRACKING_STATUS, { code, secret }, from(address));
  return { work: scryptWork.calls(), answer: response.data?.grievanceStatus?.status ?? response.errors?.[0].message };
}

describe('tracking secrets', () => {
  it('are hashed at the configured cost when a worker files', async () => {
    await secretsHashed(stack);
    scryptWork.reset();
    const { trackingCode } = await file(stack, submission());
    await secretsHashed(stack);
    expect(scryptWork.calls()).toEqual(oneHashAtTheCost());
    expect(await storedHash(trackingCode)).toMatch(new RegExp(`^scrypt\\$${2 ** cost()}\\$8\\$1\\$`));
  });

  it('cost exactly one hash at that cost for every answer, whether or not the code exists', async () => {
    const { trackingCode, secret } = await file(stack, submission());
    const withoutSecret = await file(stack, submission(), union);
    await secretsHashed(stack);
    const noMatch = 'No grievance matches this tracking code and secret';
    const answers = {
      right: await workOf(trackingCode, secret!, '198.51.100.20'),
      wrong: await workOf(trackingCode, 'wrong-wrong-wrong-wrong!', '198.51.100.21'),
      unknown: await workOf('GRV-0000-0001', secret!, '198.51.100.22'),
      malformed: await workOf('not a tracking code', secret!, '198.51.100.23'),
      filedByAnOrganisation: await workOf(withoutSecret.trackingCode, secret!, '198.51.100.24'),
    };
    expect(answers).toEqual({
      right: { work: oneHashAtTheCost(), answer: 'RECEIVED' },
      wrong: { work: oneHashAtTheCost(), answer: noMatch },
      unknown: { work: oneHashAtTheCost(), answer: noMatch },
      malformed: { work: oneHashAtTheCost(), answer: noMatch },
      filedByAnOrganisation: { work: oneHashAtTheCost(), answer: noMatch },
    });
  });

  it('cost the same one hash when a worker withdraws, or a guesser tries to', async () => {
    const { trackingCode, secret } = await file(stack, submission());
    await secretsHashed(stack);
    for (const [code, attempt] of [
      ['GRV-0000-0002', secret!],
      [trackingCode, 'wrong-wrong-wrong-wrong!'],
      [trackingCode, secret!],
    ]) {
      scryptWork.reset();
      await stack.query(TRACKING_WITHDRAW, { code, secret: attempt }, from('198.51.100.30'));
      expect(scryptWork.calls()).toEqual(oneHashAtTheCost());
    }
  });

  it('made at another cost still open their case, and are then hashed again at the configured cost', async () => {
    const { trackingCode, secret } = await file(stack, submission());
    await secretsHashed(stack);
    const older = await hashSecret(secret!, scryptParameters(cost() + 1));
    await stack.em('grievances').nativeUpdate(Grievance, { trackingCode }, { secretHash: older });

    const first = await workOf(trackingCode, secret!, '198.51.100.40');
    expect(first.answer).toBe('RECEIVED');
    // The stored hash at its own cost, then the new one at the configured cost.
    expect(first.work).toEqual([
      { saltLength: 16, keyLength: 32, ...scryptParameters(cost() + 1) },
      ...oneHashAtTheCost(),
    ]);
    expect(await storedHash(trackingCode)).toMatch(new RegExp(`^scrypt\\$${2 ** cost()}\\$`));
    expect(await workOf(trackingCode, secret!, '198.51.100.40')).toEqual({
      work: oneHashAtTheCost(),
      answer: 'RECEIVED',
    });
  });
});
