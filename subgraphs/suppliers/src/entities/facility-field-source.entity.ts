import { EntitySchema, type Ref } from '@mikro-orm/core';
import { Confidence, FacilityField, ProvenanceKind } from '../__generated__/resolvers-types';
import type { Facility } from './facility.entity';

/**
 * Where the current value of one field of one facility came from, and how sure the registry is of
 * it. One row per facility and field, replaced whenever the value is written (id
 * `<facility id>:<field>`); removed with the facility. A list row is named by its import and row
 * number, which is how `FacilityContribution.canonicalFields` finds the values a row supplied.
 */
export class FacilityFieldSource {
  /** `<facility id>:<field>`, so that replacing a field's source is a delete and an insert by id. */
  id!: string;
  facility!: Ref<Facility>;
  field!: FacilityField;
  kind!: ProvenanceKind;
  confidence!: Confidence;
  /** The organisation whose list stated the value (LIST_IMPORT). */
  organizationId: string | null = null;
  listImportId: string | null = null;
  rowNumber: number | null = null;
  /** A value a merge carried over: the merged facility's id. */
  mergedFromId: string | null = null;
  recordedAt!: Date;
  /** Token subject of whoever wrote the value (an administrator, an uploader, `cli:<user>`). */
  recordedBy: string | null = null;
}

export const FacilityFieldSourceSchema = new EntitySchema<FacilityFieldSource>({
  class: FacilityFieldSource,
  tableName: 'facility_field_source',
  indexes: [{ properties: ['facility'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    facility: { kind: 'm:1', entity: 'Facility', ref: true, deleteRule: 'cascade' },
    field: { enum: true, items: () => Object.values(FacilityField), type: 'string' },
    kind: { enum: true, items: () => Object.values(ProvenanceKind), type: 'string' },
    confidence: { enum: true, items: () => Object.values(Confidence), type: 'string' },
    organizationId: { type: 'string', length: 100, nullable: true },
    listImportId: { type: 'string', length: 40, nullable: true },
    rowNumber: { type: 'integer', nullable: true },
    mergedFromId: { type: 'string', length: 15, nullable: true },
    recordedAt: { type: 'Date' },
    recordedBy: { type: 'string', length: 200, nullable: true },
  },
});
