import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '../../../../runtime/principal';
import {
  deadlineState,
  newProgress,
  newTrackingCode,
  routeGrievance,
  rulesFor,
  rulesOfCase,
  type GrievanceRules,
  type Routing,
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
  /**
   * The gateway's lookup of the agreement named in the filing: its rules, or why they do not
   * apply; null when the agreements subgraph did not answer. Undefined without an agreement.
   */
  agreementMechanism?: NonNullable<Principal['mechanisms']>[string] | null;
  /** For a retaliation case: the case it reports retaliation against (its facility, rules and handler apply). */
  retaliationOf?: Grievance | null;
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

/** Why a case filed under an agreement runs on other rules than the agreement's, for the handler. */
function mechanismNote(
  agreementId: string | null | undefined,
  lookup: Filing['agreementMechanism'],
  rules: GrievanceRules,
): string {
  if (!agreementId || lookup?.applies) return '';
  const instead = ` The statutory rules of ${rules.country} apply; a handler may correct the mechanism (correctGrievanceMechanism).`;
  return lookup
    ? ` The mechanism of ${agreementId} does not apply: ${lookup.reason ?? 'it has none in force'}.${instead}`
    : ` The agreements could not be read at filing, so the mechanism of ${agreementId} was not checked.${instead}`;
}

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
  const original = filing.retaliationOf ?? null;
  const rules = original
    ? rulesOfCase(original.rules, original.facilityCountry)
    : rulesFor(filing.agreementMechanism?.rules, facilityCountry);
  // Retaliation goes to whoever handles the case it retaliates against, and the regulator is told.
  const routing: Routing = original
    ? { handlerKind: original.handlerKind, handlerOrganizationId: original.handlerOrganizationId }
    : routeGrievance(rules, submission.facilityOwnerId);
  const progress = newProgress(filing.filedAt, facilityCountry, Boolean(original));
  const { deadlines, nextDueAt, nextEscalationAt } = deadlineState(rules, progress, 'RECEIVED', filing.filedAt);
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
    retaliationClaim: submission.retaliationClaim || Boolean(original),
    retaliationOf: original?.id ?? null,
    summary: submission.summary,
    description: submission.description,
    workersAffected: submission.workersAffected ?? null,
    status: 'RECEIVED',
    version: 1,
    handlerKind: routing.handlerKind,
    handlerOrganizationId: routing.handlerOrganizationId,
    agreementId: original ? original.agreementId : (submission.agreementId ?? null),
    rules,
    filedAt: filing.filedAt,
    filedMonth: filing.filedAt.toISOString().slice(0, 7),
    stepCompletions: {},
    acknowledgeBy: deadlines.acknowledgeBy,
    respondBy: deadlines.respondBy,
    nextDueAt,
    nextEscalationAt,
    escalations: {},
    eventSequence: 0,
    updatedAt: filing.filedAt,
  });
  for (const area of submission.areas) em.create(GrievanceArea, { grievance, area });

  const at = filing.filedAt;
  const system: Actor = { role: filing.actor.role, organizationId: filing.actor.organizationId };
  addEvent(em, grievance, { kind: 'FILED', at, actor: system, public: true });
  const handlerName = routing.handlerOrganizationId ?? inspectorateOf(facilityCountry);
  addEvent(em, grievance, {
    kind: 'ROUTED',
    at,
    actor: system,
    note:
      `Routed to ${handlerName} (${routing.handlerKind}) under ${rules.mechanism} (${rules.citation}).` +
      (original
        ? ` Retaliation against case ${original.trackingCode}: its handler and rules, on the urgent track.`
        : mechanismNote(submission.agreementId, filing.agreementMechanism, rules)),
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
  if (routing.handlerKind !== 'REGULATOR' || original) {
    addEvent(em, grievance, {
      kind: 'NOTIFIED',
      at,
      actor: system,
      note: original
        ? `The labour inspectorate of ${facilityCountry} notified: retaliation against a complainant is urgent.`
        : `The labour inspectorate of ${facilityCountry} notified.`,
    });
  }
  return grievance;
}
