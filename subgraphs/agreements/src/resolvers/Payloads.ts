import type { AgreementPayloadResolvers, RatificationPayloadResolvers } from '../__generated__/resolvers-types';

export const AgreementPayload: AgreementPayloadResolvers = {
  agreement: (result, _args, { loaders }) => (result.agreementId ? loaders.agreement.load(result.agreementId) : null),
};

export const RatificationPayload: RatificationPayloadResolvers = {
  ratification: async ({ ratification }, _args, { loaders }) => {
    if (!ratification) return null;
    const ratifications = await loaders.ratificationsOfCountry.load(ratification.countryCode);
    return ratifications.find((candidate) => candidate.conventionCode === ratification.conventionCode) ?? null;
  },
};
