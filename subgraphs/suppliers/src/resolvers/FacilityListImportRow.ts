import type { FacilityListImportRowResolvers } from '../__generated__/resolvers-types';

/** A row's country, name and address are those it was read with; its facility resolves merged ids to the survivor. */
export const FacilityListImportRow: FacilityListImportRowResolvers = {
  country: (row) => row.data?.country ?? null,
  name: (row) => row.data?.name ?? null,
  address: (row) => row.data?.address ?? null,
  facility: (row, _args, { loaders }) => (row.facilityId ? loaders.facility.load(row.facilityId) : null),
};
