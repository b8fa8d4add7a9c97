import { serviceUnavailable } from '../../../../runtime/errors';
import { invalidInput, Refusal } from '../../../../runtime/mutation';
import { statutoryRules, type GrievanceRules } from '../../../../vocabulary/grievance-rules';
import type { Context } from '../context';
import { isIsoCountry, isTerminalStatus, rulesOfCase } from '../domain';
import type { MutationCorrectGrievanceMechanismArgs } from '../__generated__/resolvers-types';
import { mayWriteHandlerSummary } from '../visibility';
import { actOnCase, caseNotFound, changePayload, checkedNote, visibleCase } from './act-on-case';
import { actorOf, addEvent, refreshDeadlines } from './case-file';

const NOT_CORRECTED = 'The mechanism was not corrected';

/** JSON with its keys sorted: rules read back from a JSON column may come with their keys reordered. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, part: unknown) =>
    part && typeof part === 'object' && !Array.isArray(part)
      ? Object.fromEntries(Object.entries(part).sort(([a], [b]) => a.localeCompare(b)))
      : part,
  );

/** The rules named by the correction: an agreement's (as the gateway read them) or a country's statutory ones. */
function chosenRules(
  context: Context,
  args: MutationCorrectGrievanceMechanismArgs,
  caseCountry: string,
): GrievanceRules {
  if (args.agreementId) {
    const lookup = context.principal.mechanisms?.[args.agreementId];
    // The gateway reads every agreement a correction names before it runs, or refuses it.
    if (!lookup)
      throw serviceUnavailable(`The mechanism of ${args.agreementId} could not be read; nothing was changed`, {
        retryAfterSeconds: 1,
      });
    if (!lookup.applies || !lookup.rules)
      throw new Refusal(
        'BAD_USER_INPUT',
        `The mechanism of ${args.agreementId} does not apply: ${lookup.reason ?? 'it has none in force'}`,
        ['agreementId'],
      );
    return lookup.rules;
  }
  return statutoryRules(args.country ? args.country.trim().toUpperCase() : caseCountry);
}

/**
 * Puts a case on the rules it should have been filed under. The handler (not a facility owner:
 * an employer must not pick the clock it is held to) or the jurisdiction's regulator corrects it,
 * with a reason; the deadlines are recomputed from the filing time and the progress so far.
 */
export async function correctGrievanceMechanism(context: Context, args: MutationCorrectGrievanceMechanismArgs) {
  const reason = checkedNote(args.reason, NOT_CORRECTED, 'reason');
  const issues = [
    ...(reason ? [] : [{ path: ['reason'], message: 'say why the mechanism is corrected' }]),
    ...(args.agreementId && args.country
      ? [{ path: ['country'], message: 'name an agreement or a country, not both' }]
      : []),
    ...(args.country && !isIsoCountry(args.country.trim().toUpperCase())
      ? [{ path: ['country'], message: `${args.country} is not an ISO 3166-1 alpha-2 country code` }]
      : []),
  ];
  if (issues.length) invalidInput(NOT_CORRECTED, issues);

  const outcome = await actOnCase(
    context,
    {
      operation: 'correctGrievanceMechanism',
      find: visibleCase(context, args.id),
      notFound: caseNotFound(args.id),
      mayAct: mayWriteHandlerSummary,
      forbiddenMessage:
        'Only the organisation handling this case (not the facility’s owner) or the regulator of its jurisdiction may correct its mechanism',
      expectedVersion: args.expectedVersion,
    },
    (tx, grievance) => {
      if (isTerminalStatus(grievance.status))
        throw new Refusal('CONFLICT', `The case is closed (${grievance.status}); its deadlines no longer run`, ['id']);
      const before = rulesOfCase(grievance.rules, grievance.facilityCountry);
      const after = chosenRules(context, args, grievance.facilityCountry);
      if (canonical(before) === canonical(after))
        throw new Refusal('CONFLICT', `The case already runs on ${after.mechanism}`, ['id']);
      const at = context.clock.now();
      grievance.rules = after;
      grievance.agreementId = after.agreementId;
      refreshDeadlines(grievance, at);
      // Public, so the worker learns the dates changed; the reason stays internal.
      addEvent(tx, grievance, {
        kind: 'MECHANISM_CORRECTED',
        at,
        actor: actorOf(context.principal),
        public: true,
        note: `From ${before.mechanism} (${before.citation}) to ${after.mechanism} (${after.citation}): ${reason}`,
      });
    },
  );
  return changePayload(context, outcome, args.id);
}
