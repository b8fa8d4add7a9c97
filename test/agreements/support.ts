import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { graphql } from '../__generated__';
import type {
  AgreementStatus,
  AgreementTestFieldsFragment,
  CreateAgreementInput,
  DataCategory,
  GrievanceMechanismInput,
  MechanismStepInput,
  TypedDocumentString,
} from '../__generated__/graphql';
import { dataOf, type GraphQLResponse, type TestStack } from '../support/stack';

/** What the agreement tests read of a grievance mechanism's step. */
graphql(`
  fragment AgreementTestStep on MechanismStep {
    name
    kind
    within {
      count
      unit
    }
    after
    escalatesTo
    citation
  }
`);

/** What the agreement tests read of an agreement after each mutation. */
graphql(`
  fragment AgreementTestFields on Agreement {
    id
    title
    kind
    status
    statusSince
    version
    draftedOn
    signedOn
    inForceFrom
    endedOn
    expiresOn
    allowedTransitions
    parties {
      role
      since
      country {
        code
      }
      organization {
        id
      }
    }
    conventions {
      code
    }
    provisions {
      kind
      article
    }
    sharingClauses {
      category
      recipients {
        country {
          code
        }
        organization {
          id
        }
      }
    }
    statusHistory {
      status
      on
      note
    }
    grievanceMechanism {
      name
      acknowledgeWithinDays
      respondWithinDays
      respondAfter
      reviewSteps {
        name
        withinDays
        after
      }
    }
  }
`);
graphql(`
  fragment AgreementTestPayload on AgreementPayload {
    agreement {
      ...AgreementTestFields
    }
    userErrors {
      code
      message
      field
    }
  }
`);

/** One typed document per agreements mutation, each run with an idempotency key. */
const MUTATIONS = {
  createAgreement: graphql(`
    mutation AgreementTestCreate($input: CreateAgreementInput!, $key: String!) {
      createAgreement(input: $input, idempotencyKey: $key) {
        ...AgreementTestPayload
      }
    }
  `),
  amendAgreement: graphql(`
    mutation AgreementTestAmend($input: AmendAgreementInput!, $key: String!) {
      amendAgreement(input: $input, idempotencyKey: $key) {
        ...AgreementTestPayload
      }
    }
  `),
  addAgreementParty: graphql(`
    mutation AgreementTestAddParty($input: AddAgreementPartyInput!, $key: String!) {
      addAgreementParty(input: $input, idempotencyKey: $key) {
        ...AgreementTestPayload
      }
    }
  `),
  addSharingClause: graphql(`
    mutation AgreementTestAddSharingClause($input: AddSharingClauseInput!, $key: String!) {
      addSharingClause(input: $input, idempotencyKey: $key) {
        ...AgreementTestPayload
      }
    }
  `),
  changeAgreementStatus: graphql(`
    mutation AgreementTestChangeStatus($input: ChangeAgreementStatusInput!, $key: String!) {
      changeAgreementStatus(input: $input, idempotencyKey: $key) {
        ...AgreementTestPayload
      }
    }
  `),
  recordRatification: graphql(`
    mutation AgreementTestRecordRatification($input: RecordRatificationInput!, $key: String!) {
      recordRatification(input: $input, idempotencyKey: $key) {
        ratification {
          status
          date
          statusSince
          dateCertain
          source
          country {
            code
          }
          convention {
            code
          }
        }
        userErrors {
          code
          message
          field
        }
      }
    }
  `),
};

export type AgreementMutation = keyof typeof MUTATIONS;
type ResultOf<M extends AgreementMutation> =
  (typeof MUTATIONS)[M] extends TypedDocumentString<infer Result, infer _> ? Result : never;
type VariablesOf<M extends AgreementMutation> =
  (typeof MUTATIONS)[M] extends TypedDocumentString<infer _, infer Variables> ? Variables : never;
/** The `input` a mutation takes, e.g. ChangeAgreementStatusInput for changeAgreementStatus. */
export type InputOf<M extends AgreementMutation> = VariablesOf<M> extends { input: infer Input } ? Input : never;
/** The payload a mutation answers, e.g. { agreement, userErrors }. */
export type PayloadOf<M extends AgreementMutation> =
  ResultOf<M> extends Record<M, infer Payload> ? NonNullable<Payload> : never;
