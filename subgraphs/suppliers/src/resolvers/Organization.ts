import { paginate } from '../../../../runtime/pagination';
import type { OrganizationResolvers } from '../__generated__/resolvers-types';
import { findOwnedFacilities } from '../queries/facilities';
import { findImportsOf } from '../queries/list-imports';
import { findSupplyChain } from '../queries/organizations';
import { findSupplyChainTree } from '../queries/supply-chain-tree';

export const Organization: OrganizationResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.organization.load(id),
  country: (organization) => ({ code: organization.countryCode }),
  licence: (organization) => (organization.licenceCountry && organization.licenceNumber ? organization : null),
  facilities: (organization, { first, after }, { em }) =>
    paginate({ first, after }, (page) => findOwnedFacilities(em, organization.id, page)),
  supplyChain: (organization, { first, after, filter }, { em, principal }) =>
    paginate({ first, after }, (page) => findSupplyChain(em, principal, organization.id, filter, page)),
  supplyChainTree: (organization, { depth, asOf }, { em, principal, clock }) =>
    findSupplyChainTree(em, principal, organization.id, depth ?? 3, asOf ?? clock.now().toISOString().slice(0, 10)),
  facilityListImports: (organization, { first, after }, { em }) =>
    paginate({ first, after }, (page) => findImportsOf(em, organization.id, page)),
};
