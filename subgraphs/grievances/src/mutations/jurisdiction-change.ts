import type { AuditedTarget } from '../../../../runtime/mutation';
import type { Principal } from '../../../../runtime/principal';
import { handlerAfterLink } from '../domain';
import type { Grievance } from '../entities/grievance.entity';

/**
 * The writes a link and a transfer share: linking the case to a registry facility (with the
 * country and owner the registry gave), clearing a pending transfer, and auditing a change that
 * concerns two jurisdictions in both.
 */

/** The facility a case is about, for a timeline note. */
export const describeFacility = (grievance: Grievance) =>
  grievance.facilityId
    ? `facility ${grievance.facilityId} (${grievance.facilityCountry})`
    : `"${grievance.reportedFacilityName}" (${grievance.facilityCountry}) as reported`;

/**
 * Links the case to the facility: its country becomes the jurisdiction and the registry's owner
 * the facility's owner, and the handler follows (domain/jurisdiction.ts). Returns a sentence for
 * the timeline when the case changed hands.
 */
export function applyLink(
  grievance: Grievance,
  target: { facilityId: string; country: string; ownerId: string | null },
  actor: Principal,
): string | null {
  const routing = handlerAfterLink(grievance, { country: target.country, ownerId: target.ownerId }, actor);
  const handedOver =
    routing.handlerKind !== grievance.handlerKind || routing.handlerOrganizationId !== grievance.handlerOrganizationId;
  grievance.facilityId = target.facilityId;
  // The registry's own facts: the facility is confirmed now, whatever happened at filing.
  grievance.facilityVerified = true;
  grievance.facilityCountry = target.country;
  grievance.facilityOwnerId = target.ownerId;
  grievance.handlerKind = routing.handlerKind;
  grievance.handlerOrganizationId = routing.handlerOrganizationId;
  if (!handedOver) return null;
  return routing.handlerOrganizationId
    ? `The case is now handled by ${routing.handlerOrganizationId} (${routing.handlerKind}).`
    : `The case passes to the labour inspectorate of ${target.country}.`;
}

export function clearTransfer(grievance: Grievance): void {
  grievance.transferFacilityId = null;
  grievance.transferCountry = null;
  grievance.transferOwnerId = null;
  grievance.transferRequestedAt = null;
  grievance.transferRequestedByRole = null;
  grievance.transferRequestedByOrganizationId = null;
  grievance.transferRequestedBySubject = null;
  grievance.transferNote = null;
}

/** One audit entry per jurisdiction concerned, so each country's regulator reads it in its trail. */
export function transferAudit(grievance: Grievance, otherCountry: string, operation: string): AuditedTarget[] {
  const countries = [...new Set([grievance.facilityCountry, otherCountry])];
  return countries.map((country) => ({ target: `Grievance:${grievance.id}`, country, operation }));
}

/** A note for the timeline: the fixed sentences, then what the caller wrote. */
export const joinNote = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n');
