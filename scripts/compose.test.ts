import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { subgraphSchemaSource as schema } from '../runtime/schema';
import { composeSupergraph } from './compose';

describe('composition', () => {
  it('composes every subgraph into the committed supergraph', () => {
    const result = composeSupergraph();
    expect(result.errors).toBeUndefined();
    const committed = readFileSync(new URL('../gateway/__generated__/supergraph.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(`${result.supergraphSdl!.trim()}\n`);
  });

  it('fails with the composition message when a subgraph contradicts another', () => {
    // Facility.id becomes a String in one subgraph while the others say ID!.
    const broken = (name: string) =>
      name === 'inspections'
        ? schema(name).replace(
            /type Facility @key\(fields: "id"\) \{\n {2}id: ID!/,
            'type Facility @key(fields: "id") {\n  id: String',
          )
        : schema(name);
    const result = composeSupergraph(broken);
    expect(result.errors?.map((error) => error.message).join('\n')).toMatch(/Facility\.id/);
  });

  it('fails when a subgraph schema does not parse', () => {
    expect(() => composeSupergraph((name) => (name === 'grievances' ? 'type Query {' : schema(name)))).toThrow(
      /Syntax Error/,
    );
  });
});
