import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../context';
import { assertTransition, normaliseTrackingCode } from '../domain';
import { Grievance } from '../entities/grievance.entity';
import { applyMove } from './case-file';
import { changeCase, userError } from './case-change';
import { checkedNote } from './handling';
import { findByCodeAndSecret, NO_MATCH_MESSAGE } from './tracking';

/**
 * The complainant withdraws with tracking code and secret (rate-limited like status lookups), or
 * the organisation that filed the case withdraws it with the tracking code alone.
 */
export async function withdrawGrievance(context: Context, args: { trackingCode: string; secret?: string | null; reason?: string | null }) {
  const reason = checkedNote(args.reason, 'reason');
  const organisation = context.principal.organizationId;
  let find: (tx: EntityManager) => Promise<Grievance | null>;
  if (args.secret) {
    const matched = await findByCodeAndSecret(context, args.trackingCode, args.secret);
    find = async (tx) => (matched ? tx.findOne(Grievance, { id: matched.id }) : null);
  } else {
    const code = normaliseTrackingCode(args.trackingCode) ?? '';
    find = async (tx) => (organisation ? tx.findOne(Grievance, { trackingCode: code, filingOrganizationId: organisation }) : null);
  }
  const result = await changeCase(
    context,
    {
      operation: 'withdrawGrievance',
      find,
      notFound: userError('NOT_FOUND', args.secret ? NO_MATCH_MESSAGE : 'No grievance with this tracking code was filed by your organisation; a complainant withdraws with the secret', ['trackingCode']),
      // Whoever found the case above holds its secret or filed it.
      mayAct: () => true,
      forbiddenMessage: '',
    },
    (tx, grievance) => {
      const check = assertTransition(grievance.status, 'WITHDRAWN');
      if (!check.ok) return userError('CONFLICT', check.message, ['trackingCode']);
      // The reason stays internal: it may say why the complainant gave up (pressure, fear).
      applyMove(tx, grievance, 'WITHDRAWN', { at: context.clock.now(), actor: { role: context.principal.role, organizationId: organisation }, note: reason });
      return null;
    },
  );
  return { tracking: result.grievance && !result.userErrors.some((error) => error.code === 'NOT_FOUND') ? { grievance: result.grievance } : null, userErrors: result.userErrors };
}
