import { badUserInput } from '../../../../runtime/errors';
import { connection, paginate, pageRequest } from '../../../../runtime/pagination';
import { agreementConditions } from '../agreement-filter';
import { Issues } from '../domain/validation';
import { Agreement } from '../entities/agreement.entity';
import { conventionByCode, conventions, countries, countryByCode, type Country } from '../reference-data';
import { receivesFrom } from '../sharing';
import { visibleAgreements } from '../visibility';
import type { CountryFilter, ConventionFilter, QueryResolvers } from '../__generated__/resolvers-types';

/** A country code argument: unknown codes are the caller's mistake, not an empty answer. */
export function knownCountry(argument: string, code: string): Country {
  const country = countryByCode(code.trim());
  if (!country) throw badUserInput(`"${code}" is not an ISO 3166-1 alpha-2 country code`, { argument });
  return country;
}

export function knownConventionCode(argument: string, code: string): string {
  const issues = new Issues();
  const parsed = issues.convention(argument, code);
  if (!issues.ok) throw badUserInput(issues.list[0].message, { argument });
  return parsed;
}

const byName = [...countries].sort((a, b) => a.name.localeCompare(b.name, 'en'));

function matchingCountries(filter: CountryFilter | null | undefined) {
  const codes = filter?.codes ? new Set(filter.codes.map((code) => code.trim().toUpperCase())) : null;
  const search = filter?.search?.trim().toLowerCase();
  return byName.filter(
    (country) =>
      (!filter?.region || country.region.toUpperCase() === filter.region) &&
      (!codes || codes.has(country.code)) &&
      (!search || country.name.toLowerCase().includes(search) || country.code.toLowerCase() === search || country.alpha3.toLowerCase() === search),
  );
}

const matchingConventions = (filter: ConventionFilter | null | undefined) =>
  conventions.filter((convention) => (!filter?.category?.length || filter.category.includes(convention.category)) && (!filter?.area || convention.areas.includes(filter.area)));

/** Pages an in-memory list of reference data the same way SQL-backed connections are paged. */
function pageOf<Node>(nodes: readonly Node[], args: { first?: number | null; after?: string | null }) {
  const page = pageRequest(args);
  return connection(nodes.slice(page.offset, page.offset + page.limit), nodes.length, page);
}

export const Query: QueryResolvers = {
  countries: (_parent, { first, after, filter }) => pageOf(matchingCountries(filter), { first, after }),
  country: (_parent, { code }) => countryByCode(code.trim()) ?? null,
  conventions: (_parent, { first, after, filter }) => pageOf(matchingConventions(filter), { first, after }),
  convention: (_parent, { code }) => conventionByCode(code.trim()) ?? null,

  agreements: (_parent, { first, after, filter }, { em, principal }) => {
    const where = { $and: [agreementConditions(filter), visibleAgreements(principal)] };
    return paginate({ first, after }, ({ limit, offset }) => em.findAndCount(Agreement, where, { limit, offset, orderBy: { title: 'asc', id: 'asc' } }));
  },
  agreement: (_parent, { id }, { loaders }) => loaders.agreement.load(id.trim()),

  sharingPartners: async (_parent, { country, category }, { loaders }) => {
    const { code } = knownCountry('country', country);
    return receivesFrom(await loaders.sharingGrantsOf.load(code), code, category).map((partner) => countryByCode(partner)!);
  },

  sharingGrants: async (_parent, { filter }, { loaders }) => {
    const to = filter?.to != null ? knownCountry('filter.to', filter.to).code : null;
    const from = filter?.from != null ? knownCountry('filter.from', filter.from).code : null;
    const grants = to ?? from ? await loaders.sharingGrantsOf.load((to ?? from)!) : await loaders.allSharingGrants();
    return grants.filter((grant) => (!to || grant.to === to) && (!from || grant.from === from) && (!filter?.category || grant.category === filter.category));
  },
};
