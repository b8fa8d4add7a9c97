import { randomInt } from 'node:crypto';
import { badUserInput } from '../../../runtime/errors';
import { isKnownCountry } from './countries';
import { generateFacilityId, validateFacilityId, type FacilityIdValidation } from './domain/facility-id';

/** Checks an id given as input: well formed, a known country, a past creation day, the right check character. */
export function checkFacilityId(id: string, now: Date): FacilityIdValidation {
  return validateFacilityId(id.trim().toUpperCase(), { isKnownCountry, now });
}

/** The canonical id of a facility-id argument, or BAD_USER_INPUT naming the argument and the problem. */
export function facilityIdArgument(id: string, argument: string, now: Date): string {
  const checked = checkFacilityId(id, now);
  if (!checked.ok) {
    throw badUserInput(`${argument} is not a valid facility id: ${checked.reason}`, { issues: [{ path: [argument], message: checked.reason }] });
  }
  return checked.id;
}

/** Uniform in [0, 1) from the operating system's generator: ids must not be guessable or repeat across runs. */
const secureRandom = () => randomInt(0, 2 ** 32) / 2 ** 32;

/** A new facility id (random part from crypto randomness); callers check it against existing ids. */
export const newFacilityId = (country: string, createdAt: Date): string => generateFacilityId(country, createdAt, secureRandom);
