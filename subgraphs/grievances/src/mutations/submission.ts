import { config } from '../../../../runtime/config';
import { badUserInput, forbidden } from '../../../../runtime/errors';
import { idempotencyRecordId, invalidInput, payloadOf, runMutation } from '../../../../runtime/mutation';
import type { Principal } from '../../../../runtime/principal';
import { signingSecret } from '../../../../runtime/secrets';
import type { Context } from '../context';
import { parseGrievanceSubmission, type FilerKind, type GrievanceSubmission } from '../domain';
import { sealSecret } from '../domain/sealed-secret';
import {
  anonymousKeyIssue,
  derivedSecret,
  replayedSecret,
  trackingSecretKey,
  type ReplayedSecret,
} from '../domain/secret-replay';
import { Grievance } from '../entities/grievance.entity';
import type { SubmitGrievanceInput } from '../__generated__/resolvers-types';
import { hashSealedLater } from '../queries/sealed-secrets';
import { filingEvents } from './case-events';
import { actorOf } from './case-file';
import { freshTrackingCode, openCase } from './intake';
import { recordRetaliation, requireSameFacility, retaliatedCase } from './retaliation';
import { namedAgency } from './recruitment-agency';

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
  // The secret of a case retaliated against is checked apart and never kept with the filing.
  const target = input.retaliationAgainst && {
    grievanceId: input.retaliationAgainst.grievanceId,
    trackingCode: input.retaliationAgainst.trackingCode,
  };
  const parsed = parseGrievanceSubmission({ ...input, retaliationAgainst: target, filedBy });
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
  'This submission was already received under this idempotency key: this is the same case, with the same tracking code ' +
  'and secret as the first answer. Write the secret down; a retry shows it again only for a limited time after filing.';
export const REPLAY_WINDOW_NOTICE =
  'This submission was already received under this idempotency key, but the time in which a retry shows its secret ' +
  'again has passed. Use the tracking code with the secret from the first answer.';
export const REPLAY_KEY_NOTICE =
  'This submission was already received under this idempotency key, but the service can no longer show its secret ' +
  'again. Use the tracking code with the secret from the first answer.';

const NOTICES: Record<ReplayedSecret['notice'], string> = {
  SAME_SECRET: REPLAY_NOTICE,
  WINDOW_PASSED: REPLAY_WINDOW_NOTICE,
  KEY_CHANGED: REPLAY_KEY_NOTICE,
};

/**
 * Whether the registry confirmed the facility named by id: the gateway looked it up and signed its
 * facts into the principal, or — the registry not answering in time — let the filing through
 * without them. Undefined for a facility named by name: there is nothing to verify.
 */
function facilityVerified(principal: Principal, submission: GrievanceSubmission): boolean | undefined {
  if (!('id' in submission.facility)) return undefined;
  return Boolean(principal.registry?.[submission.facility.id.toUpperCase()]);
}

/**
 * Files a grievance once per idempotency key. A filer without an account gets a secret derived
 * from the idempotency record (`domain/secret-replay.ts`), and a retry with the same key and input
 * gets the same case and, within the replay window, the same secret. The filing stores the secret
 * sealed and answers without hashing it: the scrypt hash that replaces the seal is made in the
 * background once the filing has answered (`queries/sealed-secrets.ts`), so a crowd filing at once
 * does not wait for each other's hashes. The idempotency record keeps the server key's identifier.
 */
export async function submitGrievance(context: Context, input: SubmitGrievanceInput, idempotencyKey: string) {
  const { principal } = context;
  const submission = submissionOf(input, filerKindOf(principal, input));
  const withoutAccount = principal.role === 'PUBLIC';
  const weakKey = withoutAccount ? anonymousKeyIssue(idempotencyKey) : null;
  if (weakKey) throw badUserInput(weakKey, { argument: 'idempotencyKey' });
  const recordId = idempotencyRecordId('submitGrievance', principal, idempotencyKey);
  const secretKey = withoutAccount ? trackingSecretKey(signingSecret()) : null;
  const secret = secretKey ? derivedSecret(secretKey, recordId) : null;
  const verified = facilityVerified(principal, submission);
  const agency = namedAgency(principal, submission.recruitmentAgencyId);
  const retaliated = await retaliatedCase(context, submission, input.retaliationAgainst?.secret);

  const outcome = await runMutation(context, {
    operation: 'submitGrievance',
    idempotency: { key: idempotencyKey, input: submission },
    async write(tx) {
      if (retaliated !== undefined) requireSameFacility(submission, retaliated);
      const grievance = openCase(tx, submission, {
        filedAt: context.clock.now(),
        actor: actorOf(principal),
        filerSubject: principal.subject,
        secretHash: secretKey && secret ? sealSecret(secretKey, secret) : null,
        facilityVerified: verified,
        agreementMechanism: submission.agreementId
          ? (principal.mechanisms?.[submission.agreementId] ?? null)
          : undefined,
        trackingCode: await freshTrackingCode(tx),
        retaliationOf: retaliated,
      });
      if (agency)
        Object.assign(grievance, { recruitmentAgencyId: agency.id, recruitmentAgencyVerified: agency.verified });
      if (retaliated) await recordRetaliation(tx, retaliated, grievance, actorOf(principal));
      return {
        grievanceId: grievance.id,
        trackingCode: grievance.trackingCode,
        country: grievance.facilityCountry,
        secretKeyId: secretKey?.id ?? null,
        events: filingEvents(grievance),
      };
    },
    audited: (filing) => ({ target: `Grievance:${filing.grievanceId}`, country: filing.country }),
    events: (filing) => filing.events,
  });

  return payloadOf(
    outcome,
    async (filed, replayed): Promise<Filing> => {
      // The filer may read the payload's case in this request, even without an account.
      context.filedInThisRequest.add(filed.grievanceId);
      if (secretKey && !replayed) hashSealedLater(context.em, context.log, [filed.grievanceId]);
      const grievance = await context.em.findOne(Grievance, { id: filed.grievanceId });
      const again =
        replayed && secretKey && grievance
          ? replayedSecret(
              { filedAt: grievance.filedAt, secretKeyId: filed.secretKeyId ?? null },
              secretKey,
              recordId,
              context.clock.now(),
              config().TRACKING_SECRET_REPLAY_HOURS,
            )
          : null;
      return {
        trackingCode: filed.trackingCode,
        secret: replayed ? (again?.secret ?? null) : secret,
        replayed,
        notice: again ? NOTICES[again.notice] : null,
        grievance,
      };
    },
    { trackingCode: null, secret: null, replayed: false, notice: null, grievance: null },
  );
}
