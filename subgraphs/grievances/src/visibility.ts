import type { FilterQuery } from '@mikro-orm/core';
import type { CrossBorderReads } from '../../../runtime/audit';
import { regulatorCountries, type Principal } from '../../../runtime/principal';
import type { Context } from './context';
import type { LinkKind } from './domain';
import type { Grievance } from './entities/grievance.entity';

/**
 * Who may see which grievance, twice: as a query condition for lists and lookups, and
 * as a predicate over a loaded row for the field rules. The two must say the same thing; the unit
 * test runs both over the same cases.
 *   - every organisation: the cases it handles
 *   - UNION, CIVIL_SOCIETY, BRAND, REGULATOR: the cases it filed
 *   - SUPPLIER: the cases about facilities it owns
 *   - REGULATOR: the cases about facilities in its jurisdiction, and in countries whose
 *     GRIEVANCE_CASES an agreement in force shares with it; and a case whose transfer to its
 *     country awaits its answer
 *   - PUBLIC, AUDITOR, ADMIN: none (the public follows a case with its tracking code and secret)
 * Seeing a case is not reading its text or tracking code: see canReadCaseText.
 */
export function visibleGrievances(principal: Principal): FilterQuery<Grievance> {
  const own = principal.organizationId;
  const admitted: FilterQuery<Grievance>[] = [];
  if (own) admitted.push({ handlerOrganizationId: own });
  if (own && FILERS.has(principal.role)) admitted.push({ filingOrganizationId: own });
  if (own && principal.role === 'SUPPLIER') admitted.push({ facilityOwnerId: own });
  const countries = regulatorCountries(principal, 'GRIEVANCE_CASES');
  if (countries.length) admitted.push({ facilityCountry: { $in: countries } });
  if (principal.role === 'REGULATOR' && principal.country) admitted.push({ transferCountry: principal.country });
  return admitted.length ? { $or: admitted } : { id: { $in: [] } };
}

const FILERS = new Set(['UNION', 'CIVIL_SOCIETY', 'BRAND', 'REGULATOR']);

export function canSeeGrievance(principal: Principal, grievance: Grievance): boolean {
  const own = principal.organizationId;
  if (own && grievance.handlerOrganizationId === own) return true;
  if (own && FILERS.has(principal.role) && grievance.filingOrganizationId === own) return true;
  if (own && principal.role === 'SUPPLIER' && grievance.facilityOwnerId === own) return true;
  if (isReceivingRegulator(principal, grievance)) return true;
  return regulatorCountries(principal, 'GRIEVANCE_CASES').includes(grievance.facilityCountry);
}

/** The regulator of the country a pending transfer would move the case to: it sees the case until it answers. */
export function isReceivingRegulator(principal: Principal, grievance: Grievance): boolean {
  return (
    principal.role === 'REGULATOR' &&
    !!principal.country &&
    !!grievance.transferCountry &&
    grievance.transferCountry === principal.country
  );
}

/**
 * Facility.grievances. The registry owns facilities and their owners; the gateway sends the
 * facility's owner along (@requires), so whether the caller owns the facility is known per request
 * and never stored here. The facility's owner (a SUPPLIER) sees every case about it, whoever
 * filed it and whether or not the owner was named.
 */
export function ownsFacility(principal: Principal, ownerId: string | null | undefined): boolean {
  return principal.role === 'SUPPLIER' && !!principal.organizationId && ownerId === principal.organizationId;
}

/** The cases of one facility the caller may see: the usual rule, or (the owner) all of them. */
export function visibleGrievancesOfFacility(principal: Principal, owned: boolean): FilterQuery<Grievance> {
  return owned ? {} : visibleGrievances(principal);
}

/** That condition as a predicate for the field rules: a case about a facility this request showed the caller to own. */
export function seenAsFacilityOwner(
  principal: Principal,
  grievance: Grievance,
  ownedFacilities: ReadonlySet<string>,
): boolean {
  return principal.role === 'SUPPLIER' && grievance.facilityId !== null && ownedFacilities.has(grievance.facilityId);
}

/**
 * The handler: its organisation, or — while no inspector has taken a case routed to the regulator —
 * the jurisdiction's regulator.
 */
export function isHandler(principal: Principal, grievance: Grievance): boolean {
  const own = principal.organizationId;
  if (own && grievance.handlerOrganizationId === own) return true;
  return (
    grievance.handlerKind === 'REGULATOR' &&
    !grievance.handlerOrganizationId &&
    isJurisdictionRegulator(principal, grievance)
  );
}

