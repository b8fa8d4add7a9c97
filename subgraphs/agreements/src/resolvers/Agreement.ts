import { allowedTransitions, milestones } from '../domain/lifecycle';
import { mechanismOf } from '../domain/mechanism';
import { conventionByCode } from '../domain/reference-data';
import type { AgreementResolvers } from '../__generated__/resolvers-types';

export const Agreement: AgreementResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.agreement.load(id),
  statusHistory: (agreement, _args, { loaders }) => loaders.statusHistoryOf.load(agreement.id),
  allowedTransitions: (agreement) => [...allowedTransitions(agreement.status)],
  signedOn: async (agreement, _args, { loaders }) =>
    milestones(await loaders.statusHistoryOf.load(agreement.id)).signedOn,
  inForceFrom: async (agreement, _args, { loaders }) =>
    milestones(await loaders.statusHistoryOf.load(agreement.id)).inForceFrom,
  endedOn: async (agreement, _args, { loaders }) =>
    milestones(await loaders.statusHistoryOf.load(agreement.id)).endedOn,
  parties: (agreement, _args, { loaders }) => loaders.partiesOf.load(agreement.id),
  conventions: async (agreement, _args, { loaders }) =>
    (await loaders.conventionsOf.load(agreement.id)).map((row) => conventionByCode(row.conventionCode)!),
  provisions: (agreement, _args, { loaders }) => loaders.provisionsOf.load(agreement.id),
  sharingClauses: (agreement, _args, { loaders }) => loaders.sharingClausesOf.load(agreement.id),
  textReference: (agreement) =>
    agreement.textCitation ? { citation: agreement.textCitation, url: agreement.textUrl } : null,
  grievanceMechanism: (agreement) => mechanismOf(agreement.grievanceMechanism),
  amendments: (agreement, _args, { loaders }) => loaders.amendmentsOf.load(agreement.id),
};
