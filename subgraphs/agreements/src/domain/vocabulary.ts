/** The agreements subgraph's words, as in schema.graphql (kept in one place for entities and validation). */
export const AGREEMENT_KINDS = [
  'BILATERAL',
  'MULTILATERAL',
  'TRADE_AGREEMENT_LABOUR_CHAPTER',
  'GLOBAL_FRAMEWORK_AGREEMENT',
  'MEMORANDUM_OF_UNDERSTANDING',
  'ENFORCEABLE_BRAND_AGREEMENT',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = ['DRAFT', 'SIGNED', 'IN_FORCE', 'SUSPENDED', 'TERMINATED', 'EXPIRED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const PROVISION_KINDS = [
  'LABOUR_RIGHTS_COMMITMENT',
  'INFORMATION_SHARING',
  'JOINT_INSPECTION',
  'TECHNICAL_ASSISTANCE',
  'CAPACITY_BUILDING',
  'DISPUTE_RESOLUTION',
  'GRIEVANCE_MECHANISM',
  'INDEPENDENT_MONITORING',
  'REMEDIATION',
  'SUPPLY_CHAIN_DISCLOSURE',
  'WORKER_TRAINING',
] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

/** Shared with the gateway, which forwards each regulator's grants per category in its principal. */
export { DATA_CATEGORIES, type DataCategory } from '../../../../runtime/principal';

export const PARTY_ROLES = ['SIGNATORY', 'WITNESS', 'OBSERVER', 'SECRETARIAT', 'IMPLEMENTING_PARTNER'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** Only signatories are bound; witnesses, observers and secretariats take part without obligations. */
export const isBound = (role: PartyRole) => role === 'SIGNATORY';

export const DEADLINE_ANCHORS = ['FILED', 'ACKNOWLEDGED', 'PREVIOUS_STEP'] as const;
export type DeadlineAnchor = (typeof DEADLINE_ANCHORS)[number];

/**
 * Deadline rules of a grievance mechanism, in the shape the grievances subgraph copies onto a case
 * (its `DeadlineRules`): `name` there is `mechanism`.
 */
export interface GrievanceMechanism {
  name: string;
  acknowledgeWithinDays: number;
  respondWithinDays: number;
  respondWithinMonths: number | null;
  respondAfter: 'FILED' | 'ACKNOWLEDGED';
  reviewSteps: { name: string; withinDays: number; after: DeadlineAnchor }[];
}

/** A party as clauses and inputs name it: a state by ISO code, or an organisation by id. */
export type PartyRef = { country: string; organizationId?: null } | { country?: null; organizationId: string };

/** The stable text form of a party (`country:BD`, `organization:org-x`), used in sharing clauses. */
export function partyKey(party: { country?: string | null; countryCode?: string | null; organizationId?: string | null }): string {
  const country = party.country ?? party.countryCode;
  return country ? `country:${country}` : `organization:${party.organizationId}`;
}
