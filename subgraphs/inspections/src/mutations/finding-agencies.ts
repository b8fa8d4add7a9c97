import type { SubmitInspectionInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import type { ValidationIssue } from '../domain';
import { acceptedInput } from './input';

/**
 * The recruitment agency each finding names (null where none), refused as one BAD_USER_INPUT at
 * each finding's path when the registry does not know it as a RECRUITMENT_AGENCY. The gateway
 * looked the organisations up (`principal.references`); one it did not look up is not accepted.
 */
export function findingAgencies(context: Context, input: Pick<SubmitInspectionInput, 'findings'>): (string | null)[] {
  const known = context.principal.references?.organizations ?? {};
  const issues: ValidationIssue[] = [];
  const agencies = (input.findings ?? []).map((finding, index) => {
    const id = finding.recruitmentAgencyId?.trim();
    if (!id) return null;
    const path = ['findings', String(index), 'recruitmentAgencyId'];
    const fact = known[id];
    if (!fact) issues.push({ path, message: `organisation ${id} could not be checked in the registry` });
    else if (fact.kind !== 'RECRUITMENT_AGENCY')
      issues.push({
        path,
        message: `${id} is a ${fact.kind ?? 'organisation of unknown kind'}, not a recruitment agency`,
      });
    return id;
  });
  acceptedInput('The inspection was not submitted', issues.length ? { ok: false, issues } : { ok: true, value: null });
  return agencies;
}
