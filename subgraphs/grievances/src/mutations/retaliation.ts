import type { EntityManager } from '@mikro-orm/core';
import { Refusal } from '../../../../runtime/mutation';
import type { Context } from '../context';
import type { GrievanceSubmission } from '../domain';
import type { Grievance } from '../entities/grievance.entity';
import { filedByOrganisation, findByCodeAndSecret, NO_MATCH_MESSAGE } from '../queries/tracking';
import { appendEventInSql, type Actor } from './case-file';

const FIELD = ['input', 'retaliationAgainst'];

/**
 * The case a retaliation report names, as the filer may reach it: a worker without an account by
 * tracking code and secret (the same check, and the same counting of wrong secrets, as
 * grievanceStatus), an organisation by id among the cases it sees or by the tracking code of a
 * case it filed. Undefined when the filing names none; null when nothing matches.
 */
export async function retaliatedCase(
  context: Context,
  submission: GrievanceSubmission,
  secret: string | null | undefined,
): Promise<Grievance | null | undefined> {
  const target = submission.retaliationAgainst;
  if (!target) return undefined;
  if (target.trackingCode && secret) return findByCodeAndSecret(context, target.trackingCode, secret);
  if (target.trackingCode)
    return filedByOrganisation(context.em, target.trackingCode, context.principal.organizationId);
  return target.grievanceId ? context.loaders.grievance.load(target.grievanceId) : null;
}

/** Refuses a report that names no case the filer may reach, or a facility other than that case's. */
export function requireSameFacility(submission: GrievanceSubmission, retaliated: Grievance | null): void {
  if (!retaliated)
    throw new Refusal(
      'NOT_FOUND',
      submission.retaliationAgainst?.trackingCode
        ? NO_MATCH_MESSAGE
        : `No grievance ${submission.retaliationAgainst?.grievanceId} that you may see`,
      FIELD,
    );
  const named = submission.facility;
  const same =
    'id' in named
      ? named.id.toUpperCase() === retaliated.facilityId
      : !retaliated.facilityId && named.country === retaliated.facilityCountry;
  if (!same)
    throw new Refusal(
      'BAD_USER_INPUT',
      'A retaliation case is about the facility of the case it retaliates against; name that facility',
      ['input', 'facility'],
    );
}

/**
 * Records the report in the timeline of the case retaliated against, public, so that its worker
 * and its handler see it. The event is numbered in SQL (`appendEventInSql`) and the case is not
 * otherwise changed: its version stays, so a handler editing it meanwhile is not interrupted, nor
 * the report refused.
 */
export async function recordRetaliation(tx: EntityManager, retaliated: Grievance, report: Grievance, actor: Actor) {
  await appendEventInSql(tx, retaliated.id, {
    kind: 'RETALIATION_REPORTED',
    at: report.filedAt,
    actor,
    note: `Retaliation case ${report.trackingCode} filed; it runs on the urgent track.`,
    public: true,
  });
}
