import type { Confidence, FacilityField, ProvenanceKind } from '../__generated__/resolvers-types';
import type { FacilityListRow } from './facility-list-row';
import { foldText, sectorKey } from './normalise';

/**
 * Provenance: where each value of a facility comes from and how sure the registry is of it.
 *
 * | source | kind | confidence |
 * | --- | --- | --- |
 * | a row of a brand's or supplier's list (every field it states, and a supplier's ownership) | LIST_IMPORT | REPORTED |
 * | the status a facility registered from a list starts with (ACTIVE) | LIST_IMPORT | INFERRED |
 * | the demo data set | SEED | REPORTED |
 * | the registry's stewards (ADMIN): a move | REGISTRY_STEWARD | VERIFIED |
 * | a merge that combined both facilities' sectors or product types | MERGE | INFERRED |
 * | a merge that took a value over from the merged facility unchanged | (the value's own source) | (its own) |
 */

/** The values of a facility that provenance speaks of, in comparable form. */
export interface FieldValues {
  name: string;
  address: string;
  countryCode: string;
  latitude: number | null;
  longitude: number | null;
  sectors: string[];
  productTypes: string[];
  workerCountMin: number | null;
  workerCountMax: number | null;
  femaleWorkerShare: number | null;
  migrantWorkerShare: number | null;
  ownerId: string | null;
  status: string;
  movedToId: string | null;
}

/** Who wrote a value, and through what. */
export interface SourceStamp {
  kind: ProvenanceKind;
  organizationId?: string | null;
  listImportId?: string | null;
  rowNumber?: number | null;
  mergedFromId?: string | null;
  recordedAt: Date;
  recordedBy?: string | null;
}

/** One stored source: the row of `facility_field_source`. */
export interface FieldSourceRecord {
  id: string;
  facility: string;
  field: FacilityField;
  kind: ProvenanceKind;
  confidence: Confidence;
  organizationId: string | null;
  listImportId: string | null;
  rowNumber: number | null;
  mergedFromId: string | null;
  recordedAt: Date;
  recordedBy: string | null;
}

const CONFIDENCE_OF_KIND: Record<ProvenanceKind, Confidence> = {
  LIST_IMPORT: 'REPORTED',
  SEED: 'REPORTED',
  REGISTRY_STEWARD: 'VERIFIED',
  MERGE: 'INFERRED',
};

/** The confidence of a value written by `kind`; a list's registration states no status, the registry derives ACTIVE. */
export function confidenceOf(kind: ProvenanceKind, field: FacilityField): Confidence {
  if (kind === 'LIST_IMPORT' && field === 'STATUS') return 'INFERRED';
  return CONFIDENCE_OF_KIND[kind];
}

export function sourceRecord(
  facilityId: string,
  field: FacilityField,
  stamp: SourceStamp,
  confidence = confidenceOf(stamp.kind, field),
): FieldSourceRecord {
  return {
    id: `${facilityId}:${field}`,
    facility: facilityId,
    field,
    kind: stamp.kind,
    confidence,
    organizationId: stamp.organizationId ?? null,
    listImportId: stamp.listImportId ?? null,
    rowNumber: stamp.rowNumber ?? null,
    mergedFromId: stamp.mergedFromId ?? null,
    recordedAt: stamp.recordedAt,
    recordedBy: stamp.recordedBy ?? null,
  };
}

/** The fields that hold a value, in the order clients read them. */
export function presentFields(values: Partial<FieldValues>): FacilityField[] {
  const has = {
    NAME: !!values.name,
    ADDRESS: !!values.address,
    COUNTRY: !!values.countryCode,
    LOCATION: values.latitude != null && values.longitude != null,
    SECTORS: (values.sectors?.length ?? 0) > 0,
    PRODUCT_TYPES: (values.productTypes?.length ?? 0) > 0,
    WORKER_COUNT: values.workerCountMin != null,
    FEMALE_WORKER_SHARE: values.femaleWorkerShare != null,
    MIGRANT_WORKER_SHARE: values.migrantWorkerShare != null,
    OWNER: values.ownerId != null,
    STATUS: !!values.status,
  } satisfies Record<FacilityField, boolean>;
  return (Object.keys(has) as FacilityField[]).filter((field) => has[field]);
}

/** The sources of a new registration: one per field it holds, all from the same stamp. */
export function registrationSources(facilityId: string, values: Partial<FieldValues>, stamp: SourceStamp) {
  return presentFields(values).map((field) => sourceRecord(facilityId, field, stamp));
}

const sameList = (a: string[], b: string[], key: (value: string) => string) => {
  const left = new Set(a.map(key));
  const right = new Set(b.map(key));
  return left.size === right.size && [...left].every((value) => right.has(value));
};

/** Whether two values of a field are the same claim (text compared as matching folds it). */
function agrees(field: FacilityField, a: Partial<FieldValues>, b: Partial<FieldValues>): boolean {
  switch (field) {
    case 'NAME':
      return foldText(a.name ?? '') === foldText(b.name ?? '');
    case 'ADDRESS':
      return foldText(a.address ?? '') === foldText(b.address ?? '');
    case 'COUNTRY':
      return a.countryCode === b.countryCode;
    case 'LOCATION':
      return a.latitude === b.latitude && a.longitude === b.longitude;
    case 'SECTORS':
      return sameList(a.sectors ?? [], b.sectors ?? [], sectorKey);
    case 'PRODUCT_TYPES':
      return sameList(a.productTypes ?? [], b.productTypes ?? [], foldText);
    case 'WORKER_COUNT':
      return a.workerCountMin === b.workerCountMin && a.workerCountMax === b.workerCountMax;
    case 'FEMALE_WORKER_SHARE':
      return a.femaleWorkerShare === b.femaleWorkerShare;
    case 'MIGRANT_WORKER_SHARE':
      return a.migrantWorkerShare === b.migrantWorkerShare;
    case 'OWNER':
      return a.ownerId === b.ownerId;
    case 'STATUS':
      return a.status === b.status && (a.movedToId ?? null) === (b.movedToId ?? null);
  }
}

/** The fields a contribution states with a value other than the registry's current one. */
export function differingFields(claimed: Partial<FieldValues>, current: Partial<FieldValues>): FacilityField[] {
  return presentFields(claimed).filter((field) => !agrees(field, claimed, current));
}

/** The values a list row states, in the registry's terms: what a facility it registers starts with. */
export function rowValues(row: FacilityListRow) {
  return {
    name: row.name,
    address: row.address,
    countryCode: row.country,
    sectors: row.sectors,
    productTypes: row.productTypes,
    workerCountMin: row.numberOfWorkers?.min ?? null,
    workerCountMax: row.numberOfWorkers?.max ?? null,
    latitude: row.location?.lat ?? null,
    longitude: row.location?.lng ?? null,
  };
}

/** A facility's values as provenance compares them. */
export function fieldValuesOf(facility: Omit<FieldValues, 'ownerId'> & { owner: { id: string } | null }): FieldValues {
  return {
    name: facility.name,
    address: facility.address,
    countryCode: facility.countryCode,
    latitude: facility.latitude,
    longitude: facility.longitude,
    sectors: [...facility.sectors],
    productTypes: [...facility.productTypes],
    workerCountMin: facility.workerCountMin,
    workerCountMax: facility.workerCountMax,
    femaleWorkerShare: facility.femaleWorkerShare,
    migrantWorkerShare: facility.migrantWorkerShare,
    ownerId: facility.owner?.id ?? null,
    status: facility.status,
    movedToId: facility.movedToId,
  };
}
