import { buildSchema, getOperationAST, GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { argumentIssues, guardRequest, LONG_STRING_ALLOWANCES, type StringLimits } from './request-guards';

const schema = buildSchema(`
  scalar Date
  scalar JSON
  enum Colour { RED GREEN }
  input Filter { search: String, ids: [ID!], colour: Colour, since: Date }
  input ImportFacilityListInput { csv: String!, fileName: String! }
  directive @note(text: String) on FIELD
  type Item { id: ID!, name(locale: String): String }
  type Query {
    item(id: ID!): Item
    items(filter: Filter, first: Int = 20): [Item!]!
    entities(representations: [JSON!]!): [Item]!
  }
  type Mutation { importList(input: ImportFacilityListInput!): Boolean }
  type Subscription { itemChanged: Item }
`);

const limits: StringLimits = { maxStringLength: 100, maxIdLength: 20, allowances: LONG_STRING_ALLOWANCES };

function refusal(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(query);
  try {
    guardRequest(
      {
        schema,
        document,
        operation: getOperationAST(document, operationName) ?? undefined,
        operationName,
        variables,
      },
      { limits, argumentRefusalStatus: 400 },
    );
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { message: error.message, ...error.extensions } as {
      message: string;
      code: string;
      http: { status: number };
      issues?: { path: (string | number)[]; message: string }[];
    };
  }
  return null;
}

describe('request guards: the operation and its variables', () => {
  it('passes a sound request', () => {
    expect(refusal('query ($id: ID!) { item(id: $id) { name(locale: "fr") } }', { id: 'item-1' })).toBeNull();
  });

  it('refuses a missing or null non-null variable with BAD_USER_INPUT naming the variable', () => {
    const missing = refusal('query ($id: ID!) { item(id: $id) { id } }');
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
    expect(missing?.issues?.[0].path).toEqual(['$id']);
    expect(refusal('query ($id: ID!) { item(id: $id) { id } }', { id: null })?.message).toMatch(/must not be null/);
  });

  it('refuses a variable default of null flowing into a non-null argument', () => {
    const refused = refusal('query ($id: ID = "a") { item(id: $id) { id } }', { id: null });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
    expect(refused?.issues?.[0].path).toEqual(['item']);
  });

  it('refuses an unknown operation name and a document whose operation is ambiguous', () => {
    expect(refusal('query A { item(id: "1") { id } }', {}, 'B')).toMatchObject({
      code: 'OPERATION_RESOLUTION_FAILURE',
      message: 'Unknown operation named "B"',
    });
    expect(refusal('query A { items { id } } query B { items { id } }')?.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('refuses a subscription with 400 and a message that says why', () => {
    const refused = refusal('subscription { itemChanged { id } }');
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', http: { status: 400 } });
    expect(refused?.message).toMatch(/Subscriptions are not supported/);
  });
});

describe('request guards: strings', () => {
  it('bounds IDs by MAX_ID_LENGTH and strings by MAX_STRING_LENGTH, literal or variable, naming the path', () => {
    const longId = refusal(`{ item(id: "${'i'.repeat(21)}") { id } }`);
    expect(longId).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: ['item', 'id'] }] });
    expect(longId?.message).toMatch(/item\.id: is longer than 20 characters/);
    const longSearch = refusal('query ($f: Filter) { list: items(filter: $f) { id } }', {
      f: { search: 's'.repeat(101) },
    });
    expect(longSearch?.issues?.[0].path).toEqual(['list', 'filter', 'search']);
    expect(refusal(`{ items(filter: { search: "${'s'.repeat(100)}" }) { id } }`)).toBeNull();
    const longListId = refusal('query ($ids: [ID!]) { items(filter: { ids: $ids }) { id } }', {
      ids: ['ok', 'x'.repeat(21)],
    });
    expect(longListId?.issues?.[0].path).toEqual(['items', 'filter', 'ids', 1]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(refusal('query ($id: ID!) { item(id: $id) { id } }', { id: '😀'.repeat(20) })).toBeNull();
    expect(refusal('query ($id: ID!) { item(id: $id) { id } }', { id: '😀'.repeat(21) })).not.toBeNull();
  });

  it('refuses NUL and other C0 control characters anywhere, but not tab, CR or LF', () => {
    expect(refusal('query ($id: ID!) { item(id: $id) { id } }', { id: 'a\u0000b' })?.message).toMatch(
      /item\.id: contains the control character U\+0000/,
    );
    expect(refusal('{ item(id: "a\\u0007") { id } }')?.issues?.[0].message).toMatch(/U\+0007/);
    expect(refusal('{ item(id: "x") { name(locale: "\\u001b[31m") } }')?.issues?.[0].path).toEqual([
      'item',
      'name',
      'locale',
    ]);
    expect(refusal('{ items(filter: { search: "one\\ttwo\\r\\nthree" }) { id } }')).toBeNull();
    expect(
      refusal('query ($d: Date) { items(filter: { since: $d }) { id } }', { d: '2026-01-01\u0000' }),
    ).not.toBeNull();
  });

  it('checks directive arguments and fields inside fragments', () => {
    expect(refusal('{ item(id: "1") @note(text: "\\u0000") { id } }')?.issues?.[0].path).toEqual([
      'item',
      '@note',
      'text',
    ]);
    const inFragment = refusal('query { ...Parts } fragment Parts on Query { item(id: "\\u0001") { id } }');
    expect(inFragment?.issues?.[0].path).toEqual(['...Parts', 'item', 'id']);
  });

  it('walks JSON scalars (entity representations) without recursion, bounding their depth', () => {
    const representations = [
      { __typename: 'Item', id: 'ok' },
      { __typename: 'Item', id: 'bad\u0000' },
    ];
    expect(
      refusal('query ($r: [JSON!]!) { entities(representations: $r) { id } }', { r: representations })?.issues?.[0]
        .path,
    ).toEqual(['entities', 'representations', 1, 'id']);
    let deep: unknown = 'leaf';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(
      refusal('query ($r: [JSON!]!) { entities(representations: $r) { id } }', { r: [deep] })?.issues?.[0].message,
    ).toMatch(/nested deeper/);
  });

  it('allows the arguments of the allowance list more, and only them', () => {
    const csv = 'country,name\n' + 'BD,Factory\n'.repeat(1_000);
    expect(csv.length).toBeGreaterThan(limits.maxStringLength);
    const importList = 'mutation ($input: ImportFacilityListInput!) { importList(input: $input) }';
    expect(refusal(importList, { input: { csv, fileName: 'list.csv' } })).toBeNull();
    expect(refusal(importList, { input: { csv: 'x'.repeat(400 * 1024 + 1), fileName: 'list.csv' } })).not.toBeNull();
    expect(refusal(importList, { input: { csv, fileName: csv } })?.issues?.[0].path).toEqual([
      'importList',
      'input',
      'fileName',
    ]);
  });

  it('reports at most ten issues however many strings are out of bounds', () => {
    const ids = Array.from({ length: 5_000 }, () => '\u0000');
    const document = parse('query ($ids: [ID!]) { items(filter: { ids: $ids }) { id } }');
    const issues = argumentIssues(schema, document, getOperationAST(document)!, { ids }, limits);
    expect(issues).toHaveLength(10);
  });
});
