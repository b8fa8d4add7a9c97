import type { EntityManager } from '@mikro-orm/core';
import { organizationsOfKind } from '../../../../demo/organizations';
import { SeededRandom } from '../../../../demo/random';
import { demoWorld, type DemoFacility } from '../../../../demo/world';
import { systemClock, type Clock } from '../../../../runtime/clock';
import { config } from '../../../../runtime/config';
import {
  assertTransition,
  COMPLIANCE_AREAS,
  hashSecret,
  newTrackingCode,
  parseGrievanceSubmission,
  type GrievanceStatus,
} from '../domain';
import { Grievance } from '../entities/grievance.entity';
import { Remediation } from '../entities/remediation.entity';
import { agreementRules } from '../../../../vocabulary/grievance-rules';
import { DEMO_AGREEMENTS } from '../../../agreements/src/seed/demo-agreements';
import { applyMove, type Actor } from '../mutations/case-file';
import { escalateMissedSteps } from '../mutations/deadline-escalation';
import { openCase } from '../mutations/intake';
import { secretHashing } from '../queries/tracking';
import { AREA_TEXTS, complaintDealer, COUNTRY_CURRENCY, COUNTRY_LANGUAGE } from './seed-texts';

/**
 * Demo cases over the demo world's facilities, filed by its unions, civil-society organisations,
 * brands, regulators and anonymous workers, and moved along the lifecycle by their handlers with
 * the same code the mutations use. Content is fixed by the seed; dates are laid out backwards from
 * the clock's day when the seed runs, so the demo always shows a realistic mix of on-time and
 * overdue cases.
 */
export const DEMO_CASE_COUNT = 180;

/** The first anonymous demo case, which a newcomer can follow with grievanceStatus (outside production). */
export const DEMO_TRACKING = { trackingCode: 'GRV-DEM0-0001', secret: 'demo-worker-secret-0001' } as const;

// Paths a case takes to reach each final status.
const PATHS: Record<GrievanceStatus, GrievanceStatus[]> = {
  RECEIVED: [],
  ACKNOWLEDGED: ['ACKNOWLEDGED'],
  UNDER_REVIEW: ['ACKNOWLEDGED', 'UNDER_REVIEW'],
  INVESTIGATING: ['ACKNOWLEDGED', 'UNDER_REVIEW', 'INVESTIGATING'],
  REMEDIATION_AGREED: ['ACKNOWLEDGED', 'UNDER_REVIEW', 'INVESTIGATING', 'REMEDIATION_AGREED'],
  REMEDIATION_IN_PROGRESS: [
    'ACKNOWLEDGED',
    'UNDER_REVIEW',
    'INVESTIGATING',
    'REMEDIATION_AGREED',
    'REMEDIATION_IN_PROGRESS',
  ],
  RESOLVED: [
    'ACKNOWLEDGED',
    'UNDER_REVIEW',
    'INVESTIGATING',
    'REMEDIATION_AGREED',
    'REMEDIATION_IN_PROGRESS',
    'RESOLVED',
  ],
  NOT_SUBSTANTIATED: ['ACKNOWLEDGED', 'UNDER_REVIEW', 'INVESTIGATING', 'NOT_SUBSTANTIATED'],
  ESCALATED: ['ACKNOWLEDGED', 'UNDER_REVIEW', 'ESCALATED'],
  WITHDRAWN: ['ACKNOWLEDGED', 'WITHDRAWN'],
};
const FINAL: GrievanceStatus[] = [
  'RECEIVED',
  'RECEIVED',
  'ACKNOWLEDGED',
  'UNDER_REVIEW',
  'UNDER_REVIEW',
  'INVESTIGATING',
  'INVESTIGATING',
  'REMEDIATION_AGREED',
  'REMEDIATION_IN_PROGRESS',
  'RESOLVED',
  'RESOLVED',
  'RESOLVED',
  'NOT_SUBSTANTIATED',
  'ESCALATED',
  'WITHDRAWN',
];

