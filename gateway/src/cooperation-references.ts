import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { serviceUnavailable } from '../../runtime/errors';
import { keepAliveFetch } from '../../runtime/http';
import { logger } from '../../runtime/logger';
import { PUBLIC_PRINCIPAL, signedGraphQLRequest, type CooperationFacts } from '../../runtime/principal';
import { REQUEST_ID_HEADER } from '../../runtime/request-log';
import { namedAgencies } from './agency-references';
import type { GatewayContext } from './data-source';
import { lookupDeadline, referencedValues, type MutationReference } from './mutation-references';

/**
 * Mutations that name a cooperation between inspectorates: the agreement a joint inspection is
 * conducted under, and its partner organisations. The inspections subgraph cannot read agreements
 * or the registry (no subgraph calls another), so the gateway looks them up before the mutation
 * runs, one request to each subgraph: an unknown agreement or organisation is BAD_USER_INPUT and
 * nothing is written; the facts of known ones go to the subgraphs in the signed principal
 * (`principal.references`), where the inspections subgraph checks its rules with them. When either
 * subgraph cannot answer, the filing is refused with a retryable SERVICE_UNAVAILABLE: a joint
 * inspection accepted unchecked would give a foreign inspectorate a standing it may not have.
 */
export const AGREEMENT_REFERENCES: Record<string, MutationReference> = {
  submitInspection: { path: ['input', 'agreementId'] },
};
export const ORGANIZATION_REFERENCES: Record<string, MutationReference> = {
  submitInspection: { path: ['input', 'jointInspectorIds'] },
};

/** Longer ids are the subgraph's to refuse as malformed; they are not looked up. */
const MAX_ID_LENGTH = 100;
const plausible = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() && value.trim().length <= MAX_ID_LENGTH ? value.trim() : null;

type Agreements = CooperationFacts['agreements'];
type Organizations = CooperationFacts['organizations'];
type AgreementRow = {
  status: string | null;
  parties: { role: string; country: { code: string } | null }[] | null;
  provisions: { kind: string }[] | null;
} | null;
type OrganizationRow = { kind: string | null; country: { code: string } | null } | null;

/** One signed query of the gateway's own to a subgraph: its data, or null when it did not answer properly. */
async function lookUp<Row>(
  url: string,
  secret: string,
  subgraph: 'agreements' | 'suppliers',
  field: string,
  selection: string,
  ids: string[],
  context: GatewayContext,
): Promise<(Row | null)[] | null> {
  const query = `query (${ids.map((_id, index) => `$r${index}: ID!`).join(', ')}) { ${ids.map((_id, index) => `r${index}: ${field}(id: $r${index}) { ${selection} }`).join(' ')} }`;
  const deadline = lookupDeadline(subgraph, context.deadline);
  const request = signedGraphQLRequest(
    { ...PUBLIC_PRINCIPAL, subject: 'gateway' },
    secret,
    subgraph,
    { query, variables: Object.fromEntries(ids.map((id, index) => [`r${index}`, id])) },
    { deadline },
  );
  if (context.requestId) request.headers[REQUEST_ID_HEADER] = context.requestId;
  const response = await keepAliveFetch(url, {
    ...request,
    signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
  });
  const body = (await response.json()) as { data?: Record<string, Row | null>; errors?: unknown[] };
  if (!response.ok || !body.data || body.errors?.length) return null;
  return ids.map((_id, index) => body.data![`r${index}`] ?? null);
}

/** Agreements as the public reads them (a draft is nobody's to inspect under, and reads as unknown). */
async function lookUpAgreements(url: string, secret: string, ids: string[], context: GatewayContext) {
  const rows = await lookUp<AgreementRow>(
    url,
    secret,
    'agreements',
    'agreement',
    'status parties { role country { code } } provisions { kind }',
    ids,
    context,
  );
  if (!rows) return null;
  const facts: Agreements = {};
  rows.forEach((row, index) => {
    if (!row?.status) return;
    facts[ids[index]] = {
      status: row.status,
      // Only SIGNATORY parties are bound by an agreement; the others take part without being bound.
      boundCountries: [
        ...new Set(
          (row.parties ?? []).flatMap((party) =>
            party.role === 'SIGNATORY' && party.country ? [party.country.code] : [],
          ),
        ),
      ].sort(),
      jointInspection: (row.provisions ?? []).some((provision) => provision.kind === 'JOINT_INSPECTION'),
    };
  });
  return facts;
}

