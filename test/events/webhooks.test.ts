import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overrideConfig } from '../../runtime/config';
import { verifySignature } from '../../subgraphs/notifications/src/domain/signature';
import { graphql } from '../__generated__';
import { file, submission } from '../grievances/fixtures';
import { addFacility, addOrganization, newFacilityId } from '../inspections/fixtures';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { newKey } from '../grievances/fixtures';
import { deliver, later, startReceiver, subscribe } from './webhook-support';

/**
 * Webhooks end to end: a change in a subgraph reaches, once each, the subscribers whose filter it
 * matches and who may read what it is about — by the graph's own read rules at the moment of
 * delivery — and nobody else; a receiver that is down gets everything when it returns.
 */
overrideConfig({ WEBHOOK_MAX_ATTEMPTS: 3, WEBHOOK_RETRY_BASE_MS: 1_000, WEBHOOK_RETRY_MAX_MS: 60_000 });

const NOW = new Date('2026-05-04T10:00:00Z');
const AUDITOR = 'org-webhooks-audits';
const BRAND_A = 'org-webhooks-brand-a';
const BRAND_B = 'org-webhooks-brand-b';
const UNION_A = 'org-webhooks-union-a';
const UNION_B = 'org-webhooks-union-b';
const FACILITY = newFacilityId('BD');

