import { connection, pageRequest } from '../../../../runtime/pagination';
import type { ConventionFilter, CountryFilter } from '../__generated__/resolvers-types';
import { conventions, countries } from '../domain/reference-data';

const byName = [...countries].sort((a, b) => a.name.localeCompare(b.name, 'en'));

/** Countries by name, narrowed by region, codes or a search of the name and codes. */
export function matchingCountries(filter: CountryFilter | null | undefined) {
  const codes = filter?.codes ? new Set(filter.codes.map((code) => code.trim().toUpperCase())) : null;
  const search = filter?.search?.trim().toLowerCase();
  return byName.filter(
    (country) =>
      (!filter?.region || country.region.toUpperCase() === filter.region) &&
      (!codes || codes.has(country.code)) &&
      (!search ||
        country.name.toLowerCase().includes(search) ||
        country.code.toLowerCase() === search ||
        country.alpha3.toLowerCase() === search),
  );
}

/** Conventions in the reference data's order, narrowed by category and compliance area. */
export const matchingConventions = (filter: ConventionFilter | null | undefined) =>
  conventions.filter(
    (convention) =>
      (!filter?.category?.length || filter.category.includes(convention.category)) &&
      (!filter?.area || convention.areas.includes(filter.area)),
  );

/** Pages an in-memory list of reference data the same way SQL-backed connections are paged. */
export function pageOf<Node>(nodes: readonly Node[], args: { first?: number | null; after?: string | null }) {
  const page = pageRequest(args);
  return connection(nodes.slice(page.offset, page.offset + page.limit), nodes.length, page);
}
