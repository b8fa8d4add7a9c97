import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { badUserInput } from '../../../../runtime/errors';
import type { InputIssue } from '../../../../runtime/mutation';
import { isKnownCountry } from '../../../../vocabulary/countries';
import { generateFacilityId, validateFacilityId, type FacilityIdValidation } from '../../../../vocabulary/facility-id';
import { FacilityAlias } from '../entities/facility-alias.entity';
import { Facility } from '../entities/facility.entity';

/**
 * Facility ids in this registry: reading one a caller gives, and drawing new ones that no
 * facility (nor merged id) carries. Their form and check character are the shared vocabulary.
 */

/** An id given as input: well formed, a known country, a past creation day, the right check character. */
export function readFacilityId(id: string, now: Date): FacilityIdValidation {
  return validateFacilityId(id.trim().toUpperCase(), { isKnownCountry, now });
}

/** The canonical id of a query's facility-id argument, or BAD_USER_INPUT naming the argument and the problem. */
export function facilityIdArgument(id: string, argument: string, now: Date): string {
  const checked = readFacilityId(id, now);
  if (!checked.ok) {
    throw badUserInput(`${argument} is not a valid facility id: ${checked.reason}`, {
      issues: [{ path: [argument], message: checked.reason }],
    });
  }
  return checked.id;
}

/** A facility id in a mutation's input: its canonical form, or '' with the problem added to `issues`. */
export function facilityIdInput(id: string, path: string[], now: Date, issues: InputIssue[]): string {
  const checked = readFacilityId(id, now);
  if (checked.ok) return checked.id;
  issues.push({ path, message: `not a valid facility id: ${checked.reason}` });
  return '';
}

/** Uniform in [0, 1) from the operating system's generator: ids must not be guessable or repeat across runs. */
const secureRandom = () => randomInt(0, 2 ** 32) / 2 ** 32;

/**
 * New ids for facilities in the given countries, unique among facilities, merged ids and
 * `taken` (ids handed out earlier in the same run). Five random base-32 characters per
 * country and day collide now and then in a large list, so collisions are drawn again.
 */
export async function uniqueFacilityIds(
  em: EntityManager,
  countries: string[],
  createdAt: Date,
  taken: Set<string>,
): Promise<string[]> {
  const ids = countries.map(() => '');
  let pending = countries.map((_, position) => position);
  while (pending.length > 0) {
    for (const position of pending) {
      let id: string;
      do id = generateFacilityId(countries[position], createdAt, secureRandom);
      while (taken.has(id));
      ids[position] = id;
      taken.add(id);
    }
    const drawn = pending.map((position) => ids[position]);
    const facilities = await em.find(Facility, { id: { $in: drawn } }, { fields: ['id'] });
    const aliases = await em.find(FacilityAlias, { id: { $in: drawn } }, { fields: ['id'] });
    const used = new Set([...facilities, ...aliases].map((row) => row.id));
    pending = pending.filter((position) => used.has(ids[position]));
  }
  return ids;
}
