import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { serviceUnavailable } from '../../runtime/errors';
import { keepAliveFetch } from '../../runtime/http';
import { logger } from '../../runtime/logger';
import { PUBLIC_PRINCIPAL, signedGraphQLRequest, type Principal } from '../../runtime/principal';
import { REQUEST_ID_HEADER } from '../../runtime/request-log';
import type { GrievanceRules, MechanismStep } from '../../vocabulary/grievance-rules';
import type { GatewayContext } from './data-source';
import { lookupDeadline, referencedValues, type MutationReference } from './mutation-references';

/** An agreement a mutation names, whose grievance mechanism the case will run on. */
interface MechanismReference extends MutationReference {
  /**
   * `proceed`: a filing goes ahead without the agreement's rules (a worker's grievance is never
   * lost to an outage): the case runs on its country's statutory rules until a handler corrects it.
   * `refuse`: a correction must name rules that were read, so it waits (SERVICE_UNAVAILABLE).
   */
  whenAgreementsDown: 'proceed' | 'refuse';
}

/**
 * Mutations whose input names an agreement under whose mechanism a case runs. The grievances
 * subgraph cannot read agreements (no subgraph calls another), so the gateway looks the mechanism
 * up before the mutation runs: an unknown agreement is BAD_USER_INPUT and nothing is written; a
 * known one's rules, or why they do not apply, go to the subgraphs in the signed principal
 * (`principal.mechanisms`).
 */
export const MECHANISM_REFERENCES: Record<string, MechanismReference> = {
  submitGrievance: { path: ['input', 'agreementId'], whenAgreementsDown: 'proceed' },
  correctGrievanceMechanism: { path: ['agreementId'], whenAgreementsDown: 'refuse' },
};

type Mechanisms = NonNullable<Principal['mechanisms']>;

const STEP = 'name kind within { count unit } after escalatesTo citation';
const QUERY_FIELDS = `agreement { id } applies reason rules { mechanism source citation secretariat { id } steps { ${STEP} } retaliationSteps { ${STEP} } }`;

type StepRow = Omit<MechanismStep, 'citation'> & { citation: string | null };
type RulesRow = {
  mechanism: string;
  source: GrievanceRules['source'];
  citation: string;
  secretariat: { id: string } | null;
  steps: StepRow[];
  retaliationSteps: StepRow[];
};
type AnswerRow = { agreement: { id: string }; applies: boolean; reason: string | null; rules: RulesRow | null } | null;

const rulesOf = (agreementId: string, row: RulesRow): GrievanceRules => ({
  mechanism: row.mechanism,
  source: row.source,
  agreementId,
  country: null,
  citation: row.citation,
  secretariatOrganizationId: row.secretariat?.id ?? null,
  steps: row.steps,
  retaliationSteps: row.retaliationSteps,
});

/** The mechanisms of `ids`; an unknown agreement maps to null. Null when the agreements subgraph did not answer. */
async function lookUpMechanisms(
  agreementsUrl: string,
  secret: string,
  ids: string[],
  context: GatewayContext,
): Promise<Record<string, Mechanisms[string] | null> | null> {
  const query = `query (${ids.map((_id, index) => `$a${index}: ID!`).join(', ')}) { ${ids.map((_id, index) => `a${index}: grievanceRulesOf(agreementId: $a${index}) { ${QUERY_FIELDS} }`).join(' ')} }`;
  const deadline = lookupDeadline('agreements', context.deadline);
  const request = signedGraphQLRequest(
    { ...PUBLIC_PRINCIPAL, subject: 'gateway' },
    secret,
    'agreements',
    { query, variables: Object.fromEntries(ids.map((id, index) => [`a${index}`, id])) },
    { deadline },
  );
  if (context.requestId) request.headers[REQUEST_ID_HEADER] = context.requestId;
  const response = await keepAliveFetch(agreementsUrl, {
    ...request,
    signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
  });
  const body = (await response.json()) as { data?: Record<string, AnswerRow>; errors?: unknown[] };
  if (!response.ok || !body.data || body.errors?.length) return null;
  return Object.fromEntries(
    ids.map((id, index) => {
      const row = body.data![`a${index}`];
      if (!row) return [id, null];
      const rules = row.applies && row.rules ? rulesOf(id, row.rules) : null;
      return [id, { applies: Boolean(rules), reason: row.reason, rules }];
    }),
  );
}

export function mechanismReferenceCheck(
  agreementsUrl: () => string | undefined,
  secret: string,
): ApolloServerPlugin<GatewayContext> {
  const log = logger('gateway');
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { contextValue } = requestContext;
          const references = referencedValues(requestContext, MECHANISM_REFERENCES).flatMap(({ reference, value }) =>
            // Malformed ids are the subgraph's to explain; only plausible ones are looked up.
            typeof value === 'string' && value.trim() && value.length <= 80 ? [{ ...reference, id: value.trim() }] : [],
          );
          if (!references.length) return;
          const url = agreementsUrl();
          let found: Awaited<ReturnType<typeof lookUpMechanisms>> = null;
          try {
            if (url)
              found = await lookUpMechanisms(url, secret, [...new Set(references.map(({ id }) => id))], contextValue);
          } catch (error) {
            log.warn({ err: (error as Error).message }, 'agreements unreachable for a grievance mechanism lookup');
          }
          if (!found) {
            if (references.some((reference) => reference.whenAgreementsDown === 'refuse'))
              throw serviceUnavailable(
                'The agreements cannot be read just now, so the mechanism could not be checked; nothing was changed. Try again shortly.',
                { retryAfterSeconds: 1, http: { status: 503 } },
              );
            log.warn('agreements unreachable; grievance filed on its country’s statutory rules');
            return;
          }
          const unknown = [...new Set(references.filter(({ id }) => !found[id]).map(({ id }) => id))];
          if (unknown.length)
            throw new GraphQLError(`Unknown agreement: ${unknown.join(', ')}`, {
              extensions: {
                code: 'BAD_USER_INPUT',
                issues: unknown.map((id) => ({ path: 'agreementId', message: `agreement ${id} is not known` })),
                http: { status: 400 },
              },
            });
          const mechanisms = Object.fromEntries(Object.entries(found).filter(([, value]) => value)) as Mechanisms;
          contextValue.principal = { ...contextValue.principal, mechanisms };
        },
      };
    },
  };
}
