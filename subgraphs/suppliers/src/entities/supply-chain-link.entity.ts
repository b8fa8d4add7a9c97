import { EntitySchema, type Ref } from '@mikro-orm/core';
import type { Facility } from './facility.entity';
import type { Organization } from './organization.entity';

/** A buyer (brand) sourcing from a facility, directly (tier 1) or further down the chain. */
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
}

export const SupplyChainLinkSchema = new EntitySchema<SupplyChainLink>({
  class: SupplyChainLink,
  tableName: 'supply_chain_link',
  uniques: [{ properties: ['buyer', 'facility'] }],
  indexes: [{ properties: ['facility'] }],
  properties: {
    id: { type: 'string', primary: true, length: 100 },
    buyer: { kind: 'm:1', entity: 'Organization', ref: true, deleteRule: 'cascade' },
    facility: { kind: 'm:1', entity: 'Facility', ref: true, deleteRule: 'cascade' },
    tier: { type: 'integer' },
    since: { type: 'date' },
    until: { type: 'date', nullable: true },
    products: { type: 'json' },
    publiclyDisclosed: { type: 'boolean', default: false },
  },
});