async function lookUpOrganizations(url: string, secret: string, ids: string[], context: GatewayContext) {
  const rows = await lookUp<OrganizationRow>(
    url,
    secret,
    'suppliers',
    'organization',
    'kind country { code }',
    ids,
    context,
  );
  if (!rows) return null;
  const facts: Organizations = {};
  rows.forEach((row, index) => {
    if (row) facts[ids[index]] = { kind: row.kind, country: row.country?.code ?? null };
  });
  return facts;
}

/** The named values as [id, path] pairs: a single id, or each id of a list at its index. */
function named(values: { reference: MutationReference; value: unknown }[]): { id: string; path: string[] }[] {
  return values.flatMap(({ reference, value }) => {
    const listed: [unknown, string[]][] = Array.isArray(value)
      ? value.map((item: unknown, index) => [item, [String(index)]])
      : [[value, []]];
    return listed.flatMap(([item, at]) => {
      const id = plausible(item);
      return id ? [{ id, path: [...reference.path, ...at] }] : [];
    });
  });
}

const unknownIds = (what: string, missing: { id: string; path: string[] }[]) =>
  new GraphQLError(`Unknown ${what}: ${[...new Set(missing.map(({ id }) => id))].join(', ')}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      issues: missing.map(({ id, path }) => ({ path, message: `${what} ${id} is not known` })),
      http: { status: 400 },
    },
  });

async function orNull<Value>(lookup: () => Promise<Value | null>, what: string): Promise<Value | null> {
  try {
    return await lookup();
  } catch (error) {
    logger('gateway').warn({ err: (error as Error).message }, `${what} unreachable for a cooperation lookup`);
    return null;
  }
}

export function cooperationReferenceCheck(
  agreementsUrl: () => string | undefined,
  suppliersUrl: () => string | undefined,
  secret: string,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { contextValue } = requestContext;
          const agreementRefs = named(referencedValues(requestContext, AGREEMENT_REFERENCES));
          const agencyRefs = namedAgencies(requestContext);
          const organizationRefs = [...named(referencedValues(requestContext, ORGANIZATION_REFERENCES)), ...agencyRefs];
          if (!agreementRefs.length && !organizationRefs.length) return;
          const agreementIds = [...new Set(agreementRefs.map(({ id }) => id))];
          const organizationIds = [...new Set(organizationRefs.map(({ id }) => id))];
          const [agreementsAt, suppliersAt] = [agreementsUrl(), suppliersUrl()];
          // One request to each subgraph, both at once.
          const [agreements, organizations] = await Promise.all([
            agreementIds.length
              ? orNull(
                  async () =>
                    agreementsAt ? lookUpAgreements(agreementsAt, secret, agreementIds, contextValue) : null,
                  'agreements',
                )
              : ({} as Agreements),
            organizationIds.length
              ? orNull(
                  async () =>
                    suppliersAt ? lookUpOrganizations(suppliersAt, secret, organizationIds, contextValue) : null,
                  'registry',
                )
              : ({} as Organizations),
          ]);
          // Only a grievance naming its recruiter goes ahead unchecked: recorded as unverified.
          const mayProceed =
            !agreementRefs.length &&
            agencyRefs.length === organizationRefs.length &&
            agencyRefs.every(({ whenRegistryDown }) => whenRegistryDown === 'proceed');
          if (!organizations && agreements && mayProceed) return;
          if (!agreements || !organizations)
            throw serviceUnavailable(
              `The ${agreements ? 'organisation registry' : 'agreements'} cannot answer just now, so the cooperation could not be checked; nothing was changed. Try again shortly.`,
              { retryAfterSeconds: 1, http: { status: 503 } },
            );
          const missingAgreements = agreementRefs.filter(({ id }) => !agreements[id]);
          if (missingAgreements.length) throw unknownIds('agreement', missingAgreements);
          const missingOrganizations = organizationRefs.filter(({ id }) => !organizations[id]);
          if (missingOrganizations.length) throw unknownIds('organisation', missingOrganizations);
          // The facts travel in the signed principal of every subgraph request of this operation.
          contextValue.principal = { ...contextValue.principal, references: { agreements, organizations } };
        },
      };
    },
  };
}
