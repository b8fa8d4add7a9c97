import { conventionByCode } from '../domain/reference-data';
import type { ConventionResolvers } from '../__generated__/resolvers-types';

export const Convention: ConventionResolvers = {
  __resolveReference: ({ code }) => conventionByCode(code) ?? null,
  supplements: (convention) => (convention.supplements ? conventionByCode(convention.supplements)! : null),
  fundamentalSince: (convention) => convention.fundamentalSince ?? null,
  note: (convention) => convention.note ?? null,
  ratifications: async (convention, { status }, { loaders }) => {
    const ratifications = await loaders.ratificationsOfConvention.load(convention.code);
    return status?.length
      ? ratifications.filter((ratification) => status.includes(ratification.status))
      : ratifications;
  },
};
