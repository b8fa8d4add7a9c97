import { Collection, EntitySchema, type Ref } from '@mikro-orm/core';
import type { Organization } from './organization.entity';
import { FacilityStatus } from '../__generated__/resolvers-types';
import type { SupplyChainLink } from './supply-chain-link.entity';

export { FacilityStatus };

export class Facility {
  /** Open Supply Hub style id (15 characters). */
  id!: string;
  name!: string;
  address!: string;
  countryCode!: string;
  /** Name and address folded by the matching normaliser (lower case, no accents or punctuation), for search. */
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

/**
 * Search on name and address is index-backed in both dialects, differently: PostgreSQL keeps a
 * pg_trgm GIN index on `search_text` (substring search with ILIKE), SQLite a plain index here
 * and the word table `facility_search_term` (word-prefix search). The callback sees the table's
 * schema only on PostgreSQL, which is how it tells the dialects apart.
 */
const searchIndex = (table: { schema?: string; name: string }, columns: Record<string, string>, name: string) =>
  table.schema
    ? `create extension if not exists pg_trgm; create index "${name}" on "${table.schema}"."${table.name}" using gin ("${columns.searchText}" gin_trgm_ops)`
    : `create index \`${name}\` on \`${table.name}\` (\`${columns.searchText}\`)`;

export const FacilitySchema = new EntitySchema<Facility>({
  class: Facility,
  tableName: 'facility',
  indexes: [
    { properties: ['countryCode', 'status'] },
    { name: 'facility_search_text_index', expression: searchIndex as never },
  ],
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
    status: { enum: true, items: () => Object.values(FacilityStatus), type: 'string', default: 'ACTIVE' },
    movedToId: { type: 'string', length: 15, nullable: true },
    createdAt: { type: 'Date' },
    links: { kind: '1:m', entity: 'SupplyChainLink', mappedBy: 'facility' },
  },
});
