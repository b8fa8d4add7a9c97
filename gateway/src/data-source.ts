import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Kind, parse, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { RequestAbandoned } from '../../runtime/context';
import { keepAliveFetch } from '../../runtime/http';
import type { FetchOutcome } from '../../runtime/metrics';
import {
  encodePrincipal,
  PRINCIPAL_HEADER,
  PUBLIC_PRINCIPAL,
  signEncodedPrincipal,
  type Principal,
} from '../../runtime/principal';
import { REQUEST_ID_HEADER } from '../../runtime/request-log';
import type { SubgraphName } from '../../runtime/subgraph-names';

export interface GatewayContext {
  principal: Principal;
  /** The request's id (X-Request-Id), forwarded to every subgraph fetch. */
  requestId?: string;
  /** Fires when the client has gone or the request's deadline has passed: fetches in flight are aborted. */
  signal?: AbortSignal;
  /** When the request must be answered (epoch ms): REQUEST_TIMEOUT_MS after the gateway received it. */
  deadline?: number;
}

export interface SubgraphFetchOptions {
  /** How long one fetch may take (SUBGRAPH_TIMEOUT_MS, or `<NAME>_TIMEOUT_MS`), never past the request's deadline. */
  timeoutMs: number;
  log: Logger;
  observe(subgraph: string, outcome: FetchOutcome, seconds: number): void;
}

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetchFailure = { outcome: Exclude<FetchOutcome, 'ok' | 'error'>; code: string; message: string };

/** What the fetcher of one subgraph fetch needs to know about it; Apollo passes it only the URL and init. */
interface FetchScope {
  deadline: number;
  signal: AbortSignal;
  /** Queries and `_entities` lookups may be sent twice; a mutation never. */
  idempotent: boolean;
}
const fetchScope = new AsyncLocalStorage<FetchScope>();