const DAY = 86_400_000;
const ROLE_OF_KIND: Record<string, string> = {
  REGULATOR: 'REGULATOR',
  SUPPLIER: 'SUPPLIER',
  UNION: 'UNION',
  CIVIL_SOCIETY: 'CIVIL_SOCIETY',
  BRAND: 'BRAND',
};
const organizations = () => demoWorld().organizations;
const roleOf = (organizationId: string | null) =>
  ROLE_OF_KIND[organizations().find((o) => o.id === organizationId)?.kind ?? ''] ?? 'CIVIL_SOCIETY';

type Filer = { actor: Actor; language: string; channel: string; identity: boolean; knowsOwner: boolean };

function chooseFiler(random: SeededRandom, facility: DemoFacility, buyers: string[]): Filer {
  const local = COUNTRY_LANGUAGE[facility.country] ?? 'en';
  const roll = random.next();
  if (roll < 0.35)
    return {
      actor: { role: 'PUBLIC', organizationId: null },
      language: local,
      channel: random.pick(['WEB', 'SMS', 'WHATSAPP', 'HOTLINE', 'PHONE']),
      identity: random.chance(0.3),
      knowsOwner: false,
    };
  if (roll < 0.7) {
    const union =
      organizationsOfKind('UNION').find((o) => o.country === facility.country) ??
      organizationsOfKind('UNION').find((o) => o.country === 'DE')!;
    return {
      actor: { role: 'UNION', organizationId: union.id },
      language: union.country === 'DE' ? 'en' : local,
      channel: 'UNION_REPRESENTATIVE',
      identity: true,
      knowsOwner: random.chance(0.7),
    };
  }
  if (roll < 0.85) {
    const cso =
      facility.country === 'BD' && random.chance(0.5)
        ? organizationsOfKind('CIVIL_SOCIETY').find((o) => o.country === 'BD')!
        : random.pick(organizationsOfKind('CIVIL_SOCIETY'));
    return {
      actor: { role: 'CIVIL_SOCIETY', organizationId: cso.id },
      language: cso.country === 'FR' ? 'fr' : cso.country === 'BD' ? 'bn-BD' : 'en',
      channel: 'EMAIL',
      identity: random.chance(0.5),
      knowsOwner: random.chance(0.6),
    };
  }
  const regulator = organizationsOfKind('REGULATOR').find((o) => o.country === facility.country);
  if (roll < 0.93 && buyers.length)
    return {
      actor: { role: 'BRAND', organizationId: random.pick(buyers) },
      language: 'en',
      channel: 'EMAIL',
      identity: false,
      knowsOwner: true,
    };
  if (regulator)
    return {
      actor: { role: 'REGULATOR', organizationId: regulator.id },
      language: 'en',
      channel: 'IN_PERSON',
      identity: false,
      knowsOwner: true,
    };
  return {
    actor: { role: 'PUBLIC', organizationId: null },
    language: local,
    channel: 'HOTLINE',
    identity: false,
    knowsOwner: false,
  };
}

/**
 * The mechanism a demo case is filed under, as its filer would choose: the USMCA rapid-response
 * mechanism for a denial of free association in Mexico, the Bangladesh safety accord for a safety
 * complaint there, the Rheinwerk framework agreement for a union's case at a Rheinwerk supplier;
 * otherwise none, and the statutory rules of the facility's country apply.
 */
function agreementFor(
  random: SeededRandom,
  facility: DemoFacility,
  areas: string[],
  filer: Filer,
  buyers: string[],
): string | undefined {
  if (facility.country === 'MX' && areas.includes('FREEDOM_OF_ASSOCIATION') && random.chance(0.8))
    return 'agr-usmca-labour-chapter';
  if (facility.country === 'BD' && areas.includes('OCCUPATIONAL_SAFETY_AND_HEALTH')) return 'agr-bd-safety-accord';
  if (filer.actor.role === 'UNION' && buyers.includes('org-rheinwerk-apparel')) return 'agr-gfa-rheinwerk';
  return undefined;
}