const SUBMIT = graphql(`
  mutation WebhooksSubmitInspection($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      inspection {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const PUBLISH = graphql(`
  mutation WebhooksPublish($id: ID!) {
    publishInspection(id: $id) {
      userErrors {
        code
      }
    }
  }
`);

let stack: TestStack;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let tokens: Record<'auditor' | 'brandA' | 'brandB' | 'regulatorBD' | 'regulatorFR' | 'unionA' | 'unionB', string>;
const secrets: Record<string, string> = {};

/** Submits and publishes a report on FACILITY shared with BRAND_A: one ZERO_TOLERANCE finding. */
async function publishReport(disclosure: 'SHARED_WITH_BUYERS' | 'PUBLIC' = 'SHARED_WITH_BUYERS'): Promise<string> {
  const submitted = dataOf(
    await stack.query(
      SUBMIT,
      {
        key: newKey('inspection'),
        input: {
          facilityId: FACILITY,
          kind: 'SOCIAL_AUDIT',
          startedOn: '2026-05-01',
          endedOn: '2026-05-02',
          announced: false,
          workersInterviewed: 12,
          disclosure,
          sharedWithBuyerIds: [BRAND_A],
          findings: [
            {
              area: 'FORCED_LABOUR',
              conventions: ['C029'],
              compliancePoint: 'Passports',
              severity: 'ZERO_TOLERANCE',
              description: 'Kept',
            },
          ],
        },
      },
      { token: tokens.auditor },
    ),
  ).submitInspection!;
  expect(submitted.userErrors).toEqual([]);
  const id = submitted.inspection!.id;
  expect(dataOf(await stack.query(PUBLISH, { id }, { token: tokens.auditor })).publishInspection!.userErrors).toEqual(
    [],
  );
  return id;
}

/** The event types `path` accepted about `subject`, in the order they came. */
const typesAt = (path: string, subject: string) =>
  receiver
    .accepted(path)
    .filter((entry) => entry.event.subject === subject)
    .map((entry) => entry.event.type);

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  receiver = await startReceiver();
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, AUDITOR, 'AUDIT_FIRM', 'BD');
  addOrganization(suppliers, BRAND_A, 'BRAND', 'NL');
  addOrganization(suppliers, BRAND_B, 'BRAND', 'DE');
  addFacility(suppliers, FACILITY, null, [BRAND_A, BRAND_B]);
  await suppliers.flush();
  tokens = {
    auditor: await stack.token({ role: 'AUDITOR', organizationId: AUDITOR }),
    brandA: await stack.token({ role: 'BRAND', organizationId: BRAND_A }),
    brandB: await stack.token({ role: 'BRAND', organizationId: BRAND_B }),
    regulatorBD: await stack.token({ role: 'REGULATOR', organizationId: 'org-webhooks-dife', country: 'BD' }),
    regulatorFR: await stack.token({ role: 'REGULATOR', organizationId: 'org-webhooks-dgt', country: 'FR' }),
    unionA: await stack.token({ role: 'UNION', organizationId: UNION_A }),
    unionB: await stack.token({ role: 'UNION', organizationId: UNION_B }),
  };
  // Everyone subscribes to everything: what each receives is what it may read.
  for (const name of Object.keys(tokens) as (keyof typeof tokens)[]) {
    if (name === 'auditor') continue;
    const { secret } = await subscribe(stack, tokens[name], {
      url: `${receiver.url}/${name}`,
      events: ['INSPECTION_PUBLISHED', 'ZERO_TOLERANCE_FINDING', 'GRIEVANCE_FILED', 'GRIEVANCE_STATUS_CHANGED'],
    });
    secrets[name] = secret;
  }
});
afterAll(async () => {
  await stack?.stop();
  await receiver?.close();
});

describe('a webhook subscriber', () => {
  it('receives a published report once when it may read it, and nobody else does', async () => {
    const inspectionId = await publishReport();
    const round = await deliver(stack);
    const subject = `Inspection:${inspectionId}`;
    expect(typesAt('/brandA', subject)).toEqual(['INSPECTION_PUBLISHED']);
    expect(typesAt('/regulatorBD', subject)).toEqual(['INSPECTION_PUBLISHED']);
    for (const outsider of ['/brandB', '/regulatorFR', '/unionA', '/unionB'])
      expect(typesAt(outsider, subject), outsider).toEqual([]);
    // The finding's event reaches the same readers, with its area.
    const finding = receiver.accepted('/brandA').find((entry) => entry.event.type === 'ZERO_TOLERANCE_FINDING');
    expect(finding?.event.payload).toMatchObject({ inspectionId, area: 'FORCED_LABOUR' });
    expect(round.withheld).toBeGreaterThanOrEqual(8);
    // Another round sends nothing again.
    expect(await deliver(stack)).toEqual({ delivered: 0, failed: 0, withheld: 0, deferred: 0 });
  });

  it('receives its own cases and not another organisation’s', async () => {
    const filed = await file(stack, submission({ facility: { id: FACILITY } }), tokens.unionA);
    await deliver(stack);
    const subject = `Grievance:${filed.grievance.id}`;
    expect(typesAt('/unionA', subject)).toEqual(['GRIEVANCE_FILED']);
    expect(typesAt('/regulatorBD', subject)).toEqual(['GRIEVANCE_FILED']);
    for (const outsider of ['/unionB', '/brandA', '/brandB', '/regulatorFR'])
      expect(typesAt(outsider, subject), outsider).toEqual([]);
  });

  it('can verify every delivery with its secret, and never gets a body another secret signed', async () => {
    for (const entry of receiver.accepted('/brandA')) {
      const nowSeconds = Math.floor(stack.clock.now().getTime() / 1000);
      expect(entry.headers['webhook-id']).toBe(entry.event.id);
      const headers = entry.headers as Record<string, string>;
      expect(verifySignature(secrets.brandA!, headers, entry.body, nowSeconds)).toBe(true);
      expect(verifySignature(secrets.regulatorBD!, headers, entry.body, nowSeconds)).toBe(false);
      expect(verifySignature(secrets.brandA!, headers, `${entry.body} `, nowSeconds)).toBe(false);
    }
  });

  it('receives every event once, by id, when it comes back from being down', async () => {
    receiver.answerWith((request) => (request.path === '/regulatorBD' ? 503 : 200));
    const reports = [await publishReport('PUBLIC'), await publishReport('PUBLIC')];
    const failing = await deliver(stack);
    expect(failing.failed).toBeGreaterThanOrEqual(2);
    // Not due yet: nothing is tried again before the backoff has passed.
    expect((await deliver(stack)).failed).toBe(0);
    receiver.answerWith(() => 200);
    later(stack, 60_000);
    await deliver(stack);
    const accepted = receiver
      .accepted('/regulatorBD')
      .filter((entry) => reports.some((id) => entry.event.subject === `Inspection:${id}`));
    const ids = accepted.map((entry) => entry.event.id);
    expect(accepted.map((entry) => entry.event.type).filter((type) => type === 'INSPECTION_PUBLISHED')).toHaveLength(2);
    expect(new Set(ids).size).toBe(ids.length);
    // Public reports reach the other brand and the other country too.
    expect(reports.every((id) => typesAt('/brandB', `Inspection:${id}`).includes('INSPECTION_PUBLISHED'))).toBe(true);
  });
});
