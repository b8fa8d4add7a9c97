import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEvent } from '../../runtime/outbox';
import { Inspection } from '../../subgraphs/inspections/src/entities/inspection.entity';
import { graphql } from '../__generated__';
import type { CreateAgreementInput, SubmitInspectionInput } from '../__generated__/graphql';
import { IN_FORCE, agreementIn, bilateral } from '../agreements/support';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addFacility, addOrganization, newFacilityId } from './fixtures';

/**
 * Joint inspections through the gateway: filed only under an agreement in force that provides for
 * them and binds the host country and every partner's, led by the host country's inspectorate,
 * with foreign inspectorates as partners; final, and counted, only once every partner has cosigned.
 */
const TODAY = '2026-06-15';
const ORG = {
  inspectorateBD: 'org-joint-inspectorate-bd',
  otherInspectorateBD: 'org-joint-inspectorate-bd-port',
  inspectorateNL: 'org-joint-inspectorate-nl',
  inspectorateVN: 'org-joint-inspectorate-vn',
  inspectorateDE: 'org-joint-inspectorate-de',
  brand: 'org-joint-brand',
  supplier: 'org-joint-supplier',
};
const facilityId = newFacilityId('BD');

const SUBMIT = graphql(`
  mutation JointInspectionSubmit($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      inspection {
        id
        status
        kind
        jointInspectors {
          id
        }
        signatures {
          organization {
            id
          }
          signedAt
        }
        findings {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const COSIGN = graphql(`
  mutation JointInspectionCosign($id: ID!) {
    cosignInspection(id: $id) {
      inspection {
        id
        status
        signatures {
          organization {
            id
          }
          signedAt
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
const PUBLISH = graphql(`
  mutation JointInspectionPublish($id: ID!) {
    publishInspection(id: $id) {
      inspection {
        id
        status
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
const ADD_ACTION = graphql(`
  mutation JointInspectionAddAction($input: AddCorrectiveActionInput!, $key: String!) {
    addCorrectiveAction(input: $input, idempotencyKey: $key) {
      correctiveAction {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const COMPLIANCE = graphql(`
  query JointInspectionCompliance($id: ID!) {
    facility(id: $id) {
      compliance {
        openFindings
        basis {
          inspections
        }
      }
    }
    complianceStats(filter: { countries: ["BD"] }) {
      inspections
    }
  }
`);

let stack: TestStack;
const tokens = {} as Record<'admin' | 'bd' | 'bdPort' | 'nl' | 'de' | 'vn' | 'brand' | 'supplier', string>;
const agreements = {} as Record<'inForce' | 'noProvision' | 'suspended' | 'withoutHost' | 'trilateral', string>;

const joint = (overrides: Partial<SubmitInspectionInput> = {}): SubmitInspectionInput => ({
  facilityId,
  kind: 'JOINT_INSPECTION',
  agreementId: agreements.inForce,
  jointInspectorIds: [ORG.inspectorateNL],
  startedOn: '2026-06-08',
  endedOn: '2026-06-10',
  announced: false,
  workersInterviewed: 30,
  disclosure: 'PUBLIC',
  findings: [
    {
      area: 'FORCED_LABOUR',
      conventions: ['C029'],
      compliancePoint: 'Recruitment fees',
      severity: 'ZERO_TOLERANCE',
      description: 'Migrant workers paid recruitment fees to agents.',
    },
  ],
  ...overrides,
});
const submit = (input: SubmitInspectionInput, token = tokens.bd) =>
  stack.query(SUBMIT, { input, key: randomUUID() }, { token });
const inspections = () => stack.em('inspections').count(Inspection);

/** The issues of a refused filing, as `path: message`; the test fails if it was not refused as input. */
async function refusedAsInput(input: SubmitInspectionInput, token = tokens.bd): Promise<string[]> {
  const before = await inspections();
  const response = await submit(input, token);
  expect(response.errors?.[0].extensions?.code, JSON.stringify(response.errors ?? response.data)).toBe(
    'BAD_USER_INPUT',
  );
  expect(await inspections()).toBe(before);
  const issues = response.errors![0].extensions!.issues as { path: string[]; message: string }[];
  return issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

beforeAll(async () => {
  stack = await startTestStack({ now: new Date(`${TODAY}T12:00:00Z`) });
  const registry = stack.em('suppliers');
  addOrganization(registry, ORG.inspectorateBD, 'REGULATOR', 'BD');
  addOrganization(registry, ORG.otherInspectorateBD, 'REGULATOR', 'BD');
  addOrganization(registry, ORG.inspectorateNL, 'REGULATOR', 'NL');
  addOrganization(registry, ORG.inspectorateVN, 'REGULATOR', 'VN');
  addOrganization(registry, ORG.inspectorateDE, 'REGULATOR', 'DE');
  addOrganization(registry, ORG.brand, 'BRAND', 'NL');
  addOrganization(registry, ORG.supplier, 'SUPPLIER', 'BD');
  addFacility(registry, facilityId, ORG.supplier);
  await registry.flush();

  tokens.admin = await stack.token({ role: 'ADMIN' });
  tokens.bd = await stack.token({ role: 'REGULATOR', organizationId: ORG.inspectorateBD, country: 'BD' });
  tokens.bdPort = await stack.token({ role: 'REGULATOR', organizationId: ORG.otherInspectorateBD, country: 'BD' });
  tokens.nl = await stack.token({ role: 'REGULATOR', organizationId: ORG.inspectorateNL, country: 'NL' });
  tokens.vn = await stack.token({ role: 'REGULATOR', organizationId: ORG.inspectorateVN, country: 'VN' });
  tokens.de = await stack.token({ role: 'REGULATOR', organizationId: ORG.inspectorateDE, country: 'DE' });
  tokens.brand = await stack.token({ role: 'BRAND', organizationId: ORG.brand });
  tokens.supplier = await stack.token({ role: 'SUPPLIER', organizationId: ORG.supplier });

  const agreement = async (input: CreateAgreementInput, statuses = IN_FORCE) =>
    (await agreementIn(stack, tokens.admin, input, statuses)).id;
  agreements.inForce = await agreement(bilateral('BD', 'NL', [], 'BD–NL joint inspection MoU'), IN_FORCE);
  agreements.noProvision = await agreement(
    { ...bilateral('BD', 'NL', [], 'BD–NL information exchange'), provisions: [{ kind: 'INFORMATION_SHARING' }] },
    IN_FORCE,
  );
  agreements.suspended = await agreement(bilateral('BD', 'NL', [], 'BD–NL MoU, suspended'), [
    ...IN_FORCE,
    ['SUSPENDED', '2026-03-01'],
  ]);
  agreements.withoutHost = await agreement(bilateral('NL', 'VN', [], 'NL–VN joint inspection MoU'), IN_FORCE);
  agreements.trilateral = await agreement(
    {
      ...bilateral('BD', 'NL', [], 'BD–NL–DE joint inspection arrangement'),
      kind: 'MULTILATERAL',
      parties: [{ country: 'BD' }, { country: 'NL' }, { country: 'DE' }],
    },
    IN_FORCE,
  );
});
afterAll(() => stack?.stop());

describe('a joint inspection is refused, naming the field, and nothing is written', () => {
  it('under an agreement without a joint-inspection provision', async () => {
    expect(await refusedAsInput(joint({ agreementId: agreements.noProvision }))).toEqual([
      `input.agreementId: agreement ${agreements.noProvision} has no joint-inspection provision`,
    ]);
  });

  it('under a SUSPENDED agreement', async () => {
    expect(await refusedAsInput(joint({ agreementId: agreements.suspended }))).toEqual([
      `input.agreementId: agreement ${agreements.suspended} is SUSPENDED; joint inspections are conducted under an agreement IN_FORCE`,
    ]);
  });

  it('under an agreement the host country is not party to', async () => {
    expect(await refusedAsInput(joint({ agreementId: agreements.withoutHost }))).toEqual([
      `input.agreementId: agreement ${agreements.withoutHost} does not bind BD, the facility's country`,
    ]);
  });

  it('with a brand as joint inspector', async () => {
    expect(await refusedAsInput(joint({ jointInspectorIds: [ORG.inspectorateNL, ORG.brand] }))).toEqual([
      `input.jointInspectorIds.1: ${ORG.brand} is a BRAND organisation, not an inspectorate (REGULATOR)`,
    ]);
  });

  it('with the foreign inspectorate leading inside the host country', async () => {
    const issues = await refusedAsInput(joint({ jointInspectorIds: [ORG.inspectorateBD] }), tokens.nl);
    expect(issues).toEqual([
      "input.facilityId: is in BD: a joint inspection there is led by BD's inspectorate, not by yours (NL); it names yours as a partner",
      `input.jointInspectorIds.0: ${ORG.inspectorateBD} is an inspectorate of BD, the host country; a partner is the inspectorate of another party to the agreement`,
    ]);
  });

  it('with a partner from the host country', async () => {
    expect(await refusedAsInput(joint({ jointInspectorIds: [ORG.otherInspectorateBD] }))).toEqual([
      `input.jointInspectorIds.0: ${ORG.otherInspectorateBD} is an inspectorate of BD, the host country; a partner is the inspectorate of another party to the agreement`,
    ]);
  });

  it('naming an agreement or an organisation nobody knows, at the gateway', async () => {
    expect(await refusedAsInput(joint({ agreementId: 'agr-nowhere' }))).toEqual([
      'input.agreementId: agreement agr-nowhere is not known',
    ]);
    expect(await refusedAsInput(joint({ jointInspectorIds: [ORG.inspectorateNL, 'org-nobody'] }))).toEqual([
      'input.jointInspectorIds.1: organisation org-nobody is not known',
    ]);
  });
});

describe('a valid joint inspection waits for its partner’s signature before it is final', () => {
  let inspectionId = '';
  let findingId = '';
  const compliance = async () => dataOf(await stack.query(COMPLIANCE, { id: facilityId }, { token: tokens.bd }));
  const zeroToleranceEvents = () =>
    stack.em('inspections').count(OutboxEvent, { type: 'ZERO_TOLERANCE_FINDING', subject: `Finding:${findingId}` });

  it('is filed AWAITING_COSIGNATURE, signed by its lead', async () => {
    const { submitInspection } = dataOf(await submit(joint()));
    expect(submitInspection!.userErrors).toEqual([]);
    const inspection = submitInspection!.inspection!;
    expect(inspection).toMatchObject({
      status: 'AWAITING_COSIGNATURE',
      kind: 'JOINT_INSPECTION',
      jointInspectors: [{ id: ORG.inspectorateNL }],
      signatures: [{ organization: { id: ORG.inspectorateBD } }],
    });
    inspectionId = inspection.id;
    findingId = inspection.findings[0].id;
  });

  it('is not counted in the facility’s compliance nor in the statistics until then', async () => {
    const { facility, complianceStats } = await compliance();
    expect(facility!.compliance).toMatchObject({ openFindings: 0, basis: { inspections: 0 } });
    expect(complianceStats).toEqual([{ inspections: 0 }]);
  });

  it('cannot be published, nor take corrective actions, and tells nothing of its zero-tolerance finding yet', async () => {
    const published = dataOf(await stack.query(PUBLISH, { id: inspectionId }, { token: tokens.bd }));
    expect(published.publishInspection!.userErrors).toEqual([
      {
        code: 'CONFLICT',
        message: 'A joint inspection is published once final: every partner inspectorate must cosign it first',
        field: ['id'],
      },
    ]);
    const action = {
      findingId,
      action: 'Refund the fees',
      rootCause: 'Agents',
      owner: 'HR manager',
      dueOn: '2026-08-01',
    };
    const planned = dataOf(
      await stack.query(ADD_ACTION, { input: action, key: randomUUID() }, { token: tokens.supplier }),
    );
    expect(planned.addCorrectiveAction!.userErrors).toMatchObject([{ code: 'CONFLICT' }]);
    expect(await zeroToleranceEvents()).toBe(0);
  });

  it('is signed by no stranger: not by the lead again, a brand, or an inspectorate that cannot see it', async () => {
    const asLead = await stack.query(COSIGN, { id: inspectionId }, { token: tokens.bd });
    expect(asLead.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asBrand = await stack.query(COSIGN, { id: inspectionId }, { token: tokens.brand });
    expect(asBrand.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asStranger = dataOf(await stack.query(COSIGN, { id: inspectionId }, { token: tokens.vn }));
    expect(asStranger.cosignInspection!.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['id'] }]);
    expect((await compliance()).facility!.compliance!.basis.inspections).toBe(0);
  });

  it('becomes SUBMITTED when the partner cosigns, and is counted from then on', async () => {
    const { cosignInspection } = dataOf(await stack.query(COSIGN, { id: inspectionId }, { token: tokens.nl }));
    expect(cosignInspection!.userErrors).toEqual([]);
    expect(cosignInspection!.inspection).toMatchObject({
      status: 'SUBMITTED',
      signatures: [{ organization: { id: ORG.inspectorateBD } }, { organization: { id: ORG.inspectorateNL } }],
    });
    const { facility, complianceStats } = await compliance();
    expect(facility!.compliance).toMatchObject({ openFindings: 1, basis: { inspections: 1 } });
    expect(complianceStats).toEqual([{ inspections: 1 }]);

    const again = dataOf(await stack.query(COSIGN, { id: inspectionId }, { token: tokens.nl }));
    expect(again.cosignInspection!.userErrors).toMatchObject([{ code: 'CONFLICT' }]);
  });

  it('is published once final, and only then tells its zero-tolerance finding', async () => {
    const published = dataOf(await stack.query(PUBLISH, { id: inspectionId }, { token: tokens.bd }));
    expect(published.publishInspection).toMatchObject({ userErrors: [], inspection: { status: 'PUBLISHED' } });
    expect(await zeroToleranceEvents()).toBe(1);
  });
});

describe('a joint inspection with two partners', () => {
  const fileWithBoth = async () => {
    const input = joint({
      agreementId: agreements.trilateral,
      jointInspectorIds: [ORG.inspectorateNL, ORG.inspectorateDE],
      disclosure: 'PRIVATE',
    });
    return dataOf(await submit(input)).submitInspection!.inspection!.id;
  };
  const cosign = async (id: string, token: string) =>
    dataOf(await stack.query(COSIGN, { id }, { token })).cosignInspection!;

  it('stays AWAITING_COSIGNATURE until the second partner has signed too', async () => {
    const id = await fileWithBoth();
    const first = await cosign(id, tokens.de);
    expect(first).toMatchObject({ userErrors: [], inspection: { status: 'AWAITING_COSIGNATURE' } });
    expect(first.inspection!.signatures.map((signature) => signature.organization.id).sort()).toEqual(
      [ORG.inspectorateBD, ORG.inspectorateDE].sort(),
    );
    const second = await cosign(id, tokens.nl);
    expect(second).toMatchObject({ userErrors: [], inspection: { status: 'SUBMITTED' } });
    expect(second.inspection!.signatures).toHaveLength(3);
  });

  it('becomes final when both partners sign at the same moment', async () => {
    const id = await fileWithBoth();
    const answers = await Promise.all([cosign(id, tokens.nl), cosign(id, tokens.de)]);
    expect(answers.map((answer) => answer.userErrors)).toEqual([[], []]);
    const final = await stack.em('inspections').findOneOrFail(Inspection, id);
    expect(final.status).toBe('SUBMITTED');
  });
});

describe('with the agreements service down', () => {
  it('refuses a joint inspection as retryable SERVICE_UNAVAILABLE, writing nothing', async () => {
    const before = await inspections();
    await stack.subgraphs.agreements.stop();
    const refused = await submit(joint());
    expect(refused.status).toBe(503);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 });
    expect(await inspections()).toBe(before);
  });
});
