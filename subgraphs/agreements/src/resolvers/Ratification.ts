import { conventionByCode, countryByCode } from '../domain/reference-data';
import type { RatificationResolvers } from '../__generated__/resolvers-types';

export const Ratification: RatificationResolvers = {
  country: (ratification) => countryByCode(ratification.countryCode)!,
  convention: (ratification) => conventionByCode(ratification.conventionCode)!,
};
