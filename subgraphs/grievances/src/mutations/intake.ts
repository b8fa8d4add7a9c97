import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import {
  deadlineState,
  mechanismOf,
  newProgress,
  newTrackingCode,
  routeGrievance,
  rulesFor,
  type GrievanceSubmission,
} from '../domain';
import { Grievance, GrievanceArea } from '../entities/grievance.entity';
import { addEvent, type Actor } from './case-file';

export type Filing = {
  filedAt: Date;
  actor: Actor;
  filerSubject: string | null;
  secretHash: string | null;
  /**
   * False when the registry could not answer about the facility id at filing, so it went
   * unchecked; a facility named by id is otherwise one the registry confirmed (the gateway refuses
   * unknown ones, and the demo seed files about its own registry's facilities).
   */
  facilityVerified?: boolean;
  /** Fixed ids and codes for the demo seed; fresh ones otherwise. */
  id?: string;
  trackingCode?: string;
};

/** A tracking code no case has yet (collisions are rare but possible: 40 random bits). */
export async function freshTrackingCode(em: EntityManager): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newTrackingCode();
    if ((await em.count(Grievance, { trackingCode: code })) === 0) return code;
  }
  throw new Error('Could not find an unused tracking code after 5 attempts');
}

const inspectorateOf = (country: string) => `the labour inspectorate of ${country}`;

/**
 * Opens a case: the grievance, its area rows, the deadlines of the mechanism it is filed under,
 * and the opening timeline — filed (public), routed, and the brands and regulator told (internal).
 */
export function openCase(
  em: EntityManager,
  submission: GrievanceSubmission,
  filing: Filing & { trackingCode: string },
): Grievance {
  const byId = 'id' in submission.facility ? submission.facility : null;
  const byName = 'name' in submission.facility ? submission.facility : null;
  const facilityCountry = byId ? byId.id.slice(0, 2) : byName!.country;
  const routing = routeGrievance(submission);
  const rules = rulesFor(submission.agreementId);
  const { deadlines, nextDueAt } = deadlineState(rules, newProgress(filing.filedAt), 'RECEIVED', filing.filedAt);
  const grievance = em.create(Grievance, {
    id: filing.id ?? `grv_${randomUUID().replace(/-/g, '')}`,
    trackingCode: filing.trackingCode,
    secretHash: filing.secretHash,
    facilityId: byId?.id ?? null,
    facilityVerified: byId ? (filing.facilityVerified ?? true) : null,
    facilityCountry,
    reportedFacilityName: byName?.name ?? null,
    facilityOwnerId: submission.facilityOwnerId ?? null,
    filedBy: submission.filedBy,
    filingOrganizationId: filing.actor.organizationId,
    filerSubject: filing.filerSubject,
    complainantIdentity: submission.complainantIdentity ?? null,
    contact: submission.contact ?? null,
    channel: submission.channel,
    language: submission.language,
    areas: submission.areas,
    retaliationClaim: submission.retaliationClaim,
    summary: submission.summary,
    description: submission.description,
    workersAffected: submission.workersAffected ?? null,
    status: 'RECEIVED',
    version: 1,
    handlerKind: routing.handlerKind,
    handlerOrganizationId: routing.handlerOrganizationId,
    agreementId: submission.agreementId ?? null,
    rules,
    filedAt: filing.filedAt,
    filedMonth: filing.filedAt.toISOString().slice(0, 7),
    stepCompletions: {},
    acknowledgeBy: deadlines.acknowledgeBy,
    respondBy: deadlines.respondBy,
    nextDueAt,
    eventSequence: 0,
    updatedAt: filing.filedAt,
  });
  for (const area of submission.areas) em.create(GrievanceArea, { grievance, area });

  const at = filing.filedAt;
  const system: Actor = { role: filing.actor.role, organizationId: filing.actor.organizationId };
  addEvent(em, grievance, { kind: 'FILED', at, actor: system, public: true });
  const unknownMechanism = submission.agreementId && !mechanismOf(submission.agreementId);
  const handlerName = routing.handlerOrganizationId ?? inspectorateOf(facilityCountry);
  addEvent(em, grievance, {
    kind: 'ROUTED',
    at,
    actor: system,
    note:
      `Routed to ${handlerName} (${routing.handlerKind}) under ${rules.mechanism}.` +
      (unknownMechanism
        ? ` No copy of the rules of ${submission.agreementId} is held here; the default rules apply until a handler corrects it.`
        : ''),
  });
  if (byId && filing.facilityVerified === false) {
    addEvent(em, grievance, {
      kind: 'FACILITY_UNVERIFIED',
      at,
      actor: system,
      note:
        `The facility registry could not answer at filing, so facility ${byId.id} was not checked against it. ` +
        'Confirm the facility with the registry (linkGrievanceToFacility) before relying on it.',
    });
  }
  for (const brandId of submission.brandIds) {
    addEvent(em, grievance, {
      kind: 'NOTIFIED',
      at,
      actor: system,
      notifiedOrganizationId: brandId,
      note: 'Brand sourcing from the facility notified.',
    });
  }
  if (routing.handlerKind !== 'REGULATOR') {
    addEvent(em, grievance, {
      kind: 'NOTIFIED',
      at,
      actor: system,
      note: `The labour inspectorate of ${facilityCountry} notified.`,
    });
  }
  return grievance;
}
