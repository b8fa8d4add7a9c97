import type { SchemeCodeResolvers } from '../__generated__/resolvers-types';

/** A code of the shared audit-scheme vocabulary; its conventions are the agreements subgraph's entities. */
export const SchemeCode: SchemeCodeResolvers = {
  conventions: (code) => code.conventions.map((convention) => ({ code: convention })),
};
