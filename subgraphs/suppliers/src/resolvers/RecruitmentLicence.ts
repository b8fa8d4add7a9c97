import type { RecruitmentLicenceResolvers } from '../__generated__/resolvers-types';

/** An agency's licence, read from the organisation's licence columns. */
export const RecruitmentLicence: RecruitmentLicenceResolvers = {
  country: (agency) => ({ code: agency.licenceCountry! }),
  number: (agency) => agency.licenceNumber!,
  validUntil: (agency) => agency.licenceValidUntil,
};
