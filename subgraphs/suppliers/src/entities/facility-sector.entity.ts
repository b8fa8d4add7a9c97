import { EntitySchema, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import type { Facility } from './facility.entity';

/**
 * One sector of one facility. `Facility.sectors` keeps the sectors as written for display; this
 * table keeps their folded form so that `filter: { sector }` is an index lookup, not a JSON scan.
 */
export class FacilitySector {
  [PrimaryKeyProp]?: ['sector', 'facility'];
  /** Folded (lower-case, accent-free) sector name, e.g. `home textiles`. */
  sector!: string;
  facility!: Ref<Facility>;
}

export const FacilitySectorSchema = new EntitySchema<FacilitySector>({
  class: FacilitySector,
  tableName: 'facility_sector',
  // The primary key (sector, facility) serves the filter; this index serves deletes by facility.
  indexes: [{ properties: ['facility'] }],
  properties: {
    sector: { type: 'string', length: 100, primary: true },
    facility: { kind: 'm:1', entity: 'Facility', ref: true, primary: true, deleteRule: 'cascade' },
  },
});
