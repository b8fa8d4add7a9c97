import type { Role } from '../../../../runtime/principal';
import type { ViewerResolvers } from '../__generated__/resolvers-types';

/** The verified principal, as the viewer field resolves it. */
export interface ViewerSource {
  role: Role;
  subject: string | null;
  organizationId: string | null;
  country: string | null;
}

export const Viewer: ViewerResolvers = {
  organization: ({ organizationId }, _args, { loaders }) =>
    organizationId ? loaders.organization.load(organizationId) : null,
  jurisdiction: ({ country }) => (country ? { code: country } : null),
};
