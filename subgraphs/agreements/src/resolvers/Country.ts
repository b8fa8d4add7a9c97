import { countryByCode } from '../domain/reference-data';
import { categoriesReceived, receivesFrom, sharesWith, sharingPartnersOf } from '../domain/sharing';
import type { CountryResolvers, Region } from '../__generated__/resolvers-types';
import { knownConventionCode, knownCountry } from '../domain/validation';

const countries = (codes: readonly string[]) => codes.map((code) => countryByCode(code)!);

export const Country: CountryResolvers = {
  __resolveReference: ({ code }) => countryByCode(code) ?? null,
  region: (country) => country.region.toUpperCase() as Region,

  ratifications: async (country, { status }, { loaders }) => {
    const ratifications = await loaders.ratificationsOfCountry.load(country.code);
    return status?.length
      ? ratifications.filter((ratification) => status.includes(ratification.status))
      : ratifications;
  },
  hasRatified: async (country, { code }, { loaders }) => {
    const convention = knownConventionCode('code', code);
    const ratifications = await loaders.ratificationsOfCountry.load(country.code);
    return ratifications.some(
      (ratification) => ratification.conventionCode === convention && ratification.status !== 'DENOUNCED',
    );
  },

  agreements: async (country, { status }, { loaders }) => {
    const agreements = await loaders.agreementsOfCountry.load(country.code);
    return status?.length ? agreements.filter((agreement) => status.includes(agreement.status)) : agreements;
  },

  receivesFrom: async (country, { category }, { loaders }) =>
    countries(receivesFrom(await loaders.sharingGrantsOf.load(country.code), country.code, category)),
  sharesWith: async (country, { category }, { loaders }) =>
    countries(sharesWith(await loaders.sharingGrantsOf.load(country.code), country.code, category)),
  sharingPartners: async (country, _args, { loaders }) =>
    sharingPartnersOf(await loaders.sharingGrantsOf.load(country.code), country.code),
  categoriesReceivedFrom: async (country, args, { loaders }) => {
    const sender = knownCountry('country', args.country);
    return categoriesReceived(await loaders.sharingGrantsOf.load(country.code), country.code, sender.code);
  },
};