/** The rules of each demo agreement's mechanism in force, as the gateway would read them at filing. */
const DEMO_MECHANISMS = new Map(
  DEMO_AGREEMENTS.filter((agreement) => agreement.mechanism && agreement.history.at(-1)?.[0] === 'IN_FORCE').map(
    (agreement) => [
      agreement.id,
      { applies: true, reason: null, rules: agreementRules(agreement.id, agreement.mechanism!) },
    ],
  ),
);

export async function seedGrievances(em: EntityManager, clock: Clock = systemClock): Promise<void> {
  if ((await em.count(Grievance)) > 0) return;
  const world = demoWorld();
  const random = new SeededRandom(7_000_007);
  const now = clock.now();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  // Hashed at the deployment's one cost, like every secret. The other anonymous demo cases'
  // secrets were never shown to anyone, so they keep no hash: no secret opens them, and a lookup
  // of their codes still spends one hash of that cost. In production the demo case is one of them:
  // its secret is published, so there it opens nothing.
  const demoSecretHash =
    config().NODE_ENV === 'production' ? null : await hashSecret(DEMO_TRACKING.secret, secretHashing());
  const active = world.facilities.filter((facility) => facility.status === 'ACTIVE');
  // A few facilities with many cases, so that some summaries show counts above the suppression threshold.
  const hotspots = random.sample(active, 8);
  const regulatorOf = (country: string) =>
    organizationsOfKind('REGULATOR').find((o) => o.country === country)?.id ?? null;

  const complaintOf = complaintDealer(random);
  let demoCaseFiled = false;
  const isDemoCase = (filer: Filer) => filer.actor.role === 'PUBLIC' && !filer.identity && !demoCaseFiled;
  for (let index = 0; index < DEMO_CASE_COUNT; index++) {
    const facility = index < 70 ? hotspots[index % hotspots.length] : random.pick(active);
    const buyers = world.supplyChainLinks.filter((link) => link.facilityId === facility.id).map((link) => link.buyerId);
    const filer = chooseFiler(random, facility, buyers);
    const areas = random.sample(COMPLIANCE_AREAS, random.integer(1, 2));
    const byName = filer.actor.role === 'PUBLIC' && random.chance(0.15);
    const parsed = parseGrievanceSubmission({
      facility: byName ? { name: facility.name, country: facility.country } : { id: facility.id },
      areas,
      retaliationClaim: areas.includes('FREEDOM_OF_ASSOCIATION') || random.chance(0.1),
      ...complaintOf(areas[0]),
      language: filer.language,
      channel: filer.channel,
      workersAffected: random.integer(1, 400),
      complainantIdentity: filer.identity ? `Worker ${index + 1}, line ${random.integer(1, 12)}` : null,
      contact: filer.identity ? `+00 555 ${String(1000 + index)}` : null,
      agreementId: agreementFor(random, facility, areas, filer, buyers),
      // The worker who follows the demo case named the owner, so the case shows an escalation.
      facilityOwnerId: filer.knowsOwner || isDemoCase(filer) ? facility.ownerId : null,
      brandIds: random.chance(0.5) ? buyers.slice(0, 2) : [],
      filedBy: filer.actor.role === 'PUBLIC' ? (filer.identity ? 'WORKER' : 'ANONYMOUS') : filer.actor.role,
    });
    if (!parsed.ok) throw new Error(`demo grievance ${index} is invalid: ${JSON.stringify(parsed.issues)}`);
    const demoCase = isDemoCase(filer);
    demoCaseFiled ||= demoCase;
    const trackingCode = demoCase
      ? DEMO_TRACKING.trackingCode
      : newTrackingCode((size) => Uint8Array.from({ length: size }, () => random.integer(0, 255)));
    const filedAt = new Date(today - random.integer(1, 420) * DAY + random.integer(6, 18) * 3_600_000);
    const grievance = openCase(em, parsed.value, {
      id: `grv_demo_${String(index + 1).padStart(4, '0')}`,
      trackingCode,
      filedAt,
      actor: filer.actor,
      filerSubject: filer.actor.organizationId ? `demo-${filer.actor.role.toLowerCase()}` : null,
      secretHash: demoCase ? demoSecretHash : null,
      agreementMechanism: parsed.value.agreementId ? DEMO_MECHANISMS.get(parsed.value.agreementId) : undefined,
    });
    moveAlong(em, random, grievance, random.pick(FINAL), today, regulatorOf(grievance.facilityCountry));
  }
  // One flush: MikroORM writes the whole demo in one transaction.
  await em.flush();
}

