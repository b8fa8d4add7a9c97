import type { EntityManager } from '@mikro-orm/core';
import { SeededRandom } from '../../demo/random';
import { generateFacilityId } from '../../vocabulary/facility-id';
import type { OrganizationKind } from '../../subgraphs/suppliers/src/entities/organization.entity';
import { addFacility, addOrganization as addRegistryOrganization, ensureRegistered } from '../support/registry';
import type { TestStack } from '../support/stack';

/** Registry rows and filings for the grievances end-to-end tests. */

const ids = new SeededRandom(707070);
export const newFacilityId = (country: string) => generateFacilityId(country, new Date('2022-05-01T00:00:00Z'), () => ids.next());

/** The same id with a wrong check character, as a mistyped one would be. */
export const mistyped = (id: string) => `${id.slice(0, 14)}${id.endsWith('R') ? 'S' : 'R'}`;

const DEFAULT_FACILITY = newFacilityId('BD');

export const addOrganization = (em: EntityManager, id: string, kind: OrganizationKind, country = 'BD') => addRegistryOrganization(em, id, kind, country);
export { addFacility };
export const FILE_GRIEVANCE = /* GraphQL */ `
  mutation FileGrievance($input: SubmitGrievanceInput!, $key: String!) {
    submitGrievance(input: $input, idempotencyKey: $key) {
      trackingCode secret replayed notice
      grievance { id status version }
      userErrors { code message field }
    }
  }
`;

export const TRANSITION = /* GraphQL */ `
  mutation Move($id: ID!, $to: GrievanceStatus!, $version: Int!, $note: String, $public: Boolean) {
    transitionGrievance(id: $id, to: $to, expectedVersion: $version, note: $note, public: $public) {
      grievance { id status version }
      userErrors { code message field }
    }
  }
`;

export function submission(overrides: Record<string, unknown> = {}) {
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

let keys = 0;
export const newKey = (label = 'key') => `${label}-${process.pid}-${Date.now()}-${++keys}`;

/** Files a grievance and fails the test on any error; returns the payload. */
export async function file(stack: TestStack, input: Record<string, unknown>, token?: string) {
  await ensureRegistered(stack, (input.facility as { id?: string } | undefined)?.id);
  const response = await stack.query(FILE_GRIEVANCE, { input, key: newKey('file') }, { token });
  if (response.errors?.length || response.data?.submitGrievance.userErrors.length) {
    throw new Error(`filing failed: ${JSON.stringify(response.errors ?? response.data?.submitGrievance.userErrors)}`);
  }
  return response.data.submitGrievance as { trackingCode: string; secret: string | null; grievance: { id: string; status: string; version: number } };
}

/** Moves a case and fails the test on any error; returns the new version. */
export async function move(stack: TestStack, token: string, id: string, to: string, version: number, extra: Record<string, unknown> = {}) {
  const response = await stack.query(TRANSITION, { id, to, version, ...extra }, { token });
  const payload = response.data?.transitionGrievance;
  if (response.errors?.length || payload?.userErrors.length) throw new Error(`move to ${to} failed: ${JSON.stringify(response.errors ?? payload.userErrors)}`);
  return payload.grievance.version as number;
}
