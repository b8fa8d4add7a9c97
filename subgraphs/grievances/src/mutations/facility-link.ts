import { invalidInput, Refusal } from '../../../../runtime/mutation';
import { validateFacilityId } from '../../../../vocabulary/facility-id';
import type { Context } from '../context';
import { isIsoCountry } from '../domain';
import type { MutationLinkGrievanceToFacilityArgs } from '../__generated__/resolvers-types';
import { canHandle } from '../visibility';
import { actOnCase, caseNotFound, changePayload, visibleCase } from './act-on-case';
import { actorOf, addEvent } from './case-file';
import { HANDLER_ONLY } from './transition';

/** A registry facility id, upper-cased, with its country; malformed ids are refused before anything is loaded. */
function registryFacility(id: string): { facilityId: string; country: string } {
  const facilityId = id.trim().toUpperCase();
  const checked = validateFacilityId(facilityId, { isKnownCountry: isIsoCountry });
  if (!checked.ok) invalidInput('The case was not linked', [{ path: ['facilityId'], message: checked.reason }]);
  return { facilityId, country: checked.country };
}

/** Links a case filed by facility name to the registry once the handler has matched it. */
export async function linkGrievanceToFacility(context: Context, args: MutationLinkGrievanceToFacilityArgs) {
  const { facilityId, country } = registryFacility(args.facilityId);
  const outcome = await actOnCase(
    context,
    {
      operation: 'linkGrievanceToFacility',
      find: visibleCase(context, args.id),
      notFound: caseNotFound(args.id),
      mayAct: canHandle,
      forbiddenMessage: HANDLER_ONLY,
      expectedVersion: args.expectedVersion,
    },
    (tx, grievance) => {
      const owner = args.facilityOwnerId?.trim() || grievance.facilityOwnerId;
      if (grievance.facilityId === facilityId && grievance.facilityOwnerId === owner) {
        throw new Refusal('CONFLICT', `The case is already linked to ${facilityId}`, ['facilityId']);
      }
      const previous =
        grievance.facilityId ?? `"${grievance.reportedFacilityName}" (${grievance.facilityCountry}) as reported`;
      grievance.facilityId = facilityId;
      // The registry's country decides the jurisdiction from now on.
      grievance.facilityCountry = country;
      grievance.facilityOwnerId = owner ?? null;
      const note = `Linked to facility ${facilityId}; was ${previous}.`;
      addEvent(tx, grievance, {
        kind: 'FACILITY_LINKED',
        at: context.clock.now(),
        actor: actorOf(context.principal),
        note,
      });
    },
  );
  return changePayload(context, outcome, args.id);
}
