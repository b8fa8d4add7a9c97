import { randomUUID } from 'node:crypto';
import { ref, type EntityManager } from '@mikro-orm/core';
import { forbidden } from '../../../../runtime/errors';
import {
  payloadOf,
  Refusal,
  rejectInvalid,
  requireRole,
  runMutation,
  type InputIssue,
  type MutationOutcome,
} from '../../../../runtime/mutation';
import type { Principal } from '../../../../runtime/principal';
import type { Context } from '../context';
import type { Facility } from '../entities/facility.entity';
import { Organization } from '../entities/organization.entity';
import { RecruitmentChannel } from '../entities/recruitment-channel.entity';
import { facilityIdInput } from '../queries/facility-ids';
import { facilityNamed } from '../queries/supply-chain-links';
import type { LinkRecruitmentAgencyInput } from '../__generated__/resolvers-types';
import { countryIssues } from './recruitment-agencies';
import { today } from './supply-chain-payload';

/** The facility's owner speaks for how it recruits; ADMIN as the registry's steward. */
const CHANNEL_ROLES = ['SUPPLIER', 'ADMIN'] as const;

type WrittenChannel = { channelId: string; country: string };

function requireOwner(principal: Principal, facility: Facility, operation: string) {
  if (principal.role !== 'ADMIN' && facility.owner?.id !== principal.organizationId)
    throw forbidden(`${operation}: a supplier records the recruitment of the facilities its organisation owns only`);
}

/** The facility's owner records that it recruits through a registered recruitment agency. */
export async function linkRecruitmentAgency(
  context: Context,
  input: LinkRecruitmentAgencyInput,
  idempotencyKey: string,
) {
  requireRole(context, CHANNEL_ROLES, 'linkRecruitmentAgency', { organization: context.principal.role !== 'ADMIN' });
  const issues: InputIssue[] = [];
  const facilityId = facilityIdInput(input.facilityId, ['input', 'facilityId'], context.clock.now(), issues);
  if (input.since > today(context.clock.now()))
    issues.push({ path: ['input', 'since'], message: 'a channel cannot begin after today' });
  if (input.corridor) {
    const { fromCountry, toCountry } = input.corridor;
    issues.push(...countryIssues(fromCountry, ['input', 'corridor', 'fromCountry']));
    issues.push(...countryIssues(toCountry, ['input', 'corridor', 'toCountry']));
    if (fromCountry === toCountry)
      issues.push({ path: ['input', 'corridor', 'toCountry'], message: 'a corridor joins two different countries' });
  }
  rejectInvalid('The recruitment agency was not linked', issues);

  const outcome = await runMutation(context, {
    operation: 'linkRecruitmentAgency',
    idempotency: { key: idempotencyKey, input },
    write: (tx) => link(tx, context.principal, { ...input, facilityId }, context.clock.now()),
    audited: ({ channelId, country }) => ({ target: `RecruitmentChannel:${channelId}`, country }),
  });
  return channelPayload(context, outcome);
}

async function link(tx: EntityManager, principal: Principal, input: LinkRecruitmentAgencyInput, now: Date) {
  const facility = await facilityNamed(tx, input.facilityId, ['input', 'facilityId']);
  requireOwner(principal, facility, 'linkRecruitmentAgency');
  const agency = await tx.findOne(Organization, input.agencyId);
  if (!agency) throw new Refusal('NOT_FOUND', `No organisation ${input.agencyId}`, ['input', 'agencyId']);
  if (agency.kind !== 'RECRUITMENT_AGENCY')
    throw new Refusal('BAD_USER_INPUT', `${agency.id} is a ${agency.kind}, not a recruitment agency`, [
      'input',
      'agencyId',
    ]);
  const corridor = { fromCountry: input.corridor?.fromCountry ?? null, toCountry: input.corridor?.toCountry ?? null };
  const current = await tx.findOne(RecruitmentChannel, { facility, agency, ...corridor, until: null });
  if (current)
    throw new Refusal('CONFLICT', `${facility.id} already recruits through ${agency.id} (${current.id})`, [
      'input',
      'agencyId',
    ]);
  const channel = tx.create(RecruitmentChannel, {
    id: `rch-${randomUUID()}`,
    facility: ref(facility),
    agency: ref(agency),
    ...corridor,
    since: input.since,
    until: null,
    createdAt: now,
  });
  await tx.flush();
  return { channelId: channel.id, country: facility.countryCode };
}

/** The facility's owner (or ADMIN) ends a channel as of today; it stays as history. */
export async function endRecruitmentAgencyLink(context: Context, id: string) {
  requireRole(context, CHANNEL_ROLES, 'endRecruitmentAgencyLink', {
    organization: context.principal.role !== 'ADMIN',
  });
  const day = today(context.clock.now());
  const outcome = await runMutation(context, {
    operation: 'endRecruitmentAgencyLink',
    write: async (tx): Promise<WrittenChannel> => {
      const channel = await tx.findOne(RecruitmentChannel, id, { populate: ['facility'] });
      const facility = channel?.facility.getEntity();
      // A channel of someone else's facility is not revealed.
      if (
        !channel ||
        !facility ||
        (context.principal.role !== 'ADMIN' && facility.owner?.id !== context.principal.organizationId)
      )
        throw new Refusal('NOT_FOUND', `No recruitment channel ${id}`, ['id']);
      if (channel.until) throw new Refusal('CONFLICT', `The channel ended on ${channel.until}`, ['id']);
      channel.until = day < channel.since ? channel.since : day;
      await tx.flush();
      return { channelId: channel.id, country: facility.countryCode };
    },
    audited: ({ channelId, country }) => ({ target: `RecruitmentChannel:${channelId}`, country }),
  });
  return channelPayload(context, outcome);
}

/** Only the owner and admins act on channels, and both see them all: the payload needs no visibility filter. */
const channelPayload = (context: Context, outcome: MutationOutcome<WrittenChannel>) =>
  payloadOf(outcome, async ({ channelId }) => ({ channel: await context.em.findOne(RecruitmentChannel, channelId) }), {
    channel: null,
  });
