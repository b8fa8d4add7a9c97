import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  encodePrincipal,
  PRINCIPAL_HEADER,
  PUBLIC_PRINCIPAL,
  signEncodedPrincipal,
  type Principal,
} from '../../runtime/principal';
import type { SubgraphName } from '../../runtime/subgraph-names';

export interface GatewayContext {
  principal: Principal;
}

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * Calls a subgraph with the caller's principal signed into the headers, made out to that subgraph
 * and to the exact body sent. Apollo serializes the body only after `willSendRequest`, so the
 * signature is added in the fetcher, which receives the bytes that go over the wire.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: SubgraphName,
    url: string,
    private readonly secret: string,
  ) {
    super({ url });
    const send: Fetcher = this.fetcher;
    this.fetcher = (target, init) => send(target, this.signed(init));
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Composition and health checks run without a request context: they go as PUBLIC.
    const principal =
      'principal' in context && context.principal ? context.principal : { ...PUBLIC_PRINCIPAL, subject: 'gateway' };
    request.http?.headers.set(PRINCIPAL_HEADER, encodePrincipal(principal));
  }

  private signed(init: Parameters<Fetcher>[1]): Parameters<Fetcher>[1] {
    const headers = init?.headers ?? {};
    const encoded = headers[PRINCIPAL_HEADER];
    // Every request passes willSendRequest; one that did not would go out unsigned and be refused.
    if (!encoded) throw new Error(`No principal to sign for the ${this.subgraph} subgraph`);
    return {
      ...init,
      headers: {
        ...headers,
        ...signEncodedPrincipal(encoded, this.secret, { subgraph: this.subgraph, body: init?.body ?? '' }),
      },
    };
  }
}
