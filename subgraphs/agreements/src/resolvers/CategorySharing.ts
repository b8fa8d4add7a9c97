import { countryByCode } from '../domain/reference-data';
import type { DataCategory } from '../domain/vocabulary';
import type { CategorySharingResolvers } from '../__generated__/resolvers-types';

/** One category of a country's sharing partners, as country codes. */
export interface CategorySharingSource {
  category: DataCategory;
  receivesFrom: string[];
  sharesWith: string[];
}

export const CategorySharing: CategorySharingResolvers = {
  receivesFrom: (entry) => entry.receivesFrom.map((code) => countryByCode(code)!),
  sharesWith: (entry) => entry.sharesWith.map((code) => countryByCode(code)!),
};
