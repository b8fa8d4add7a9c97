import type { RecruitmentChannelResolvers } from '../__generated__/resolvers-types';

export const RecruitmentChannel: RecruitmentChannelResolvers = {
  agency: (channel, _args, { loaders }) => loaders.organization.load(channel.agency.id),
  corridor: (channel) => (channel.fromCountry && channel.toCountry ? channel : null),
};
