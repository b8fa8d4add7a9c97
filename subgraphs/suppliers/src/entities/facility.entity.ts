import { Collection, EntitySchema, type Ref } from '@mikro-orm/core';
import type { Organization } from './organization.entity';
import type { SupplyChainLink } from './supply-chain-link.entity';

export const FACILITY_STATUSES = ['ACTIVE', 'CLOSED', 'MOVED'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

export class Facility {
  /** Open Supply Hub style id (15 characters). */
  id!: string;
  name!: string;
  address!: string;
  countryCode!: string;
  /** Lower-cased, accent-free name and address, for index-backed search and matching. */
  searchText!: string;
  latitude: number | null = null;
  longitude: number | null = null;
  sectors: string[] = [];
  productTypes: string[] = [];
  workerCountMin: number | null = null;
  workerCountMax: number | null = null;
  femaleWorkerShare: number | null = null;
  migrantWorkerShare: number | null = null;
  owner: Ref<Organization> | null = null;
  status: FacilityStatus = 'ACTIVE';
  movedToId: string | null = null;
  createdAt = new Date();
  /** Buyers' links into this facility (the owning side is SupplyChainLink.facility). */
  links = new Collection<SupplyChainLink>(this);
}

export const FacilitySchema = new EntitySchema<Facility>({
  class: Facility,
  tableName: 'facility',
  indexes: [{ properties: ['countryCode', 'status'] }, { properties: ['searchText'] }],
  properties: {
    id: { type: 'string', primary: true, length: 15 },
    name: { type: 'string', length: 300 },
    address: { type: 'string', length: 500 },
    countryCode: { type: 'string', length: 2 },
    searchText: { type: 'string', length: 800 },
    latitude: { type: 'double', nullable: true },
    longitude: { type: 'double', nullable: true },
    sectors: { type: 'json' },
    productTypes: { type: 'json' },
    workerCountMin: { type: 'integer', nullable: true },
    workerCountMax: { type: 'integer', nullable: true },
    femaleWorkerShare: { type: 'double', nullable: true },
    migrantWorkerShare: { type: 'double', nullable: true },
    owner: { kind: 'm:1', entity: 'Organization', ref: true, nullable: true, deleteRule: 'set null' },
    status: { enum: true, items: () => [...FACILITY_STATUSES], type: 'string', default: 'ACTIVE' },
    movedToId: { type: 'string', length: 15, nullable: true },
    createdAt: { type: 'datetime' },
    links: { kind: '1:m', entity: 'SupplyChainLink', mappedBy: 'facility' },
  },
});
