/**
 * Who handles a grievance. The rules it runs on come with the filing: the gateway looks up the
 * agreement's mechanism in the agreements subgraph (no subgraph calls another) and passes it in the
 * signed principal; without an agreement, or when the agreement's mechanism does not apply, the
 * statutory default of the facility's country applies (vocabulary/grievance-rules).
 */
import { statutoryRules, type GrievanceRules } from '../../../../vocabulary/grievance-rules';
import type { HandlerKind } from '../__generated__/resolvers-types';

export type { HandlerKind };

export type Routing = {
  handlerKind: HandlerKind;
  /**
   * Null for REGULATOR until an inspector of the jurisdiction takes the case: the grievances
   * subgraph does not know which organisation is a country's inspectorate, only the country.
   */
  handlerOrganizationId: string | null;
};

/** The rules that apply: the agreement's mechanism when the gateway found it applies, else the country's. */
export function rulesFor(agreementRules: GrievanceRules | null | undefined, country: string): GrievanceRules {
  return agreementRules ?? statutoryRules(country);
}

/**
 * The secretariat of the agreement's mechanism when it has one, else the facility's owner when the
 * filer named it, else the labour inspectorate of the facility's country.
 */
export function routeGrievance(rules: GrievanceRules, facilityOwnerId: string | null | undefined): Routing {
  if (rules.secretariatOrganizationId)
    return { handlerKind: 'MECHANISM', handlerOrganizationId: rules.secretariatOrganizationId };
  if (facilityOwnerId) return { handlerKind: 'FACILITY_OWNER', handlerOrganizationId: facilityOwnerId };
  return { handlerKind: 'REGULATOR', handlerOrganizationId: null };
}
