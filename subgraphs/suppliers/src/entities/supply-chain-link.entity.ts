import { EntitySchema, type Opt, type Ref } from '@mikro-orm/core';
import type { Facility } from './facility.entity';
import type { Organization } from './organization.entity';

/** Where a link stands: proposed by one side, in force, declined by the other side, or ended. */
export const SUPPLY_CHAIN_LINK_STATUSES = ['PROPOSED', 'ACTIVE', 'DECLINED', 'ENDED'] as const;
export type SupplyChainLinkStatus = (typeof SUPPLY_CHAIN_LINK_STATUSES)[number];
/** Who acted on a link: the brand, the supplier owning the facility, or an administrator as the registry's steward. */
export const SUPPLY_CHAIN_SIDES = ['BRAND', 'SUPPLIER', 'REGISTRY'] as const;
export type SupplyChainSide = (typeof SUPPLY_CHAIN_SIDES)[number];
/** The statuses of a link that counts: at most one such link per brand and facility. */
export const CURRENT_LINK_STATUSES: SupplyChainLinkStatus[] = ['PROPOSED', 'ACTIVE'];

/**
 * A buyer (brand) sourcing from a facility, directly (tier 1) or further down the chain, where a
 * tier-n link (n ≥ 2) names the tier-(n-1) facility it supplies. Links made by the seed and by
 * list imports are ACTIVE at once; links proposed through the API wait for the other side.
 */
export class SupplyChainLink {
  id!: string;
  buyer!: Ref<Organization>;
  facility!: Ref<Facility>;
  tier = 1;
  /** YYYY-MM-DD */
  since!: string;
  until: string | null = null;
  products: string[] = [];
  publiclyDisclosed = false;
  status: Opt<SupplyChainLinkStatus> = 'ACTIVE';
  /** For tier ≥ 2: the facility of the brand's supply chain, one tier closer, that this one supplies. */
  suppliesFacility: Ref<Facility> | null = null;
  /** Null for links recorded by an import or the seed. */
  proposedBy: SupplyChainSide | null = null;
  /** YYYY-MM-DD the link ended (ENDED) or was declined (DECLINED). */
  endedOn: string | null = null;
  endedBy: SupplyChainSide | null = null;
  endReason: string | null = null;
  /** A re-tiering proposed by one side and waiting for the other: the new tier and the facility it would supply. */
  pendingTier: number | null = null;
  pendingSuppliesFacilityId: string | null = null;
  pendingProposedBy: SupplyChainSide | null = null;
}

/**
 * One current (PROPOSED or ACTIVE) link per brand and facility, while ended and declined links
 * stay as history: a partial unique index, written alike in both dialects. The callback sees the
 * table's schema only on PostgreSQL.
 */
const oneCurrentLink = (table: { schema?: string; name: string }, columns: Record<string, string>, name: string) => {
  const on = table.schema ? `"${table.schema}"."${table.name}"` : `"${table.name}"`;
  return `create unique index "${name}" on ${on} ("${columns.buyer}", "${columns.facility}") where "${columns.status}" in ('PROPOSED', 'ACTIVE')`;
};

export const SupplyChainLinkSchema = new EntitySchema<SupplyChainLink>({
  class: SupplyChainLink,
  tableName: 'supply_chain_link',
  indexes: [
    { properties: ['facility'] },
    { properties: ['buyer', 'status', 'tier'] },
    { properties: ['suppliesFacility'] },
    { name: 'supply_chain_link_current_unique', expression: oneCurrentLink as never },
  ],
  properties: {
    id: { type: 'string', primary: true, length: 100 },
    buyer: { kind: 'm:1', entity: 'Organization', ref: true, deleteRule: 'cascade' },
    facility: { kind: 'm:1', entity: 'Facility', ref: true, deleteRule: 'cascade' },
    tier: { type: 'integer' },
    since: { type: 'date' },
    until: { type: 'date', nullable: true },
    products: { type: 'json' },
    publiclyDisclosed: { type: 'boolean', default: false },
    status: { enum: true, items: () => [...SUPPLY_CHAIN_LINK_STATUSES], type: 'string', default: 'ACTIVE' },
    suppliesFacility: {
      kind: 'm:1',
      entity: 'Facility',
      ref: true,
      nullable: true,
      deleteRule: 'set null',
    },
    proposedBy: { enum: true, items: () => [...SUPPLY_CHAIN_SIDES], type: 'string', nullable: true },
    endedOn: { type: 'date', nullable: true },
    endedBy: { enum: true, items: () => [...SUPPLY_CHAIN_SIDES], type: 'string', nullable: true },
    endReason: { type: 'string', length: 500, nullable: true },
    pendingTier: { type: 'integer', nullable: true },
    pendingSuppliesFacilityId: { type: 'string', length: 15, nullable: true },
    pendingProposedBy: { enum: true, items: () => [...SUPPLY_CHAIN_SIDES], type: 'string', nullable: true },
  },
});
