/**
 * Parsing of an agreement's terms from mutation input: trimmed, upper-cased codes, every problem
 * collected into `Issues` (reported together as BAD_USER_INPUT, nothing written).
 */
import type {
  AgreementPartyInput,
  PartyInput,
  ProvisionInput,
  SharingClauseInput,
  TextReferenceInput,
} from '../__generated__/resolvers-types';
import type { Issues } from './validation';
import { partyKey, type DataCategory, type PartyRole, type ProvisionKind } from './vocabulary';

export interface PartyTerms {
  key: string;
  countryCode: string | null;
  organizationId: string | null;
  role: PartyRole;
}

export interface ProvisionTerms {
  kind: ProvisionKind;
  article: string | null;
  summary: string | null;
}

export interface ClauseTerms {
  category: DataCategory;
  recipients: string[];
  note: string | null;
}

export const LIMITS = { parties: 60, conventions: 40, provisions: 20 } as const;

export function parseTitle(issues: Issues, path: string, title: string | null | undefined) {
  return issues.text(path, title, { min: 3, max: 300, required: true }) ?? '';
}

export const parseSummary = (issues: Issues, path: string, summary: string | null | undefined) =>
  issues.text(path, summary, { max: 4000 });

/** A party named by exactly one of a country code and an organisation id; returns its key. */
export function parsePartyRef(issues: Issues, path: string, party: PartyInput): Omit<PartyTerms, 'role'> {
  const hasCountry = party.country != null;
  const hasOrganization = party.organizationId != null;
  if (hasCountry === hasOrganization) {
    issues.add(path, 'name exactly one of country and organizationId');
    return { key: '', countryCode: null, organizationId: null };
  }
  const countryCode = hasCountry ? issues.country(`${path}.country`, party.country!) : null;
  const organizationId = hasOrganization
    ? issues.organizationId(`${path}.organizationId`, party.organizationId!)
    : null;
  return { key: partyKey({ countryCode, organizationId }), countryCode, organizationId };
}

export function parseParties(issues: Issues, path: string, parties: readonly AgreementPartyInput[]): PartyTerms[] {
  if (parties.length === 0) issues.add(path, 'name at least one party');
  if (parties.length > LIMITS.parties) issues.add(path, `at most ${LIMITS.parties} parties`);
  const parsed = parties.map((party, index) => ({
    ...parsePartyRef(issues, `${path}[${index}]`, party),
    role: party.role ?? 'SIGNATORY',
  }));
  issues.unique(
    path,
    parsed.map((party) => party.key),
  );
  return parsed;
}

export function parseConventions(issues: Issues, path: string, codes: readonly string[]): string[] {
  if (codes.length > LIMITS.conventions) issues.add(path, `at most ${LIMITS.conventions} conventions`);
  const parsed = codes.map((code, index) => issues.convention(`${path}[${index}]`, code));
  issues.unique(path, parsed);
  return parsed;
}

export function parseProvisions(issues: Issues, path: string, provisions: readonly ProvisionInput[]): ProvisionTerms[] {
  if (provisions.length > LIMITS.provisions) issues.add(path, `at most ${LIMITS.provisions} provisions`);
  const parsed = provisions.map((provision, index) => ({
    kind: provision.kind,
    article: issues.text(`${path}[${index}].article`, provision.article, { max: 200 }),
    summary: issues.text(`${path}[${index}].summary`, provision.summary, { max: 2000 }),
  }));
  issues.unique(
    path,
    parsed.map((provision) => provision.kind),
  );
  return parsed;
}

/** Recipients must be parties of the agreement (`isParty`). */
export function parseClause(
  issues: Issues,
  path: string,
  clause: Omit<SharingClauseInput, 'category'>,
  isParty: (key: string) => boolean,
) {
  if (clause.recipients.length === 0) issues.add(`${path}.recipients`, 'name at least one receiving party');
  const recipients = clause.recipients.map((recipient, index) => {
    const at = `${path}.recipients[${index}]`;
    const before = issues.list.length;
    const { key } = parsePartyRef(issues, at, recipient);
    if (issues.list.length === before && !isParty(key))
      issues.add(at, `${key.replace(':', ' ')} is not a party to the agreement`);
    return key;
  });
  issues.unique(`${path}.recipients`, recipients);
  return { recipients, note: issues.text(`${path}.note`, clause.note, { max: 2000 }) };
}

export function parseClauses(
  issues: Issues,
  path: string,
  clauses: readonly SharingClauseInput[],
  parties: readonly PartyTerms[],
): ClauseTerms[] {
  const partyKeys = new Set(parties.map((party) => party.key));
  const parsed = clauses.map((clause, index) => ({
    category: clause.category,
    ...parseClause(issues, `${path}[${index}]`, clause, (key) => partyKeys.has(key)),
  }));
  issues.unique(
    path,
    parsed.map((clause) => clause.category),
  );
  return parsed;
}

export function parseTextReference(issues: Issues, path: string, reference: TextReferenceInput | null | undefined) {
  if (!reference) return { textCitation: null, textUrl: null };
  return {
    textCitation: issues.text(`${path}.citation`, reference.citation, { max: 500, required: true }),
    textUrl: issues.url(`${path}.url`, reference.url),
  };
}
