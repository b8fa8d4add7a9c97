import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestStack } from '../support/stack';

export const AGREEMENT_FIELDS = `
  id title kind status statusSince version draftedOn signedOn inForceFrom endedOn expiresOn allowedTransitions
  parties { role since country { code } organization { id } }
  conventions { code }
  provisions { kind article }
  sharingClauses { category recipients { country { code } organization { id } } }
  statusHistory { status on note }
  grievanceMechanism { name acknowledgeWithinDays respondWithinDays respondAfter reviewSteps { name withinDays after } }
`;

export const PAYLOAD = `agreement { ${AGREEMENT_FIELDS} } userErrors { code message field }`;

/** Runs one agreements mutation with a fresh idempotency key and returns its payload. */
export async function mutate(stack: TestStack, token: string, mutation: string, input: Record<string, unknown>, key: string = randomUUID()) {
  const inputType = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
  const selection = mutation === 'recordRatification' ? 'ratification { status date statusSince dateCertain source country { code } convention { code } } userErrors { code message field }' : PAYLOAD;
  const response = await stack.query(`mutation($input: ${inputType}!, $key: String!) { ${mutation}(input: $input, idempotencyKey: $key) { ${selection} } }`, { input, key }, { token });
  return { response, payload: response.data?.[mutation] };
}

/** Creates an agreement and moves it through `statuses` (each dated `on`), asserting every step succeeds. */
export async function agreementIn(stack: TestStack, token: string, input: Record<string, unknown>, statuses: [string, string][] = []) {
  const created = await mutate(stack, token, 'createAgreement', input);
  expect(created.response.errors).toBeUndefined();
  expect(created.payload.userErrors).toEqual([]);
  let agreement = created.payload.agreement;
  for (const [status, on] of statuses) {
    const changed = await mutate(stack, token, 'changeAgreementStatus', { agreementId: agreement.id, status, on });
    expect(changed.payload.userErrors).toEqual([]);
    agreement = changed.payload.agreement;
  }
  return agreement;
}

export const IN_FORCE: [string, string][] = [['SIGNED', '2024-01-10'], ['IN_FORCE', '2024-02-01']];

/** A bilateral inspection MoU between two countries sharing the given categories both ways. */
export const bilateral = (a: string, b: string, categories: string[], title = `${a}–${b} labour inspection cooperation`) => ({
  title,
  kind: 'BILATERAL',
  draftedOn: '2023-06-01',
  parties: [{ country: a }, { country: b }],
  conventions: ['C081', 'C155'],
  provisions: [{ kind: 'INFORMATION_SHARING', article: 'Art. 3' }, { kind: 'JOINT_INSPECTION' }],
  sharingClauses: categories.map((category) => ({ category, recipients: [{ country: a }, { country: b }] })),
});
