import { rejectInvalid } from '../../../../runtime/mutation';
import type { CreateAgreementInput } from '../__generated__/resolvers-types';
import {
  parseClauses,
  parseConventions,
  parseParties,
  parseProvisions,
  parseSummary,
  parseTextReference,
  parseTitle,
  type ClauseTerms,
  type PartyTerms,
  type ProvisionTerms,
} from './agreement-terms';
import { mechanismProblem, parseGrievanceMechanism, secretariatProblem } from './mechanism-terms';
import { Issues } from './validation';
import type { AgreementKind, GrievanceMechanism } from './vocabulary';

/** Everything an agreement is created with (parsed and validated). */
export interface AgreementTerms {
  title: string;
  kind: AgreementKind;
  summary: string | null;
  draftedOn: string;
  expiresOn: string | null;
  parties: PartyTerms[];
  conventions: string[];
  provisions: ProvisionTerms[];
  sharingClauses: ClauseTerms[];
  textCitation: string | null;
  textUrl: string | null;
  grievanceMechanism: GrievanceMechanism | null;
}

/**
 * Validates a whole new agreement (every problem at once) into the terms it is written with. The
 * API and the demo seed both go through it, so demo agreements obey the API's rules.
 */
export function parseNewAgreement(input: CreateAgreementInput, today: string): AgreementTerms {
  const issues = new Issues();
  const draftedOn = issues.notFuture('draftedOn', input.draftedOn ?? today, today);
  const expiresOn = input.expiresOn ?? null;
  if (expiresOn && expiresOn <= draftedOn) issues.add('expiresOn', `must come after draftedOn (${draftedOn})`);
  const parties = parseParties(issues, 'parties', input.parties);
  const provisions = parseProvisions(issues, 'provisions', input.provisions ?? []);
  const grievanceMechanism = input.grievanceMechanism
    ? parseGrievanceMechanism(issues, 'grievanceMechanism', input.grievanceMechanism)
    : null;
  const problem = mechanismProblem(grievanceMechanism, provisions);
  if (problem) issues.add('grievanceMechanism', problem);
  const outsider = secretariatProblem(grievanceMechanism, parties);
  if (outsider) issues.add('grievanceMechanism.secretariatOrganizationId', outsider);
  const terms: AgreementTerms = {
    title: parseTitle(issues, 'title', input.title),
    kind: input.kind,
    summary: parseSummary(issues, 'summary', input.summary),
    draftedOn,
    expiresOn,
    parties,
    conventions: parseConventions(issues, 'conventions', input.conventions ?? []),
    provisions,
    sharingClauses: parseClauses(issues, 'sharingClauses', input.sharingClauses ?? [], parties),
    ...parseTextReference(issues, 'textReference', input.textReference),
    grievanceMechanism,
  };
  rejectInvalid('The agreement was not created', issues.list);
  return terms;
}
