import { isKnownCountry } from '../vocabulary/countries';
import { validateFacilityId } from '../vocabulary/facility-id';
import { serviceUnavailable } from './errors';
import { invalidInput } from './mutation';
import type { Principal } from './principal';

/** A facility as the registry knows it: its id (a merged facility's survivor), country and owner. */
export type RegistryFacility = { facilityId: string; country: string; ownerId: string | null };

/**
 * The registry's facts about the facility a mutation names, from the signed principal: the
 * gateway looked them up before the mutation ran, so a subgraph takes the facility's owner and
 * country from the registry, never from an argument. Malformed ids are refused before anything is
 * loaded; without the facts (the registry could not answer) nothing is written and the caller may
 * retry.
 */
export function registryFacility(
  principal: Principal,
  id: string,
  summary: string,
  path: string[] = ['facilityId'],
): RegistryFacility {
  const named = id.trim().toUpperCase();
  const checked = validateFacilityId(named, { isKnownCountry });
  if (!checked.ok) invalidInput(summary, [{ path, message: checked.reason }]);
  const fact = principal.registry?.[named];
  if (!fact)
    throw serviceUnavailable(
      `${summary}: the facility registry's answer about ${named} is missing, so its country and owner are unknown. Try again shortly.`,
    );
  return { facilityId: fact.id.toUpperCase(), country: fact.country, ownerId: fact.ownerId };
}
