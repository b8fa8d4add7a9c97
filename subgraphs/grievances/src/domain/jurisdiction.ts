/**
 * Where a case belongs. The facility's country is the jurisdiction: its regulator sees the case
 * and may act on it. Linking a case to a facility of the registry can therefore move it out of a
 * regulator's sight, which is why a link is one of three kinds with different rules (who may do
 * it is in visibility.ts):
 *   - FIRST_LINK: a case filed by facility name gets its registry facility, in its own country;
 *   - RELINK: a linked case is linked to another facility (or the registry's owner is refreshed),
 *     in its own country;
 *   - TRANSFER: the facility is in another country; the case moves only once that country's
 *     regulator accepts.
 */
import type { InputIssue } from '../../../../runtime/mutation';
import type { Routing } from './routing';

export type LinkKind = 'FIRST_LINK' | 'RELINK' | 'TRANSFER';

export function linkKind(
  current: { facilityId: string | null; facilityCountry: string },
  targetCountry: string,
): LinkKind {
  if (targetCountry !== current.facilityCountry) return 'TRANSFER';
  return current.facilityId === null ? 'FIRST_LINK' : 'RELINK';
}

/** The one acting on the case: its role, organisation and (for a regulator) jurisdiction. */
export type JurisdictionActor = { role: string; organizationId: string | null; country: string | null };

/**
 * Who handles a case once it is linked to a facility (owned by `ownerId`, in `country`):
 *   - an agreement's mechanism keeps it wherever the facility is;
 *   - a facility owner keeps it only while it owns the facility the case is about; otherwise the
 *     case goes to the jurisdiction's labour inspectorate;
 *   - an inspectorate keeps it only within its country; a case moving abroad goes to the
 *     inspectorate of the new country.
 * A regulator of the new jurisdiction who makes the move takes the case on for its organisation;
 * otherwise the case waits for one of its inspectors (organisation null).
 */
export function handlerAfterLink(
  current: Routing & { facilityCountry: string },
  link: { country: string; ownerId: string | null },
  actor: JurisdictionActor,
): Routing {
  const inspectorate: Routing = {
    handlerKind: 'REGULATOR',
    handlerOrganizationId: actor.role === 'REGULATOR' && actor.country === link.country ? actor.organizationId : null,
  };
  switch (current.handlerKind) {
    case 'MECHANISM':
      return pick(current);
    case 'FACILITY_OWNER':
      return current.handlerOrganizationId && current.handlerOrganizationId === link.ownerId
        ? pick(current)
        : inspectorate;
    case 'REGULATOR':
      return link.country === current.facilityCountry ? pick(current) : inspectorate;
  }
}

const pick = ({ handlerKind, handlerOrganizationId }: Routing): Routing => ({ handlerKind, handlerOrganizationId });

export const MAX_HANDLER_SUMMARY = 2000;

/** The handler's summary: trimmed, not blank, at most 2,000 characters. */
export function handlerSummaryIssues(summary: string): InputIssue[] {
  const length = [...summary.trim()].length;
  if (length === 0) return [{ path: ['summary'], message: 'must not be blank' }];
  if (length > MAX_HANDLER_SUMMARY)
    return [
      {
        path: ['summary'],
        message: `summary must be at most ${MAX_HANDLER_SUMMARY.toLocaleString('en')} characters (it has ${length.toLocaleString('en')})`,
      },
    ];
  return [];
}
