import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { SeededRandom } from '../../demo/random';
import { generateFacilityId } from '../../vocabulary/facility-id';
import type { OrganizationKind } from '../../subgraphs/suppliers/src/entities/organization.entity';
import { graphql } from '../__generated__';
import type { GrievanceStatus, SubmitGrievanceInput } from '../__generated__/graphql';
import { addFacility, addOrganization as addRegistryOrganization, ensureRegistered } from '../support/registry';
import type { TestStack } from '../support/stack';

/** Registry rows and filings for the grievances end-to-end tests. */

const ids = new SeededRandom(707070);
export const newFacilityId = (country: string) =>
  generateFacilityId(country, new Date('2022-05-01T00:00:00Z'), () => ids.next());

/** The same id with a wrong check character, as a mistyped one would be. */
export const mistyped = (id: string) => `${id.slice(0, 14)}${id.endsWith('R') ? 'S' : 'R'}`;

const DEFAULT_FACILITY = newFacilityId('BD');

export const addOrganization = (em: EntityManager, id: string, kind: OrganizationKind, country = 'BD') =>
  addRegistryOrganization(em, id, kind, country);
export { addFacility };

export const FILE_GRIEVANCE = graphql(`
  mutation GrievancesFileCase($input: SubmitGrievanceInput!, $key: String!) {
    submitGrievance(input: $input, idempotencyKey: $key) {
      trackingCode
      secret
      replayed
      notice
      grievance {
        id
        status
        version
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const TRANSITION = graphql(`
  mutation GrievancesMoveCase($id: ID!, $to: GrievanceStatus!, $version: Int!, $note: String, $public: Boolean) {
    transitionGrievance(id: $id, to: $to, expectedVersion: $version, note: $note, public: $public) {
      grievance {
        id
        status
        version
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

/** A valid submission about the default facility, with `overrides` applied. */
export function submission(overrides: Partial<SubmitGrievanceInput> = {}): SubmitGrievanceInput {
  return {
    facility: { id: DEFAULT_FACILITY },
    areas: ['WORKING_TIME', 'COMPENSATION'],
    summary: 'Forced overtime without pay before shipment',
    description: 'For three weeks the line supervisor kept us until 22:00 and the overtime was not paid.',
    language: 'en',
    channel: 'WEB',
    ...overrides,
  };
}

/** A fresh idempotency key: unique without reading the clock. */
export const newKey = (label = 'key') => `${label}-${randomUUID()}`;

/** Files a grievance and fails the test on any error; returns the payload. */
export async function file(stack: TestStack, input: SubmitGrievanceInput, token?: string) {
  await ensureRegistered(stack, input.facility.id);
  const response = await stack.query(FILE_GRIEVANCE, { input, key: newKey('file') }, { token });
  const payload = response.data?.submitGrievance;
  if (response.errors?.length || !payload?.trackingCode || !payload.grievance || payload.userErrors.length) {
    throw new Error(`filing failed: ${JSON.stringify(response.errors ?? payload)}`);
  }
  return { trackingCode: payload.trackingCode, secret: payload.secret ?? null, grievance: payload.grievance };
}

/** Moves a case and fails the test on any error; returns the new version. */
export async function move(
  stack: TestStack,
  token: string,
  id: string,
  to: GrievanceStatus,
  version: number,
  extra: { note?: string; public?: boolean } = {},
) {
  const response = await stack.query(TRANSITION, { id, to, version, ...extra }, { token });
  const payload = response.data?.transitionGrievance;
  if (response.errors?.length || !payload?.grievance || payload.userErrors.length) {
    throw new Error(`move to ${to} failed: ${JSON.stringify(response.errors ?? payload)}`);
  }
  return payload.grievance.version;
}
