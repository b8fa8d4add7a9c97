import { EntitySchema, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import type { Facility } from './facility.entity';

/**
 * The words of a facility's folded name and address, one row each: SQLite's search index
 * (a word-prefix lookup is a range scan of the primary key). PostgreSQL searches
 * `facility.search_text` through a pg_trgm index instead and leaves this table empty.
 */
export class FacilitySearchTerm {
  [PrimaryKeyProp]?: ['term', 'facility'];
  term!: string;
  facility!: Ref<Facility>;
}

export const FacilitySearchTermSchema = new EntitySchema<FacilitySearchTerm>({
  class: FacilitySearchTerm,
  tableName: 'facility_search_term',
  indexes: [{ properties: ['facility'] }],
  properties: {
    term: { type: 'string', length: 100, primary: true },
    facility: { kind: 'm:1', entity: 'Facility', ref: true, primary: true, deleteRule: 'cascade' },
  },
});
