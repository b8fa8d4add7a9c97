import { payloadOf, Refusal } from '../../../../runtime/mutation';
import type { Context } from '../context';
import { Grievance } from '../entities/grievance.entity';
import type { MutationWithdrawGrievanceArgs } from '../__generated__/resolvers-types';
import { filedByOrganisation, findByCodeAndSecret, NO_MATCH_MESSAGE } from '../queries/tracking';
import { actOnCase, checkedNote, requireMove } from './act-on-case';
import { actorOf, applyMove } from './case-file';

const NOT_FILED_BY_YOU =
  'No grievance with this tracking code was filed by your organisation; a complainant withdraws with the secret';

/**
 * The complainant withdraws with tracking code and secret (rate-limited like status lookups), or
 * the organisation that filed the case withdraws it with the tracking code alone.
 */
export async function withdrawGrievance(context: Context, args: MutationWithdrawGrievanceArgs) {
  const reason = checkedNote(args.reason, 'The case was not withdrawn', 'reason');
  // Found before the write: a wrong secret counts against the caller even though nothing is written.
  const target = args.secret
    ? await findByCodeAndSecret(context, args.trackingCode, args.secret)
    : await filedByOrganisation(context.em, args.trackingCode, context.principal.organizationId);
  const caseId = target?.id ?? null;
  const outcome = await actOnCase(
    context,
    {
      operation: 'withdrawGrievance',
      find: async (tx) => (caseId ? tx.findOne(Grievance, { id: caseId }) : null),
      notFound: new Refusal('NOT_FOUND', args.secret ? NO_MATCH_MESSAGE : NOT_FILED_BY_YOU, ['trackingCode']),
      // Whoever found the case above holds its secret or filed it.
      mayAct: () => true,
      forbiddenMessage: '',
    },
    (tx, grievance) => {
      requireMove(grievance, 'WITHDRAWN', ['trackingCode']);
      // The reason stays internal: it may say why the complainant gave up (pressure, fear).
      applyMove(tx, grievance, 'WITHDRAWN', {
        at: context.clock.now(),
        actor: actorOf(context.principal),
        note: reason,
      });
    },
  );
  const notFound = !outcome.ok && outcome.userErrors.some((error) => error.code === 'NOT_FOUND');
  // The complainant's view, read afresh; a refused withdrawal shows the case as it stands.
  const grievance = caseId && !notFound ? await context.em.findOne(Grievance, { id: caseId }) : null;
  const tracking = grievance ? { grievance } : null;
  return payloadOf(outcome, () => ({ tracking }), { tracking });
}