export function isJurisdictionRegulator(principal: Principal, grievance: Grievance): boolean {
  return principal.role === 'REGULATOR' && principal.country === grievance.facilityCountry;
}

/** Moves the case, records remedies, links facilities: the handler or the jurisdiction's regulator. */
export function canHandle(principal: Principal, grievance: Grievance): boolean {
  return isHandler(principal, grievance) || isJurisdictionRegulator(principal, grievance);
}

export function isFilingOrganization(principal: Principal, grievance: Grievance): boolean {
  return !!principal.organizationId && grievance.filingOrganizationId === principal.organizationId;
}

/**
 * The complainant's identity and contact: the handler, and a union, civil-society organisation
 * or regulator that filed the case (it wrote them down). Never a brand or a supplier, even one
 * that handles or filed the case.
 */
export function canReadComplainantIdentity(principal: Principal, grievance: Grievance): boolean {
  if (principal.role === 'BRAND' || principal.role === 'SUPPLIER' || principal.role === 'PUBLIC') return false;
  return isHandler(principal, grievance) || isFilingOrganization(principal, grievance);
}

/**
 * The complainant's words (summary, description) and the tracking code: a filing organisation
 * reads what it filed; those who handle the case — the handler and the jurisdiction's regulator —
 * read it, except a facility owner (even one handling the case: the employer reads the handler's
 * summary instead). Nobody else: not a brand that did not file it, not a regulator abroad, not a
 * regulator asked to take the case over before it accepts.
 */
export function canReadCaseText(principal: Principal, grievance: Grievance): boolean {
  if (FILERS.has(principal.role) && isFilingOrganization(principal, grievance)) return true;
  return mayWriteHandlerSummary(principal, grievance);
}

/** The handler's summary is written by those who handle the case and may read what it summarises. */
export function mayWriteHandlerSummary(principal: Principal, grievance: Grievance): boolean {
  if (principal.role === 'SUPPLIER' || principal.role === 'BRAND' || principal.role === 'PUBLIC') return false;
  return canHandle(principal, grievance);
}

/**
 * Linking a case to a facility: the first link of a case filed by name stays with its handler or
 * the jurisdiction's regulator; a relink, and a transfer abroad, only the jurisdiction's regulator
 * (or ADMIN) asks for — never the handler, so a facility owner handling a case cannot move it out
 * of the regulator's sight.
 */
export function mayLinkFacility(principal: Principal, grievance: Grievance, kind: LinkKind): boolean {
  if (principal.role === 'ADMIN') return true;
  return kind === 'FIRST_LINK' ? canHandle(principal, grievance) : isJurisdictionRegulator(principal, grievance);
}

/** A pending transfer (target, requester, note): who reads internal events, and the regulator asked to take the case. */
export function canReadTransfer(principal: Principal, grievance: Grievance): boolean {
  return canReadInternalEvents(principal, grievance) || isReceivingRegulator(principal, grievance);
}

/** Internal timeline events (routing, notifications, handlers' notes): not for the supplier the case is about. */
export function canReadInternalEvents(principal: Principal, grievance: Grievance): boolean {
  return (
    canHandle(principal, grievance) || (isFilingOrganization(principal, grievance) && principal.role !== 'SUPPLIER')
  );
}

/**
 * Whether a regulator sees this case abroad only through a sharing clause of GRIEVANCE_CASES: the
 * facility is outside its jurisdiction, and it neither handles nor filed the case nor is asked to
 * take it over. Every read of such a case is audited with the clause (`crossBorderReads`).
 */
export function seenOnlyUnderSharing(principal: Principal, grievance: Grievance): boolean {
  if (principal.role !== 'REGULATOR' || !principal.country || grievance.facilityCountry === principal.country)
    return false;
  const own = principal.organizationId;
  if (own && (grievance.handlerOrganizationId === own || grievance.filingOrganizationId === own)) return false;
  return !isReceivingRegulator(principal, grievance);
}

/** A foreign regulator's reads of grievance cases under GRIEVANCE_CASES (a case's timeline and remedy are read through it). */
export const crossBorderReads: CrossBorderReads<Context> = {
  auditedRead: (context) => context.loaders.auditedRead,
  types: {
    Grievance: {
      category: 'GRIEVANCE_CASES',
      read: (grievance: Grievance, { principal }) =>
        seenOnlyUnderSharing(principal, grievance)
          ? { target: `Grievance:${grievance.id}`, country: grievance.facilityCountry }
          : null,
    },
  },
};
