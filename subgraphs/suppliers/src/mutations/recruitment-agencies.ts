import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { forbidden } from '../../../../runtime/errors';
import {
  payloadOf,
  Refusal,
  rejectInvalid,
  requireRole,
  runMutation,
  type InputIssue,
} from '../../../../runtime/mutation';
import { isKnownCountry } from '../../../../vocabulary/countries';
import type { Context } from '../context';
import { Organization } from '../entities/organization.entity';
import type { RegisterRecruitmentAgencyInput } from '../__generated__/resolvers-types';

/** ADMIN, the registry's steward, for any licence; a regulator for the licences its country issued. */
const REGISTERING_ROLES = ['ADMIN', 'REGULATOR'] as const;

export const countryIssues = (code: string, path: string[]): InputIssue[] =>
  isKnownCountry(code) ? [] : [{ path, message: `${code} is not an ISO 3166-1 alpha-2 country code` }];

/**
 * Registers a recruitment agency with its licence. The licence number is trimmed and unique per
 * licensing country: the same licence cannot stand for two agencies.
 */
export async function registerRecruitmentAgency(
  context: Context,
  input: RegisterRecruitmentAgencyInput,
  idempotencyKey: string,
) {
  const { principal } = context;
  requireRole(context, REGISTERING_ROLES, 'registerRecruitmentAgency');
  if (principal.role === 'REGULATOR' && principal.country !== input.licenceCountry)
    throw forbidden('A regulator registers recruitment agencies licensed by its own country only');
  const name = input.name.trim();
  const licenceNumber = input.licenceNumber.trim();
  const issues: InputIssue[] = [
    ...countryIssues(input.country, ['input', 'country']),
    ...countryIssues(input.licenceCountry, ['input', 'licenceCountry']),
  ];
  if (!name || name.length > 300) issues.push({ path: ['input', 'name'], message: 'between 1 and 300 characters' });
  if (!licenceNumber || licenceNumber.length > 100)
    issues.push({ path: ['input', 'licenceNumber'], message: 'a licence number of 1 to 100 characters is required' });
  if (input.website && input.website.length > 300)
    issues.push({ path: ['input', 'website'], message: 'at most 300 characters' });
  rejectInvalid('The recruitment agency was not registered', issues);

  const outcome = await runMutation(context, {
    operation: 'registerRecruitmentAgency',
    idempotency: { key: idempotencyKey, input },
    write: (tx) => register(tx, { ...input, name, licenceNumber }, context.clock.now()),
    audited: ({ agencyId, country }) => ({ target: `Organization:${agencyId}`, country }),
  });
  return payloadOf(outcome, async ({ agencyId }) => ({ agency: await context.em.findOne(Organization, agencyId) }), {
    agency: null,
  });
}

async function register(tx: EntityManager, input: RegisterRecruitmentAgencyInput, now: Date) {
  const taken = await tx.findOne(Organization, {
    licenceCountry: input.licenceCountry,
    licenceNumber: input.licenceNumber,
  });
  if (taken)
    throw new Refusal(
      'CONFLICT',
      `Licence ${input.licenceNumber} of ${input.licenceCountry} is already registered to ${taken.id}`,
      ['input', 'licenceNumber'],
    );
  const agency = tx.create(Organization, {
    id: `org-${randomUUID()}`,
    name: input.name,
    kind: 'RECRUITMENT_AGENCY',
    countryCode: input.country,
    verified: false,
    website: input.website ?? null,
    licenceCountry: input.licenceCountry,
    licenceNumber: input.licenceNumber,
    licenceValidUntil: input.validUntil ?? null,
    createdAt: now,
  });
  await tx.flush();
  return { agencyId: agency.id, country: input.licenceCountry };
}
