/**
 * Which mechanism a grievance is filed under and who handles it.
 *
 * The agreements subgraph owns agreements and their grievance mechanisms, and no subgraph calls
 * another. The rules in force when a case is filed are copied onto it anyway, so that a later
 * amendment never moves the deadlines of a running case; this subgraph therefore keeps its own
 * copy of the mechanisms it accepts filings under, keyed by agreement id. A filing that names an
 * agreement without a local copy keeps the agreement id but runs on the default LkSG rules, and
 * the handler is told so in an internal timeline note.
 */
import type { HandlerKind } from '../__generated__/resolvers-types';
import { DEFAULT_RULES, RAPID_RESPONSE_RULES, type DeadlineRules } from './deadlines';

export type { HandlerKind };

export type GrievanceMechanism = {
  agreementId: string;
  rules: DeadlineRules;
  /** The organisation that runs the mechanism and handles cases filed under it. */
  secretariatOrganizationId: string;
};

/** Safety complaints under a Bangladesh accord: acknowledge within 7 days, respond within 90. */
export const SAFETY_ACCORD_RULES: DeadlineRules = {
  mechanism: 'BD_SAFETY_ACCORD_COMPLAINTS',
  acknowledgeWithinDays: 7,
  respondWithinDays: 90,
  reviewSteps: [],
};

export const MECHANISMS: Readonly<Record<string, GrievanceMechanism>> = {
  // Petitions under the USMCA Rapid Response mechanism go to the US interagency committee.
  'agr-usmca-labour-chapter': {
    agreementId: 'agr-usmca-labour-chapter',
    rules: RAPID_RESPONSE_RULES,
    secretariatOrganizationId: 'org-united-states-labor-standards-office',
  },
  'agr-bd-safety-accord': {
    agreementId: 'agr-bd-safety-accord',
    rules: SAFETY_ACCORD_RULES,
    secretariatOrganizationId: 'org-international-labour-cooperation-office',
  },
};

export function mechanismOf(agreementId: string | null | undefined): GrievanceMechanism | null {
  return agreementId ? (MECHANISMS[agreementId] ?? null) : null;
}

export function rulesFor(agreementId: string | null | undefined): DeadlineRules {
  return mechanismOf(agreementId)?.rules ?? DEFAULT_RULES;
}

export type Routing = {
  handlerKind: HandlerKind;
  /**
   * Null for REGULATOR until an inspector of the jurisdiction takes the case: the grievances
   * subgraph does not know which organisation is a country's inspectorate, only the country.
   */
  handlerOrganizationId: string | null;
};

/**
 * The agreement's mechanism if we hold its rules, else the facility's owner when the filer named
 * it, else the labour inspectorate of the facility's country.
 */
export function routeGrievance(filing: { agreementId?: string | null; facilityOwnerId?: string | null }): Routing {
  const mechanism = mechanismOf(filing.agreementId);
  if (mechanism) return { handlerKind: 'MECHANISM', handlerOrganizationId: mechanism.secretariatOrganizationId };
  if (filing.facilityOwnerId) return { handlerKind: 'FACILITY_OWNER', handlerOrganizationId: filing.facilityOwnerId };
  return { handlerKind: 'REGULATOR', handlerOrganizationId: null };
}