/** Walks the case along its path as long as the moves fall before today; handlers are sometimes late. */
function moveAlong(
  em: EntityManager,
  random: SeededRandom,
  grievance: Grievance,
  final: GrievanceStatus,
  today: number,
  regulator: string | null,
) {
  let at = grievance.filedAt.getTime();
  let remedy: Remediation | null = null;
  for (const status of PATHS[final]) {
    at += (status === 'ACKNOWLEDGED' ? random.integer(1, 10) : random.integer(5, 40)) * DAY;
    if (at > today) break;
    // Deadlines missed before this move were escalated when they passed, as the job does.
    escalateUntil(em, grievance, at);
    if (!assertTransition(grievance.status, status).ok) continue;
    if (grievance.handlerKind === 'REGULATOR' && !grievance.handlerOrganizationId)
      grievance.handlerOrganizationId = regulator;
    const withdrawing = status === 'WITHDRAWN';
    const actor: Actor = withdrawing
      ? {
          role: grievance.filingOrganizationId ? roleOf(grievance.filingOrganizationId) : 'PUBLIC',
          organizationId: grievance.filingOrganizationId,
        }
      : {
          role: grievance.handlerOrganizationId ? roleOf(grievance.handlerOrganizationId) : 'REGULATOR',
          organizationId: grievance.handlerOrganizationId,
        };
    if (status === 'REMEDIATION_AGREED') remedy = recordDemoRemedy(em, random, grievance, new Date(at));
    if (status === 'RESOLVED' && remedy)
      Object.assign(remedy, { verifiedByOrganizationId: grievance.handlerOrganizationId, verifiedAt: new Date(at) });
    const sharing = random.chance(0.4);
    applyMove(em, grievance, status, {
      at: new Date(at),
      actor,
      note: sharing ? 'Meeting with the workers and management held; next steps agreed.' : null,
      notePublic: sharing,
    });
  }
  escalateUntil(em, grievance, today);
}

/** Escalates, at the hour after each deadline passed, the steps the case missed before `until`. */
function escalateUntil(em: EntityManager, grievance: Grievance, until: number) {
  while (grievance.nextEscalationAt && grievance.nextEscalationAt.getTime() < until) {
    const after = new Date(grievance.nextEscalationAt.getTime() + 3_600_000);
    if (after.getTime() > until || !escalateMissedSteps(em, grievance, after).length) return;
  }
}

function recordDemoRemedy(em: EntityManager, random: SeededRandom, grievance: Grievance, at: Date): Remediation {
  const pay = grievance.areas.includes('COMPENSATION') || grievance.areas.includes('WORKING_TIME');
  return em.create(Remediation, {
    grievance,
    actionsAgreed: grievance.areas.map((area) => AREA_TEXTS[area].actions[0]),
    backPayAmount: pay ? `${random.integer(200, 9000)}.00` : null,
    backPayCurrency: pay ? (COUNTRY_CURRENCY[grievance.facilityCountry] ?? 'USD') : null,
    workersReinstated: grievance.areas.includes('FREEDOM_OF_ASSOCIATION') ? random.integer(1, 6) : null,
    recordedAt: at,
    recordedByOrganizationId: grievance.handlerOrganizationId,
  });
}
