import { EntitySchema, type Ref } from '@mikro-orm/core';
import type { Facility } from './facility.entity';

/** The id of a facility merged into another: old ids keep resolving, to the survivor. */
export class FacilityAlias {
  /** The merged (duplicate) facility's id. */
  id!: string;
  facility!: Ref<Facility>;
  mergedAt!: Date;
  /** Subject of the administrator who merged. */
  mergedBy: string | null = null;
}

export const FacilityAliasSchema = new EntitySchema<FacilityAlias>({
  class: FacilityAlias,
  tableName: 'facility_alias',
  indexes: [{ properties: ['facility'] }],
  properties: {
    id: { type: 'string', primary: true, length: 15 },
    facility: { kind: 'm:1', entity: 'Facility', ref: true, deleteRule: 'cascade' },
    mergedAt: { type: 'Date' },
    mergedBy: { type: 'string', length: 200, nullable: true },
  },
});
