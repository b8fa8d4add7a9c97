import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import * as operations from '../../bench/operations';
import * as generated from '../__generated__/graphql';

/**
 * Requests for the gateway fuzz test, built with fast-check from the real API schema and the real
 * operations (the canonical ones in bench/operations.ts and every typed document of the tests), then
 * mutated: variables dropped, nulled, retyped or oversized; other operation names; operation types
 * swapped; documents truncated, deepened and aliased; bodies of random bytes, truncated JSON or the
 * wrong shape; wrong content types, accept headers, tokens, methods and paths.
 */

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const schema = buildSchema(
  readFileSync(new URL('../../gateway/__generated__/api-schema.graphql', import.meta.url), 'utf8'),
);

interface KnownOperation {
  text: string;
  name: string;
  variables: { name: string; type: GraphQLInputType }[];
}

const documents = [
  ...Object.values(operations as Record<string, unknown>).filter((value): value is string => typeof value === 'string'),
  ...Object.values(generated)
    .filter((value) => value instanceof generated.TypedDocumentString)
    .map(String),
];

const KNOWN: KnownOperation[] = documents.flatMap((text) => {
  const operation = parse(text).definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) return [];
  const variables = (operation.variableDefinitions ?? []).map((definition) => ({
    name: definition.variable.name.value,
    type: typeFromAST(schema, definition.type as never) as GraphQLInputType,
  }));
  return variables.every((variable) => variable.type) ? [{ text, name: operation.name?.value ?? '', variables }] : [];
});

/** Strings that tend to break things: control characters, huge, unicode, SQL-ish, ids of the wrong shape. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\u0007\u001b[31m',
    "'; drop table facility; --",
    '%00',
    '\uffff\ud800',
  ),
  fc.constantFrom('BD2024001ABCDE7', 'org-atlas-outfitters', 'LCG-AAAA-BBBB', '2026-11-24', '2026-11-24T09:00:00Z'),
  fc.integer({ min: 201, max: 60_000 }).map((length) => 'x'.repeat(length)),
);

/** Values a real client would send: known ids, short words, real dates. */
const plausibleScalar = (name: string): fc.Arbitrary<unknown> => {
  switch (name) {
    case 'ID':
      return fc.constantFrom('BD2024001ABCDE7', 'org-atlas-outfitters', 'org-mekong-textile-workers-union', 'x');
    case 'Int':
      return fc.integer({ min: 1, max: 50 });
    case 'Float':
      return fc.double({ min: 0, max: 1, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.constantFrom('2026-01-01', '2026-11-24');
    case 'DateTime':
      return fc.constant('2026-11-24T09:00:00Z');
    default:
      return fc.oneof(fc.constantFrom('BD', 'Dhaka', 'spinning'), fc.string({ maxLength: 12 }));
  }
};

const nastyScalar = (name: string): fc.Arbitrary<unknown> => {
  switch (name) {
    case 'Int':
      return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(2 ** 31, -(2 ** 53), 1.5));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true }), fc.constant(1e308));
    case 'Boolean':
      return fc.boolean();
    default:
      return nastyString;
  }
};

const valueCache = new Map<string, fc.Arbitrary<unknown>>();

/**
 * A value for an input type: well-typed, plausible or nasty in its strings, sometimes null where
 * null is allowed; input objects nest three levels at most.
 */
function valueOf(type: GraphQLInputType, nasty: boolean, depth = 0): fc.Arbitrary<unknown> {
  const key = `${String(type)}@${depth}@${nasty}`;
  const cached = valueCache.get(key);
  if (cached) return cached;
  let arbitrary: fc.Arbitrary<unknown>;
  if (isNonNullType(type)) arbitrary = valueOf(type.ofType, nasty, depth);
  else {
    let inner: fc.Arbitrary<unknown>;
    if (isListType(type)) inner = fc.array(valueOf(type.ofType, nasty, depth + 1), { maxLength: 3 });
    else if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      inner =
        depth > 3
          ? fc.constant({})
          : fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, nasty, depth + 1)])), {
              requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
            });
    } else if (isEnumType(type)) {
      const values = fc.constantFrom(...type.getValues().map((value) => value.name));
      inner = nasty ? fc.oneof(values, nastyString) : values;
    } else inner = (nasty ? nastyScalar : plausibleScalar)(getNamedType(type).name);
    arbitrary = fc.option(inner, { nil: null, freq: nasty ? 8 : 20 });
  }
  valueCache.set(key, arbitrary);
  return arbitrary;
}

/** Any JSON value at all, for variables retyped or bodies of the wrong shape. */
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), nastyString, fc.constant(null));

const variablesFor = (operation: KnownOperation) =>
  fc
    .boolean()
    .chain((nasty) =>
      fc.record(
        Object.fromEntries(operation.variables.map((variable) => [variable.name, valueOf(variable.type, nasty)])),
        // Plausible requests supply every variable; nasty ones leave some out.
        { requiredKeys: nasty ? [] : operation.variables.map((variable) => variable.name) },
      ),
    )
    .chain((variables) =>
      fc.oneof(
        { weight: 6, arbitrary: fc.constant(variables) },
        // One variable retyped to anything.
        {
          weight: 1,
          arbitrary: fc.tuple(fc.string({ maxLength: 8 }), anyJson).map(([name, value]) => ({
            ...variables,
            [operation.variables[0]?.name ?? name]: value,
          })),
        },
        { weight: 1, arbitrary: fc.constantFrom(null, 'not an object', [variables], 42) },
      ),
    );

const swapType = (text: string, to: string) => text.replace(/^\s*(query|mutation|subscription)\b/, to);

