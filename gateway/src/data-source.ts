import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { signPrincipal, type Principal } from '../../runtime/principal';

export interface GatewayContext {
  principal: Principal;
}

/** Calls a subgraph with the caller's principal signed into the headers. */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Composition and health checks run without a request context: they go as PUBLIC.
    const principal =
      'principal' in context && context.principal
        ? context.principal
        : { subject: 'gateway', role: 'PUBLIC' as const, organizationId: null, country: null, scopes: [] };
    for (const [name, value] of Object.entries(signPrincipal(principal, this.secret)))
      request.http?.headers.set(name, value);
  }
}
