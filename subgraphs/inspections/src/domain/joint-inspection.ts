import type { CooperationFacts } from '../../../../runtime/principal';
import type { InspectionKind, InspectionStatus } from '../__generated__/resolvers-types';
import type { Conductor } from './conductor';
import { issueAt, type ValidationIssue } from './validation';

/**
 * The rules of a joint inspection, checked with the facts the gateway looked up in the agreements
 * subgraph and the registry (`principal.references`) before the filing reached this subgraph:
 *
 * - it is conducted under an agreement IN_FORCE that provides for joint inspections and binds the
 *   host country (the facility's country) and the country of every partner;
 * - the host country's inspectorate leads it: abroad, an inspectorate is a partner, never the lead;
 * - every partner is an inspectorate (a REGULATOR organisation of the registry) of another country
 *   bound by the agreement.
 */

/** What a joint inspection names, as submitted (partner ids in the order given). */
export interface JointInspectionFiling {
  kind: InspectionKind;
  agreementId: string | null;
  jointInspectorIds: readonly string[];
}

export function jointInspectionIssues(
  filing: JointInspectionFiling,
  lead: Conductor,
  hostCountry: string,
  facts: CooperationFacts | undefined,
): ValidationIssue[] {
  if (filing.kind !== 'JOINT_INSPECTION') return [];
  const issues: ValidationIssue[] = [];
  if (lead.role === 'REGULATOR' && lead.country !== hostCountry)
    issues.push(
      issueAt(
        'facilityId',
        `is in ${hostCountry}: a joint inspection there is led by ${hostCountry}'s inspectorate, not by yours (${lead.country ?? 'none'}); it names yours as a partner`,
      ),
    );
  const agreement = filing.agreementId ? facts?.agreements[filing.agreementId] : undefined;
  if (filing.agreementId) issues.push(...agreementIssues(filing.agreementId, agreement, hostCountry));
  filing.jointInspectorIds.forEach((id, index) => {
    const problem = partnerProblem(id, facts?.organizations[id], hostCountry, agreement);
    if (problem) issues.push(issueAt(['jointInspectorIds', String(index)], problem));
  });
  return issues;
}

function agreementIssues(
  id: string,
  agreement: CooperationFacts['agreements'][string] | undefined,
  hostCountry: string,
): ValidationIssue[] {
  const at = (message: string) => issueAt('agreementId', message);
  if (!agreement) return [at(`agreement ${id} could not be checked; try again shortly`)];
  const issues: ValidationIssue[] = [];
  if (agreement.status !== 'IN_FORCE')
    issues.push(
      at(`agreement ${id} is ${agreement.status}; joint inspections are conducted under an agreement IN_FORCE`),
    );
  if (!agreement.jointInspection) issues.push(at(`agreement ${id} has no joint-inspection provision`));
  if (!agreement.boundCountries.includes(hostCountry))
    issues.push(at(`agreement ${id} does not bind ${hostCountry}, the facility's country`));
  return issues;
}

/** Why an organisation cannot be a partner of the joint inspection, or null when it can. */
function partnerProblem(
  id: string,
  organization: CooperationFacts['organizations'][string] | undefined,
  hostCountry: string,
  agreement: CooperationFacts['agreements'][string] | undefined,
): string | null {
  if (!organization) return `organisation ${id} could not be checked; try again shortly`;
  if (organization.kind !== 'REGULATOR')
    return `${id} is ${organization.kind ? `a ${organization.kind} organisation` : 'not an organisation the registry classifies'}, not an inspectorate (REGULATOR)`;
  if (organization.country === hostCountry)
    return `${id} is an inspectorate of ${hostCountry}, the host country; a partner is the inspectorate of another party to the agreement`;
  if (agreement && (!organization.country || !agreement.boundCountries.includes(organization.country)))
    return `${id} is an inspectorate of ${organization.country ?? 'no country'}, which the agreement does not bind`;
  return null;
}

/** A joint inspection waits for its partners' signatures; any other is final once filed. */
export const filedStatus = (kind: InspectionKind): InspectionStatus =>
  kind === 'JOINT_INSPECTION' ? 'AWAITING_COSIGNATURE' : 'SUBMITTED';

/** Partners that have not signed yet: the inspection is final when there are none. */
export const unsignedPartners = (partnerIds: readonly string[], signedBy: readonly string[]): string[] =>
  partnerIds.filter((id) => !signedBy.includes(id));

/**
 * The status of a joint inspection once every partner signed: SUBMITTED, or DISPUTED when the
 * facility's owner disputed one of its findings in the meantime (the dispute is part of the report).
 */
export const finalStatus = (anyFindingDisputed: boolean): InspectionStatus =>
  anyFindingDisputed ? 'DISPUTED' : 'SUBMITTED';