export type TestAgreement = AgreementTestFieldsFragment;

/**
 * Runs one agreements mutation with a fresh idempotency key. `payload` is the mutation's payload;
 * reading it fails the test, naming the errors, when the response has errors instead of data or no
 * payload (read `response.errors` for those).
 */
export async function mutate<M extends AgreementMutation>(
  stack: TestStack,
  token: string,
  mutation: M,
  input: InputOf<M>,
  key: string = randomUUID(),
): Promise<{ response: GraphQLResponse<ResultOf<M>>; readonly payload: PayloadOf<M> }> {
  // The map pairs each name with its own document, so its types are the ones the name selects.
  const document = MUTATIONS[mutation] as unknown as TypedDocumentString<
    ResultOf<M>,
    { input: InputOf<M>; key: string }
  >;
  const response = await stack.query(document, { input, key }, { token });
  return {
    response,
    get payload() {
      const payload = (dataOf(response) as Record<M, PayloadOf<M> | null>)[mutation];
      if (!payload) throw new Error(`expected a ${mutation} payload, got null`);
      return payload;
    },
  };
}

/** Creates an agreement and moves it through `statuses` (each dated `on`), asserting every step succeeds. */
export async function agreementIn(
  stack: TestStack,
  token: string,
  input: CreateAgreementInput,
  statuses: [AgreementStatus, string][] = [],
): Promise<TestAgreement> {
  const created = await mutate(stack, token, 'createAgreement', input);
  expect(created.response.errors).toBeUndefined();
  expect(created.payload.userErrors).toEqual([]);
  let agreement = created.payload.agreement;
  for (const [status, on] of statuses) {
    const changed = await mutate(stack, token, 'changeAgreementStatus', {
      agreementId: returned(agreement).id,
      status,
      on,
    });
    expect(changed.payload.userErrors).toEqual([]);
    agreement = changed.payload.agreement;
  }
  return returned(agreement);
}

/** The agreement a successful mutation returned; none fails the test. */
function returned(agreement: TestAgreement | null): TestAgreement {
  if (!agreement) throw new Error('expected the mutation to return the agreement, got null');
  return agreement;
}

export const IN_FORCE: [AgreementStatus, string][] = [
  ['SIGNED', '2024-01-10'],
  ['IN_FORCE', '2024-02-01'],
];

/** A bilateral inspection MoU between two countries sharing the given categories both ways. */
export const bilateral = (
  a: string,
  b: string,
  categories: DataCategory[],
  title = `${a}–${b} labour inspection cooperation`,
): CreateAgreementInput => ({
  title,
  kind: 'BILATERAL',
  draftedOn: '2023-06-01',
  parties: [{ country: a }, { country: b }],
  conventions: ['C081', 'C155'],
  provisions: [{ kind: 'INFORMATION_SHARING', article: 'Art. 3' }, { kind: 'JOINT_INSPECTION' }],
  sharingClauses: categories.map((category) => ({ category, recipients: [{ country: a }, { country: b }] })),
});

/** The union federation that is party to `framework` agreements (and may run their mechanism). */
export const FRAMEWORK_UNION = 'org-global-industrial-workers-federation';

/** A step of a grievance mechanism, in calendar days unless told. */
export const mechanismStep = (
  name: string,
  kind: MechanismStepInput['kind'],
  count: number,
  unit: MechanismStepInput['within']['unit'] = 'CALENDAR_DAYS',
  extra: Partial<MechanismStepInput> = {},
): MechanismStepInput => ({ name, kind, within: { count, unit }, ...extra });

/** A brand–union framework agreement with a GRIEVANCE_MECHANISM provision and the given mechanism. */
export const framework = (
  grievanceMechanism?: GrievanceMechanismInput,
  title = 'Brand–union framework',
): CreateAgreementInput => ({
  title,
  kind: 'GLOBAL_FRAMEWORK_AGREEMENT',
  draftedOn: '2023-06-01',
  parties: [{ organizationId: 'org-rheinwerk-apparel' }, { organizationId: FRAMEWORK_UNION }],
  provisions: [{ kind: 'GRIEVANCE_MECHANISM', article: 'Art. 8' }],
  grievanceMechanism,
});
