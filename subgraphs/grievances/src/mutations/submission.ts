import { forbidden } from '../../../../runtime/errors';
import { invalidInput, payloadOf, runMutation } from '../../../../runtime/mutation';
import type { Principal } from '../../../../runtime/principal';
import type { Context } from '../context';
import { hashSecret, newSecret, parseGrievanceSubmission, type FilerKind, type GrievanceSubmission } from '../domain';
import { Grievance } from '../entities/grievance.entity';
import type { SubmitGrievanceInput } from '../__generated__/resolvers-types';
import { secretHashing } from '../queries/tracking';
import { actorOf } from './case-file';
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
  if (!kind)
    throw forbidden(
      `${principal.role} may not file grievances; workers, unions, civil society, brands and regulators may`,
    );
  if (!principal.organizationId)
    throw forbidden('Filing for an organisation needs a token that names the organisation');
  return kind;
}

function submissionOf(input: SubmitGrievanceInput, filedBy: FilerKind): GrievanceSubmission {
  const parsed = parseGrievanceSubmission({ ...input, filedBy });
  if (parsed.ok) return parsed.value;
  const [first, ...rest] = parsed.issues.map((issue) => ({
    path: ['input', ...issue.path.split('.').filter(Boolean)],
    message: issue.message,
  }));
  return invalidInput('The grievance was not filed', [first, ...rest]);
}

/** SubmitGrievancePayload without its userErrors. */
type Filing = {
  trackingCode: string | null;
  secret: string | null;
  replayed: boolean;
  notice: string | null;
  grievance: Grievance | null;
};

export const REPLAY_NOTICE =
  'This submission was already received under this idempotency key. The secret was shown only in the first answer and is not stored; ' +
  'use the tracking code with the secret you were given then.';

/**
 * Files a grievance once per idempotency key. The secret exists in memory only for this answer:
 * the database keeps its scrypt hash and the idempotency record keeps the case id and tracking
 * code, so a retry gets the same case back — without the secret, which nobody can show again.
 */
export async function submitGrievance(context: Context, input: SubmitGrievanceInput, idempotencyKey: string) {
  const { principal } = context;
  const submission = submissionOf(input, filerKindOf(principal, input));
  const withoutAccount = principal.role === 'PUBLIC';
  const secret = withoutAccount ? newSecret() : null;
  const secretHash = secret ? await hashSecret(secret, secretHashing()) : null;

  const outcome = await runMutation(context, {
    operation: 'submitGrievance',
    idempotency: { key: idempotencyKey, input: submission },
    async write(tx) {
      const grievance = openCase(tx, submission, {
        filedAt: context.clock.now(),
        actor: actorOf(principal),
        filerSubject: principal.subject,
        secretHash,
        trackingCode: await freshTrackingCode(tx),
      });
      return { grievanceId: grievance.id, trackingCode: grievance.trackingCode, country: grievance.facilityCountry };
    },
    audited: (filed) => ({ target: `Grievance:${filed.grievanceId}`, country: filed.country }),
  });

  return payloadOf(
    outcome,
    async (filed, replayed): Promise<Filing> => {
      // The filer may read the payload's case in this request, even without an account.
      context.filedInThisRequest.add(filed.grievanceId);
      return {
        trackingCode: filed.trackingCode,
        secret: replayed ? null : secret,
        replayed,
        notice: replayed && withoutAccount ? REPLAY_NOTICE : null,
        grievance: await context.em.findOne(Grievance, { id: filed.grievanceId }),
      };
    },
    { trackingCode: null, secret: null, replayed: false, notice: null, grievance: null },
  );
}