const mutatedDocument = (text: string) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(text) },
    { weight: 1, arbitrary: fc.constantFrom('query', 'mutation', 'subscription').map((type) => swapType(text, type)) },
    { weight: 1, arbitrary: fc.nat({ max: text.length }).map((cut) => text.slice(0, cut)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.nat({ max: text.length }), fc.string({ unit: 'binary', maxLength: 6 }))
        .map(([at, inserted]) => text.slice(0, at) + inserted + text.slice(at)),
    },
    { weight: 1, arbitrary: fc.constant(`${text}\n${text}`) },
  );

const operationBody = fc.constantFrom(...KNOWN).chain((operation) =>
  fc.record({
    query: mutatedDocument(operation.text),
    variables: variablesFor(operation),
    operationName: fc.oneof(
      { weight: 6, arbitrary: fc.constant(operation.name || undefined) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.constantFrom(null, 7, ['A'], 'Nope') },
    ),
  }),
);

const nested = (depth: number, open: string, close: string, inner: string) =>
  open.repeat(depth) + inner + close.repeat(depth);

/** Deep selections, deep list literals, deep JSON variables, and many aliases (of __typename too), as bodies. */
const shapedBody = fc.oneof(
  fc
    .integer({ min: 1, max: 3_000 })
    .map((depth) => JSON.stringify({ query: `{ ${nested(depth, 'viewer { ', '} ', 'role ')} }` })),
  fc.integer({ min: 1, max: 3_000 }).map((depth) =>
    JSON.stringify({
      query: `{ facilities(filter: { country: ${nested(depth, '[', ']', '"BD"')} }) { totalCount } }`,
    }),
  ),
  fc
    .tuple(fc.integer({ min: 1, max: 50_000 }), fc.constantFrom('filter', 'from'))
    .map(
      ([depth, variable]) =>
        `{"query": "query FuzzDeep($filter: FacilityFilter, $from: Date) { facilities(filter: $filter) { totalCount } complianceStats(groupBy: [AREA], filter: { from: $from }) { area } }", "variables": {"${variable}": ${nested(depth, '{"country":', '}', '["BD"]')}}, "extensions": ${nested(Math.min(depth, 10_000), '[', ']', '1')}}`,
    ),
  fc
    .tuple(
      fc.integer({ min: 1, max: 400 }),
      fc.constantFrom('__typename', 'viewer { role }', 'countries { totalCount }'),
    )
    .map(([count, field]) =>
      JSON.stringify({ query: `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }` }),
    ),
);

/** Bodies that are not a GraphQL request: random bytes, truncated JSON, JSON of the wrong shape. */
const rawBody = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  operationBody.chain((body) => {
    const text = JSON.stringify(body);
    return fc.nat({ max: text.length }).map((cut) => text.slice(0, cut));
  }),
  anyJson.map((value) => JSON.stringify(value)),
  fc.constantFrom(
    '{"query": null}',
    '{"query": {}}',
    '[{"query":"{ __typename }"}]',
    '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x"}}}',
  ),
  fc
    .integer({ min: 1_000_001, max: 1_100_000 })
    .map((size) => JSON.stringify({ query: `{ __typename } #${'x'.repeat(size)}` })),
);

const contentType = fc.oneof(
  { weight: 25, arbitrary: fc.constant('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'text/plain',
      'application/graphql',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      '',
      ';;;',
    ),
  },
);

const accept = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(undefined, 'application/json', 'application/graphql-response+json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'application/graphql-response+json, application/json;q=0.9',
      'text/html',
      '*/*',
      'image/png',
      'multipart/mixed; deferSpec=20220824',
    ),
  },
);

/** A path a client can send as it is: relative to the service's origin, whatever its characters. */
const isPath = (path: string) => {
  try {
    return path.startsWith('/') && new URL(`http://127.0.0.1:1${path}`).host === '127.0.0.1:1';
  } catch {
    return false;
  }
};

export function fuzzRequest(tokens: string[]): fc.Arbitrary<FuzzRequest> {
  const authorization = fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 6, arbitrary: fc.constantFrom(...tokens).map((token) => `Bearer ${token}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('Bearer', 'Bearer x.y.z', 'Basic Zm9vOmJhcg==', 'Bearer ' + 'a'.repeat(5_000)),
    },
  );
  const headers = fc
    .record({ 'content-type': contentType, accept, authorization, preflight: fc.boolean() })
    .map(({ preflight, ...rest }) => ({
      ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
      ...(preflight ? { 'apollo-require-preflight': 'true' } : {}),
    })) as fc.Arbitrary<Record<string, string>>;
  const path = fc.oneof(
    { weight: 20, arbitrary: fc.constant('/') },
    { weight: 1, arbitrary: fc.constantFrom('/graphql', '/graphiql/x', '/%', '/..%2f', '//', '/?', '/health/x') },
    { weight: 1, arbitrary: fc.webPath().filter(isPath) },
  );
  const post = fc.record({
    method: fc.constant('POST'),
    path,
    headers,
    body: fc.oneof(
      { weight: 6, arbitrary: operationBody.map((body) => JSON.stringify(body)) },
      { weight: 2, arbitrary: shapedBody },
      { weight: 2, arbitrary: rawBody },
    ),
  });
  const get = fc.record({
    method: fc.constantFrom('GET', 'GET', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
    path: fc.tuple(path, operationBody).map(([where, body]) => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(body))
        if (value !== undefined) search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
      return `${where}${where.includes('?') ? '&' : '?'}${search.toString().slice(0, 6_000)}`;
    }),
    headers,
  });
  return fc.oneof({ weight: 5, arbitrary: post }, { weight: 1, arbitrary: get }) as fc.Arbitrary<FuzzRequest>;
}
