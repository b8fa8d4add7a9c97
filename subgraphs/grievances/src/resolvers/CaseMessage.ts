import type { CaseMessageResolvers } from '../__generated__/resolvers-types';

/** A message of Grievance.dialogue: the fields the entity does not hold under their schema names. */
export const CaseMessage: CaseMessageResolvers = {
  inReplyTo: (message) => message.inReplyToId,
  askedBy: (message) => (message.authorOrganizationId ? { id: message.authorOrganizationId } : null),
};
