import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { raw, type SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { badUserInput } from '../../../../runtime/errors';
import { foldText } from '../domain/normalise';
import { FacilitySearchTerm } from '../entities/facility-search-term.entity';
import type { Facility } from '../entities/facility.entity';

/**
 * Search on facility name and address, index-backed in both dialects:
 * - PostgreSQL: every query word must occur somewhere in `facility.search_text` (ILIKE
 *   '%word%'), served by a pg_trgm GIN index — substring search, also inside words.
 * - SQLite: every query word must be the beginning of a word of the name or address, served by
 *   the primary key of `facility_search_term` — word-prefix search ("tong" finds "Tongi Road",
 *   "ngi" does not).
 * Both fold text with the matching normaliser, so "Đức Giang" finds "Duc Giang" and "Plot12" "Plot 12".
 */
const MAX_QUERY_WORDS = 8;
/** Longer than any name and address one searches by, short enough to fold and match at once. */
export const MAX_SEARCH_LENGTH = 200;

/** Refuses a search (`filter.search`) too long to be one, before any of it is folded or matched. */
export function checkSearchLength(search: string | null | undefined): void {
  if (search && search.length > MAX_SEARCH_LENGTH)
    throw badUserInput(`filter.search is longer than ${MAX_SEARCH_LENGTH} characters`, {
      issues: [{ path: ['filter', 'search'], message: `must be at most ${MAX_SEARCH_LENGTH} characters` }],
    });
}

export const isPostgres = (em: EntityManager): boolean => em.getPlatform() instanceof PostgreSqlPlatform;

/** What a facility is searched by: its folded name and address. */
export const searchTextOf = (name: string, address: string): string => foldText(`${name} ${address}`);

/** The words SQLite indexes for a facility (capped at the column's length). */
export const searchTermsOf = (searchText: string): string[] => [
  ...new Set(
    searchText
      .split(' ')
      .filter(Boolean)
      .map((word) => word.slice(0, 100)),
  ),
];

export const queryWords = (query: string): string[] =>
  [...new Set(foldText(query).split(' ').filter(Boolean))].slice(0, MAX_QUERY_WORDS);

/** The condition for `facilities(filter: { search })`; empty when the query has no words. */
export function searchCondition(em: EntityManager, query: string): FilterQuery<Facility>[] {
  const words = queryWords(query);
  if (isPostgres(em)) return words.map((word) => ({ searchText: { $ilike: `%${word}%` } }));
  const sql = em as SqlEntityManager;
  return words.map((word) => {
    const matching = sql
      .createQueryBuilder(FacilitySearchTerm, 't')
      .select('t.facility')
      .where({ term: { $gte: word, $lt: `${word}\u{10ffff}` } });
    return { id: { $in: raw(matching) } };
  });
}

/** The words to record for a facility where the dialect needs them (SQLite); none on PostgreSQL. */
export const searchTermsFor = (em: EntityManager, searchText: string): string[] =>
  isPostgres(em) ? [] : searchTermsOf(searchText);
