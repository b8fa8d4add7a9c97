/**
 * The agreements subgraph's words. The enums are the ones generated from schema.graphql, listed
 * here as arrays (in the schema's order) for entities, validation and the lifecycle.
 */
import {
  AgreementKind,
  AgreementStatus,
  ConventionCategory,
  PartyRole,
  ProvisionKind,
  RatificationStatus,
  Region,
  type DeadlineAnchor,
  type ResponseAnchor,
} from '../__generated__/resolvers-types';

export type {
  AgreementKind,
  AgreementStatus,
  ConventionCategory,
  DeadlineAnchor,
  PartyRole,
  ProvisionKind,
  RatificationStatus,
  Region,
  ResponseAnchor,
};

/** The values of a generated enum object, typed as a non-empty list (what zod and MikroORM want). */
const valuesOf = <Values extends string>(enumObject: Record<string, Values>) =>
  Object.values(enumObject) as [Values, ...Values[]];

export const AGREEMENT_KINDS = valuesOf(AgreementKind);
export const AGREEMENT_STATUSES = valuesOf(AgreementStatus);
export const PROVISION_KINDS = valuesOf(ProvisionKind);
export const PARTY_ROLES = valuesOf(PartyRole);
export const RATIFICATION_STATUSES = valuesOf(RatificationStatus);
export const CONVENTION_CATEGORIES = valuesOf(ConventionCategory);

/** UN M49 regions as the country list writes them (`Africa`); the schema's Region is upper-case. */
export type RegionName = Capitalize<Lowercase<Region>>;
export const REGION_NAMES = valuesOf(Region).map(
  (region) => `${region[0]}${region.slice(1).toLowerCase()}` as RegionName,
) as [RegionName, ...RegionName[]];

/** Shared with the gateway, which forwards each regulator's grants per category in its principal. */
export { DATA_CATEGORIES, type DataCategory } from '../../../../runtime/principal';

/** Only signatories are bound; witnesses, observers and secretariats take part without obligations. */
export const isBound = (role: PartyRole) => role === 'SIGNATORY';

/**
 * An agreement's grievance mechanism, in the step model the grievances subgraph shares: what
 * `Agreement.grievanceMechanism` answers (a row written before steps is converted, see
 * `mechanismOf`).
 */
export type { AgreementMechanism as GrievanceMechanism } from '../../../../vocabulary/grievance-rules';

/** The stable text form of a party (`country:BD`, `organization:org-x`), used in sharing clauses. */
export function partyKey(party: {
  country?: string | null;
  countryCode?: string | null;
  organizationId?: string | null;
}): string {
  const country = party.country ?? party.countryCode;
  return country ? `country:${country}` : `organization:${party.organizationId}`;
}
