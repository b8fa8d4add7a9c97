import { badUserInput } from '../../../../runtime/errors';
import { validateFacilityId } from '../../../../vocabulary/facility-id';
import type { Context } from '../context';
import { assertTransition, isIsoCountry, mechanismOf, type GrievanceStatus } from '../domain';
import type { Grievance } from '../entities/grievance.entity';
import { Remediation } from '../entities/remediation.entity';
import type { EscalationTarget } from '../__generated__/resolvers-types';
import { canHandle, isFilingOrganization, isJurisdictionRegulator } from '../visibility';
import { addEvent, applyMove, type Actor } from './case-file';
import { changeCase, userError, visibleById, type UserError } from './case-change';

const MAX_NOTE = 5000;

export function checkedNote(note: string | null | undefined, argument = 'note'): string | null {
  const trimmed = note?.trim();
  if (!trimmed) return null;
  if ([...trimmed].length > MAX_NOTE) {
    throw badUserInput(`${argument} must be at most ${MAX_NOTE} characters`, { issues: [{ path: [argument], message: `at most ${MAX_NOTE} characters` }] });
  }
  return trimmed;
}

const actorOf = (context: Context): Actor => ({ role: context.principal.role, organizationId: context.principal.organizationId });

const notFound = (id: string) => userError('NOT_FOUND', `No grievance ${id} that you may see`, ['id']);

const HANDLER_ONLY = 'Only the organisation handling this case or the regulator of its jurisdiction may do this';

function refusedMove(grievance: Grievance, to: GrievanceStatus): UserError | null {
  const check = assertTransition(grievance.status, to);
  return check.ok ? null : userError('CONFLICT', check.message, ['to']);
}

/** An inspector who acts on a case routed to its jurisdiction's regulator takes it on for its inspectorate. */
function claimForRegulator(context: Context, grievance: Grievance): void {
  if (grievance.handlerKind === 'REGULATOR' && !grievance.handlerOrganizationId && isJurisdictionRegulator(context.principal, grievance)) {
    grievance.handlerOrganizationId = context.principal.organizationId;
  }
}

export function transitionGrievance(context: Context, args: { id: string; to: GrievanceStatus; expectedVersion: number; note?: string | null; public?: boolean | null }) {
  const note = checkedNote(args.note);
  return changeCase(
    context,
    { operation: 'transitionGrievance', find: visibleById(context, args.id), notFound: notFound(args.id), mayAct: canHandle, forbiddenMessage: HANDLER_ONLY, expectedVersion: args.expectedVersion },
    async (tx, grievance) => {
      if (args.to === 'ESCALATED') return userError('BAD_USER_INPUT', 'Use escalateGrievance to escalate a case: it names who takes it over', ['to']);
      if (args.to === 'WITHDRAWN') return userError('BAD_USER_INPUT', 'Only the complainant or the filing organisation withdraws a case, with withdrawGrievance', ['to']);
      const refused = refusedMove(grievance, args.to);
      if (refused) return refused;
      if (args.to === 'RESOLVED' && (await tx.count(Remediation, { grievance: grievance.id })) === 0) {
        return userError('CONFLICT', 'Record the remediation (recordRemediation) before resolving the case', ['to']);
      }
      claimForRegulator(context, grievance);
      applyMove(tx, grievance, args.to, { at: context.clock.now(), actor: actorOf(context), note, notePublic: args.public ?? false });
      return null;
    },
  );
}

/**
 * Hands the case over: to the jurisdiction's labour inspectorate, or to the mechanism of the
 * agreement it was filed under. The handler, the regulator and the filing organisation (a union
 * whose case the mechanism does not answer) may escalate.
 */
export function escalateGrievance(context: Context, args: { id: string; to: EscalationTarget; expectedVersion: number; note?: string | null }) {
  const note = checkedNote(args.note);
  return changeCase(
    context,
    {
      operation: 'escalateGrievance',
      find: visibleById(context, args.id),
      notFound: notFound(args.id),
      mayAct: (principal, grievance) => canHandle(principal, grievance) || isFilingOrganization(principal, grievance),
      forbiddenMessage: 'Only the handler, the regulator of the jurisdiction or the filing organisation may escalate this case',
      expectedVersion: args.expectedVersion,
    },
    (tx, grievance) => {
      const refused = refusedMove(grievance, 'ESCALATED');
      if (refused) return refused;
      const mechanism = mechanismOf(grievance.agreementId);
      if (args.to === 'MECHANISM' && !mechanism) return userError('BAD_USER_INPUT', 'The case was not filed under an agreement whose mechanism is known here', ['to']);
      if (args.to === 'MECHANISM') {
        if (grievance.handlerOrganizationId === mechanism!.secretariatOrganizationId) return userError('CONFLICT', 'The mechanism already handles this case', ['to']);
        grievance.handlerKind = 'MECHANISM';
        grievance.handlerOrganizationId = mechanism!.secretariatOrganizationId;
      } else {
        grievance.handlerKind = 'REGULATOR';
        grievance.handlerOrganizationId = isJurisdictionRegulator(context.principal, grievance) ? context.principal.organizationId : null;
      }
      const at = context.clock.now();
      applyMove(tx, grievance, 'ESCALATED', { at, actor: actorOf(context), note });
      addEvent(tx, grievance, {
        kind: 'NOTIFIED',
        at,
        actor: actorOf(context),
        notifiedOrganizationId: grievance.handlerOrganizationId,
        note: grievance.handlerOrganizationId ? 'Escalated case handed over.' : `Escalated case handed to the labour inspectorate of ${grievance.facilityCountry}.`,
      });
      return null;
    },
  );
}

/** Links a case filed by facility name to the registry once the handler has matched it. */
export function linkGrievanceToFacility(context: Context, args: { id: string; facilityId: string; facilityOwnerId?: string | null; expectedVersion: number }) {
  const facilityId = args.facilityId.trim().toUpperCase();
  const checked = validateFacilityId(facilityId, { isKnownCountry: isIsoCountry });
  if (!checked.ok) throw badUserInput(`facilityId: ${checked.reason}`, { issues: [{ path: ['facilityId'], message: checked.reason }] });
  return changeCase(
    context,
    { operation: 'linkGrievanceToFacility', find: visibleById(context, args.id), notFound: notFound(args.id), mayAct: canHandle, forbiddenMessage: HANDLER_ONLY, expectedVersion: args.expectedVersion },
    (tx, grievance) => {
      const owner = args.facilityOwnerId?.trim() || grievance.facilityOwnerId;
      if (grievance.facilityId === facilityId && grievance.facilityOwnerId === owner) return userError('CONFLICT', `The case is already linked to ${facilityId}`, ['facilityId']);
      const previous = grievance.facilityId ?? `"${grievance.reportedFacilityName}" (${grievance.facilityCountry}) as reported`;
      grievance.facilityId = facilityId;
      // The registry's country decides the jurisdiction from now on.
      grievance.facilityCountry = checked.country;
      grievance.facilityOwnerId = owner ?? null;
      addEvent(tx, grievance, { kind: 'FACILITY_LINKED', at: context.clock.now(), actor: actorOf(context), note: `Linked to facility ${facilityId}; was ${previous}.` });
      return null;
    },
  );
}
