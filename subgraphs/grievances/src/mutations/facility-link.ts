import { Refusal } from '../../../../runtime/mutation';
import { registryFacility } from '../../../../runtime/registry-facts';
import type { Context } from '../context';
import type { Grievance } from '../entities/grievance.entity';
import { linkKind, type LinkKind } from '../domain';
import type { MutationLinkGrievanceToFacilityArgs } from '../__generated__/resolvers-types';
import { mayLinkFacility } from '../visibility';
import { actOnCase, caseInJurisdiction, caseNotFound, changePayload, checkedNote } from './act-on-case';
import { actorOf, addEvent } from './case-file';
import { applyLink, describeFacility, joinNote, transferAudit } from './jurisdiction-change';

const FORBIDDEN_LINK: Record<LinkKind, string> = {
  FIRST_LINK: 'Only the organisation handling this case or the regulator of its jurisdiction may link it to a facility',
  RELINK:
    'Only the regulator of the case’s jurisdiction (or an administrator) may link a case that is already linked to another facility',
  TRANSFER:
    'Only the regulator of the case’s jurisdiction (or an administrator) may ask to move a case to a facility in another country',
};

/**
 * Links a case to a facility of the registry. In the case's own country the link takes effect at
 * once; a facility in another country makes it a transfer request, which waits for that country's
 * regulator (acceptGrievanceTransfer).
 */
export async function linkGrievanceToFacility(context: Context, args: MutationLinkGrievanceToFacilityArgs) {
  const target = registryFacility(context.principal, args.facilityId, 'The case was not linked');
  const note = checkedNote(args.note, 'The case was not linked');
  const kindOf = (grievance: Grievance) => linkKind(grievance, target.country);
  const outcome = await actOnCase(
    context,
    {
      operation: 'linkGrievanceToFacility',
      find: caseInJurisdiction(context, args.id),
      notFound: caseNotFound(args.id),
      mayAct: (principal, grievance) => mayLinkFacility(principal, grievance, kindOf(grievance)),
      forbiddenMessage: (grievance) => FORBIDDEN_LINK[kindOf(grievance)],
      expectedVersion: args.expectedVersion,
    },
    (tx, grievance) => {
      if (grievance.transferCountry)
        throw new Refusal(
          'CONFLICT',
          `A transfer of this case to ${grievance.transferFacilityId} (${grievance.transferCountry}) awaits that country’s regulator; withdraw it first`,
          ['id'],
        );
      if (grievance.facilityId === target.facilityId && grievance.facilityOwnerId === target.ownerId)
        throw new Refusal('CONFLICT', `The case is already linked to ${target.facilityId}`, ['facilityId']);
      const at = context.clock.now();
      const actor = actorOf(context.principal);
      if (kindOf(grievance) !== 'TRANSFER') {
        const previous = describeFacility(grievance);
        const handover = applyLink(grievance, target, context.principal);
        addEvent(tx, grievance, {
          kind: 'FACILITY_LINKED',
          at,
          actor,
          note: joinNote(`Linked to facility ${target.facilityId}; was ${previous}.`, handover, note),
        });
        return;
      }
      grievance.transferFacilityId = target.facilityId;
      grievance.transferCountry = target.country;
      grievance.transferOwnerId = target.ownerId;
      grievance.transferRequestedAt = at;
      grievance.transferRequestedByRole = context.principal.role;
      grievance.transferRequestedByOrganizationId = context.principal.organizationId;
      grievance.transferRequestedBySubject = context.principal.subject;
      grievance.transferNote = note;
      addEvent(tx, grievance, {
        kind: 'TRANSFER_REQUESTED',
        at,
        actor,
        note: joinNote(
          `Transfer from ${describeFacility(grievance)} to facility ${target.facilityId} in ${target.country} requested; it awaits the regulator of ${target.country}.`,
          note,
        ),
      });
      return { audited: transferAudit(grievance, target.country, 'linkGrievanceToFacility:TRANSFER_REQUESTED') };
    },
  );
  return changePayload(context, outcome, args.id);
}