const RESET = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);
const UNREACHABLE = new Set([...RESET, 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;
const isMutation = (query: string | undefined) => /^\s*mutation\b/.test(query ?? '');

/**
 * Calls a subgraph with the caller's principal signed into the headers, made out to that subgraph,
 * to the exact body sent and to the fetch's deadline. Apollo serializes the body only after
 * `willSendRequest`, so the signature is added in the fetcher, which receives the bytes that go
 * over the wire.
 *
 * A fetch that gets no answer in time (or none at all: the subgraph is stopped, killed, refusing
 * connections or overloaded) does not fail the request: its paths get a SUBGRAPH_UNAVAILABLE error
 * (DEADLINE_EXCEEDED when the request's own deadline ran out), and the other subgraphs' data is
 * answered. A query or `_entities` fetch whose kept-alive socket was reset is sent once more.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Whether the last fetch failed: an outage is logged when it starts and ends, not at every fetch. */
  private failing = false;

  constructor(
    private readonly subgraph: SubgraphName,
    url: string,
    private readonly secret: string,
    private readonly options: SubgraphFetchOptions,
  ) {
    super({ url });
    this.fetcher = (target, init) => this.send(target, init);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Composition and health checks run without a request context: they go as PUBLIC.
    const principal =
      'principal' in context && context.principal ? context.principal : { ...PUBLIC_PRINCIPAL, subject: 'gateway' };
    request.http?.headers.set(PRINCIPAL_HEADER, encodePrincipal(principal));
    if (typeof context.requestId === 'string') request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource['process']> {
    const context = options.context as Partial<GatewayContext>;
    const started = Date.now();
    const deadline = Math.min(started + this.options.timeoutMs, context.deadline ?? Infinity);
    const timeout = AbortSignal.timeout(Math.max(1, deadline - started));
    const signal = context.signal ? AbortSignal.any([timeout, context.signal]) : timeout;
    const scope = { deadline, signal, idempotent: !isMutation(options.request.query) };
    const elapsed = () => (Date.now() - started) / 1000;
    try {
      const response = await fetchScope.run(scope, () => super.process(options));
      this.options.observe(this.subgraph, 'ok', elapsed());
      this.recovered();
      return response;
    } catch (error) {
      const failure = this.failureOf(error, signal, deadline === context.deadline);
      this.options.observe(this.subgraph, failure?.outcome ?? 'error', elapsed());
      if (!failure) throw error;
      this.failed(failure, context.requestId, error);
      return { errors: errorsAt(options.request, { message: failure.message, code: failure.code }, this.subgraph) };
    }
  }

  private async send(target: string, init: Parameters<Fetcher>[1]): ReturnType<Fetcher> {
    const scope = fetchScope.getStore();
    const signed = this.signed(init, scope?.deadline);
    const attempt = () => keepAliveFetch(target, { ...signed, signal: scope?.signal });
    try {
      return await attempt();
    } catch (error) {
      // A reused socket the subgraph closed as the request went out: the request never ran there.
      if (!scope?.idempotent || scope.signal.aborted || !RESET.has(codeOf(error) ?? '')) throw error;
      this.options.log.debug({ subgraph: this.subgraph, err: (error as Error).message }, 'subgraph fetch retried');
      return attempt();
    }
  }

  private signed(init: Parameters<Fetcher>[1], deadline: number | undefined) {
    const headers = init?.headers ?? {};
    const encoded = headers[PRINCIPAL_HEADER];
    // Every request passes willSendRequest; one that did not would go out unsigned and be refused.
    if (!encoded) throw new Error(`No principal to sign for the ${this.subgraph} subgraph`);
    const body = init?.body ?? '';
    return {
      method: init?.method,
      body,
      headers: {
        ...headers,
        ...signEncodedPrincipal(encoded, this.secret, { subgraph: this.subgraph, body }, { deadline }),
      },
    };
  }

  /** Why a fetch got no answer, or undefined for a failure that is not about availability. */
  private failureOf(error: unknown, signal: AbortSignal, requestDeadline: boolean): FetchFailure | undefined {
    const name = this.subgraph;
    const late = {
      outcome: 'deadline',
      code: 'DEADLINE_EXCEEDED',
      message: `The request's deadline passed before the ${name} service answered; the fields it provides are null`,
    } as const;
    if (signal.aborted) {
      const reason: unknown = signal.reason;
      if (reason instanceof RequestAbandoned)
        return reason.reason === 'client-gone' ? { ...late, outcome: 'abandoned', message: 'The client left' } : late;
      if (requestDeadline) return late;
      return {
        outcome: 'timeout',
        code: 'SUBGRAPH_UNAVAILABLE',
        message: `The ${name} service did not answer within ${this.options.timeoutMs} ms; the fields it provides are null`,
      };
    }
    const status = (error as { extensions?: { response?: { status?: number; body?: unknown } } })?.extensions?.response;
    if (UNREACHABLE.has(codeOf(error) ?? '') || (status?.status && [502, 503, 504].includes(status.status))) {
      if (status?.status === 504 && JSON.stringify(status.body).includes('DEADLINE_EXCEEDED')) return late;
      return {
        outcome: 'unavailable',
        code: 'SUBGRAPH_UNAVAILABLE',
        message: `The ${name} service is unavailable; the fields it provides are null`,
      };
    }
    return undefined;
  }

  private failed(failure: FetchFailure, requestId: string | undefined, error: unknown) {
    const fields = { subgraph: this.subgraph, outcome: failure.outcome, requestId, err: (error as Error)?.message };
    if (failure.outcome === 'abandoned') return this.options.log.debug(fields, 'subgraph fetch abandoned');
    if (this.failing) return this.options.log.debug(fields, 'subgraph fetch failed');
    this.failing = true;
    this.options.log.warn(fields, `the ${this.subgraph} subgraph is not answering; its fields are answered as null`);
  }

  private recovered() {
    if (!this.failing) return;
    this.failing = false;
    this.options.log.info({ subgraph: this.subgraph }, `the ${this.subgraph} subgraph is answering again`);
  }
}

/**
 * One error per path the fetch was to fill: per representation of an `_entities` fetch (the
 * gateway maps `['_entities', i]` to the entity's path in the answer), else per root field.
 */
function errorsAt(
  request: GraphQLDataSourceProcessOptions['request'],
  error: { message: string; code: string },
  subgraph: string,
): GraphQLFormattedError[] {
  const extensions = { code: error.code, subgraph };
  const representations = request.variables?.representations;
  if (Array.isArray(representations))
    return representations.map((_representation, index) => ({
      message: error.message,
      extensions,
      path: ['_entities', index],
    }));
  let rootFields: string[] = [];
  try {
    const operation = parse(request.query ?? '').definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    rootFields = (operation?.selectionSet.selections ?? []).flatMap((selection) =>
      selection.kind === Kind.FIELD && selection.name.value !== '__typename'
        ? [selection.alias?.value ?? selection.name.value]
        : [],
    );
  } catch {
    // Not parsable: one error without a path.
  }
  return rootFields.length
    ? rootFields.map((field) => ({ message: error.message, extensions, path: [field] }))
    : [{ message: error.message, extensions }];
}
