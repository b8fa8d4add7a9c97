import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql } from 'graphql';
import { gql } from 'graphql-tag';
import { describe, expect, it } from 'vitest';
import type { ServiceContext } from './context';
import { applyFieldPermissions } from './permissions';
import { PUBLIC_PRINCIPAL, type Principal } from './principal';

const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  directive @allow(roles: [String!], rule: String) on FIELD_DEFINITION | OBJECT
  type Query {
    grievance: Grievance
    ledger: Ledger
  }
  type Grievance @key(fields: "id") {
    id: ID!
    summary: String!
    complainantIdentity: String @allow(roles: ["REGULATOR"], rule: "handler")
  }
  type Ledger @allow(roles: ["ADMIN"]) {
    total: Int
  }
`;

const grievance = { id: 'g1', summary: 'Unpaid overtime', complainantIdentity: 'A. Worker', handlerId: 'org-handler' };

function schemaWithRules() {
  return applyFieldPermissions(
    buildSubgraphSchema({
      typeDefs,
      resolvers: {
        Query: { grievance: () => grievance, ledger: () => ({ total: 3 }) },
        Grievance: { __resolveReference: () => grievance },
      } as never,
    }),
    {
      handler: (parent: typeof grievance, context: ServiceContext) =>
        parent.handlerId === context.principal.organizationId,
    },
  );
}

const as = (principal: Partial<Principal>) =>
  ({ principal: { ...PUBLIC_PRINCIPAL, ...principal } }) as unknown as ServiceContext;

describe('@allow field permissions', () => {
  const schema = schemaWithRules();

  it('denies a field to an unlisted role with null and FORBIDDEN at its path, resolving the rest', async () => {
    const result = await graphql({
      schema,
      source: '{ grievance { summary complainantIdentity } }',
      contextValue: as({ role: 'BRAND' }),
    });
    expect(result.data).toEqual({ grievance: { summary: 'Unpaid overtime', complainantIdentity: null } });
    expect(result.errors?.[0].path).toEqual(['grievance', 'complainantIdentity']);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('admits a listed role', async () => {
    const result = await graphql({
      schema,
      source: '{ grievance { complainantIdentity } }',
      contextValue: as({ role: 'REGULATOR', country: 'BD' }),
    });
    expect(result.data).toEqual({ grievance: { complainantIdentity: 'A. Worker' } });
  });

  it('admits a caller that the named row rule accepts for this parent', async () => {
    const result = await graphql({
      schema,
      source: '{ grievance { complainantIdentity } }',
      contextValue: as({ role: 'SUPPLIER', organizationId: 'org-handler' }),
    });
    expect(result.data).toEqual({ grievance: { complainantIdentity: 'A. Worker' } });
  });

  it('guards fields reached through _entities like any other path', async () => {
    const source =
      '{ _entities(representations: [{ __typename: "Grievance", id: "g1" }]) { ... on Grievance { complainantIdentity } } }';
    const result = await graphql({ schema, source, contextValue: as({ role: 'BRAND' }) });
    expect(result.data).toEqual({ _entities: [{ complainantIdentity: null }] });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('applies a type-level @allow to every field of the type', async () => {
    const denied = await graphql({ schema, source: '{ ledger { total } }', contextValue: as({ role: 'REGULATOR' }) });
    expect(denied.data).toEqual({ ledger: { total: null } });
    const admitted = await graphql({ schema, source: '{ ledger { total } }', contextValue: as({ role: 'ADMIN' }) });
    expect(admitted.data).toEqual({ ledger: { total: 3 } });
  });

  it('refuses at start-up a directive that names an unknown role or rule', () => {
    const broken = gql`
      directive @allow(roles: [String!], rule: String) on FIELD_DEFINITION | OBJECT
      type Query {
        secret: String @allow(roles: ["KING"])
      }
    `;
    expect(() => applyFieldPermissions(buildSubgraphSchema({ typeDefs: broken }))).toThrow(/unknown role "KING"/);
    const missingRule = gql`
      directive @allow(roles: [String!], rule: String) on FIELD_DEFINITION | OBJECT
      type Query {
        secret: String @allow(rule: "nobodyDefinedThis")
      }
    `;
    expect(() => applyFieldPermissions(buildSubgraphSchema({ typeDefs: missingRule }))).toThrow(/does not define/);
  });
});
