import { audit } from '../../../../runtime/audit';
import { badUserInput, forbidden } from '../../../../runtime/errors';
import { idempotent } from '../../../../runtime/idempotency';
import type { Principal } from '../../../../runtime/principal';
import type { Context } from '../context';
import { hashSecret, newSecret, parseGrievanceSubmission, type FilerKind } from '../domain';
import { Grievance } from '../entities/grievance.entity';
import type { SubmitGrievanceInput } from '../__generated__/resolvers-types';
import { freshTrackingCode, openCase } from './intake';

const ORGANISATION_FILERS: Partial<Record<Principal['role'], FilerKind>> = {
  UNION: 'UNION',
  CIVIL_SOCIETY: 'CIVIL_SOCIETY',
  BRAND: 'BRAND',
  REGULATOR: 'REGULATOR',
};

/** A worker without an account files as WORKER when they name themselves, else ANONYMOUS. */
function filerKindOf(principal: Principal, input: SubmitGrievanceInput): FilerKind {
  if (principal.role === 'PUBLIC') return input.complainantIdentity?.trim() ? 'WORKER' : 'ANONYMOUS';
  const kind = ORGANISATION_FILERS[principal.role];
  if (!kind) throw forbidden(`${principal.role} may not file grievances; workers, unions, civil society, brands and regulators may`);
  if (!principal.organizationId) throw forbidden('Filing for an organisation needs a token that names the organisation');
  return kind;
}

export const REPLAY_NOTICE =
  'This submission was already received under this idempotency key. The secret was shown only in the first answer and is not stored; ' +
  'use the tracking code with the secret you were given then.';

/**
 * Files a grievance once per idempotency key. The secret exists in memory only for this answer:
 * the database keeps its scrypt hash and the idempotency record keeps the case id and tracking
 * code, so a retry gets the same case back — without the secret, which nobody can show again.
 */
export async function submitGrievance(context: Context, input: SubmitGrievanceInput, idempotencyKey: string) {
  const { principal, em } = context;
  const filedBy = filerKindOf(principal, input);
  const parsed = parseGrievanceSubmission({ ...input, filedBy });
  if (!parsed.ok) {
    throw badUserInput(`The grievance was not filed: ${parsed.issues.map((issue) => `${issue.path || 'input'}: ${issue.message}`).join('; ')}`, {
      issues: parsed.issues.map((issue) => ({ path: ['input', ...issue.path.split('.').filter(Boolean)], message: issue.message })),
    });
  }
  const withoutAccount = principal.role === 'PUBLIC';
  const secret = withoutAccount ? newSecret() : null;
  const secretHash = secret ? await hashSecret(secret) : null;

  const { result, replayed } = await idempotent(em, principal, 'submitGrievance', idempotencyKey, parsed.value, async (tx) => {
    const grievance = openCase(tx, parsed.value, {
      filedAt: context.clock.now(),
      actor: { role: principal.role, organizationId: principal.organizationId },
      filerSubject: principal.subject,
      secretHash,
      trackingCode: await freshTrackingCode(tx),
    });
    await audit(context, { operation: 'submitGrievance', target: `Grievance:${grievance.id}`, country: grievance.facilityCountry }, tx);
    return { grievanceId: grievance.id, trackingCode: grievance.trackingCode };
  });

  context.filedInThisRequest.add(result.grievanceId);
  return {
    trackingCode: result.trackingCode,
    secret: replayed ? null : secret,
    replayed,
    notice: replayed && withoutAccount ? REPLAY_NOTICE : null,
    grievance: await em.findOne(Grievance, { id: result.grievanceId }),
    userErrors: [],
  };
}
