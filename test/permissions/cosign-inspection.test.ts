import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { InspectionSignature } from '../../subgraphs/inspections/src/entities/inspection-signature.entity';
import { Inspection } from '../../subgraphs/inspections/src/entities/inspection.entity';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addedEntries, auditEntries } from './audit-log';
import { as, buildWorld, NOW, ORG, PRINCIPALS, type World } from './fixtures';
import { CALLERS, type Caller, type MutationOutcome } from './matrix';
import { expectDeniedExactly, valueAt } from './outcomes';

/**
 * `cosignInspection` for every caller of the matrix, each on a joint inspection of its own that
 * the home inspectorate (BD) filed with the partner inspectorate (NL) under the BD–NL agreement in
 * force. Only the named partner signs (the inspection becomes final). The lead sees the inspection
 * but is not a partner, and every role other than a regulator may never sign: FORBIDDEN. A foreign
 * regulator cannot see the inspection: NOT_FOUND. Refused, nothing is written, nor audited.
 */
const OUTCOMES: Record<Caller, MutationOutcome> = {
  PUBLIC: 'FORBIDDEN',
  BRAND: 'FORBIDDEN',
  SUPPLIER: 'FORBIDDEN',
  UNION: 'FORBIDDEN',
  REGULATOR_HOME: 'FORBIDDEN',
  REGULATOR_PARTNER: 'ok',
  REGULATOR_FOREIGN: 'NOT_FOUND',
  AUDITOR: 'FORBIDDEN',
  CIVIL_SOCIETY: 'FORBIDDEN',
  ADMIN: 'FORBIDDEN',
};

const FILE_JOINT = graphql(`
  mutation PermissionsCosignFileJoint($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      inspection {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const COSIGN = graphql(`
  mutation PermissionsCosignInspection($id: ID!) {
    cosignInspection(id: $id) {
      inspection {
        id
        status
        signatures {
          organization {
            id
          }
        }
      }
      userErrors {
        code
      }
    }
  }
`);

let stack: TestStack;
let world: World;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  world = await buildWorld(stack);
});
afterAll(() => stack?.stop());

/** A joint inspection of the facility filed by the home inspectorate, awaiting the partner's signature. */
async function jointInspection(): Promise<string> {
  const response = await as(stack, world, 'REGULATOR_HOME', FILE_JOINT, {
    key: randomUUID(),
    input: {
      facilityId: world.facilities.main,
      kind: 'JOINT_INSPECTION',
      agreementId: world.agreements.inForce,
      jointInspectorIds: [ORG.inspectorateNL],
      startedOn: '2026-03-24',
      endedOn: '2026-03-25',
      announced: true,
      workersInterviewed: 20,
      disclosure: 'PRIVATE',
      findings: [{ area: 'WORKING_TIME', compliancePoint: 'Overtime', severity: 'MINOR', description: 'Long weeks' }],
    },
  });
  const inspection = dataOf(response).submitInspection!.inspection!;
  expect(inspection.status).toBe('AWAITING_COSIGNATURE');
  return inspection.id;
}

/** The inspection as stored: its status and who signed it. */
async function state(id: string) {
  const em = stack.em('inspections');
  const { status } = await em.findOneOrFail(Inspection, id);
  const signatures = await em.find(InspectionSignature, { inspection: id }, { orderBy: { organizationId: 'asc' } });
  return { status, signedBy: signatures.map((signature) => signature.organizationId) };
}

describe('cosignInspection', () => {
  it.each(CALLERS)('%s', async (caller) => {
    const id = await jointInspection();
    const outcome = OUTCOMES[caller];
    const [before, audited] = [await state(id), await stack.em('inspections').count(AuditEntry)];
    expect(before).toEqual({ status: 'AWAITING_COSIGNATURE', signedBy: [ORG.inspectorateBD] });
    if (outcome === 'ok') {
      const subject = PRINCIPALS[caller as Exclude<Caller, 'PUBLIC'>].subject;
      const log = await auditEntries(stack, world, 'ADMIN', 'inspections', { subject });
      const response = await as(stack, world, caller, COSIGN, { id });
      expect(response.errors).toBeUndefined();
      expect(valueAt(response, ['cosignInspection'])).toMatchObject({
        userErrors: [],
        inspection: { id, status: 'SUBMITTED' },
      });
      expect(await state(id)).toEqual({ status: 'SUBMITTED', signedBy: [ORG.inspectorateBD, ORG.inspectorateNL] });
      const after = await auditEntries(stack, world, 'ADMIN', 'inspections', { subject });
      expect(addedEntries(log, after).map((entry) => entry.split(/[: ]/)[0])).toContain('cosignInspection');
      return;
    }
    const response = await as(stack, world, caller, COSIGN, { id });
    if (outcome === 'NOT_FOUND') {
      expect(response.errors).toBeUndefined();
      expect(valueAt(response, ['cosignInspection', 'userErrors'])).toEqual([{ code: 'NOT_FOUND' }]);
    } else {
      expect(valueAt(response, ['cosignInspection']) ?? null).toBeNull();
      expectDeniedExactly(response, [['cosignInspection']]);
    }
    expect(await state(id)).toEqual(before);
    expect(await stack.em('inspections').count(AuditEntry)).toBe(audited);
  });
});
