import { differingFields, presentFields, sourceRecord, type FieldSourceRecord, type FieldValues } from './provenance';

/**
 * The sources a merge leaves on the survivor, for the fields it changed: a field that was empty
 * and took the merged facility's value keeps that value's source (with `mergedFrom`); a field
 * that combined both facilities' values (sectors, product types) is the merge's own, INFERRED.
 */
export function mergedSources(
  survivorId: string,
  duplicateId: string,
  before: FieldValues,
  after: FieldValues,
  duplicateSources: readonly Omit<FieldSourceRecord, 'id' | 'facility' | 'mergedFromId'>[],
  stamp: { recordedAt: Date; recordedBy: string | null },
): FieldSourceRecord[] {
  const taken = new Map(duplicateSources.map((source) => [source.field, source]));
  const hadValue = new Set(presentFields(before));
  return differingFields(after, before).map((field) => {
    const own = taken.get(field);
    if (hadValue.has(field) || !own)
      return sourceRecord(survivorId, field, { kind: 'MERGE', mergedFromId: duplicateId, ...stamp });
    return { ...own, id: `${survivorId}:${field}`, facility: survivorId, field, mergedFromId: duplicateId };
  });
}
