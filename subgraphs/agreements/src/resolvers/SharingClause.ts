import type { SharingClauseResolvers } from '../__generated__/resolvers-types';

export const SharingClause: SharingClauseResolvers = {
  recipients: async (clause, _args, { loaders }) => {
    const parties = await loaders.partiesOf.load(clause.agreement.id);
    return clause.recipients.flatMap((key) => parties.filter((party) => party.partyKey === key));
  },
};
