import { badUserInput } from '../../../../runtime/errors';
import type { Principal } from '../../../../runtime/principal';

/** The recruitment agency a filing names, and whether the registry confirmed it. */
export interface NamedAgency {
  id: string;
  verified: boolean;
}

/**
 * The agency the filer names as the one that recruited the complainant. The gateway looked it up in
 * the registry (`principal.references`): one it knows but is not a RECRUITMENT_AGENCY is refused.
 * When the registry could not answer, the filing goes ahead (a grievance is never lost to an
 * outage) with the agency recorded as unverified.
 */
export function namedAgency(principal: Principal, recruitmentAgencyId: string | null | undefined): NamedAgency | null {
  const id = recruitmentAgencyId?.trim();
  if (!id) return null;
  if (id.length > 100)
    throw badUserInput('The grievance was not submitted: the recruitment agency id is too long', {
      issues: [{ path: ['input', 'recruitmentAgencyId'], message: 'at most 100 characters' }],
    });
  const fact = principal.references?.organizations?.[id];
  if (!fact) return { id, verified: false };
  if (fact.kind !== 'RECRUITMENT_AGENCY')
    throw badUserInput(`The grievance was not submitted: ${id} is not a recruitment agency`, {
      issues: [
        { path: ['input', 'recruitmentAgencyId'], message: `${id} is a ${fact.kind}, not a recruitment agency` },
      ],
    });
  return { id, verified: true };
}
