import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  Kind,
  TypeInfo,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values.js';
import { config } from './config';
import { badRequest, badUserInput, operationResolutionFailure } from './errors';

/**
 * Bounds on what a request's arguments may carry, checked once per request, before anything runs:
 * at the gateway for every client request, and again at every subgraph (defence in depth).
 *
 * - every variable the operation declares is supplied and of its type, and the operation it names
 *   exists and is a query or a mutation — so the executors behind never meet a request they would
 *   fail on with an internal error;
 * - every string an argument carries, literal or through a variable, is at most MAX_STRING_LENGTH
 *   characters (an ID at most MAX_ID_LENGTH), save the few arguments `LONG_STRING_ALLOWANCES` names;
 * - no string carries a C0 control character other than tab, line feed and carriage return: NUL
 *   bytes and the like are nobody's data, and PostgreSQL refuses them with an internal error.
 */

/** Where a request's strings may be longer than MAX_STRING_LENGTH, by schema coordinate, in characters. */
export const LONG_STRING_ALLOWANCES: Readonly<Record<string, number>> = {
  // A facility list uploaded through GraphQL: up to 500 CSV rows in at most 400 KiB
  // (subgraphs/suppliers/src/mutations/import-facility-list.ts refuses more).
  'ImportFacilityListInput.csv': 400 * 1024,
};

export interface StringLimits {
  maxStringLength: number;
  maxIdLength: number;
  allowances?: Readonly<Record<string, number>>;
}

/** One argument out of bounds: its path from the operation's root field to the string. */
export interface ArgumentIssue {
  path: (string | number)[];
  message: string;
}

// C0 control characters but tab (U+0009), line feed (U+000A) and carriage return (U+000D).
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** Custom scalars may hold JSON (`_Any` representations); deeper than this is no one's entity key. */
const MAX_SCALAR_DEPTH = 16;
/** Enough to say what is wrong; a request with thousands of bad strings need not hear of each. */
const MAX_ISSUES = 10;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function stringIssue(value: string, limit: number, kind: string): string | null {
  const control = CONTROL_CHARACTER.exec(value);
  if (control) return `contains the control character ${codePoint(control[0])}`;
  // Length in characters (code points), counted only where UTF-16 units leave it in doubt.
  if (value.length > limit && (value.length > 2 * limit || [...value].length > limit))
    return `is longer than ${limit} characters, the limit for ${kind}`;
  return null;
}

class IssueList {
  readonly issues: ArgumentIssue[] = [];
  get full() {
    return this.issues.length >= MAX_ISSUES;
  }
  add(path: (string | number)[], message: string) {
    if (!this.full) this.issues.push({ path, message });
  }
}

/** Strings anywhere inside a custom scalar's JSON value, walked without recursion. */
function checkLooseValue(value: unknown, path: (string | number)[], limit: number, found: IssueList) {
  const pending: { value: unknown; path: (string | number)[]; depth: number }[] = [{ value, path, depth: 0 }];
  while (pending.length && !found.full) {
    const next = pending.pop()!;
    if (typeof next.value === 'string') {
      const problem = stringIssue(next.value, limit, 'a string');
      if (problem) found.add(next.path, problem);
      continue;
    }
    if (next.value === null || typeof next.value !== 'object') continue;
    const prototype = Object.getPrototypeOf(next.value);
    if (!Array.isArray(next.value) && prototype !== Object.prototype && prototype !== null) continue;
    if (next.depth >= MAX_SCALAR_DEPTH) {
      found.add(next.path, `is nested deeper than ${MAX_SCALAR_DEPTH} levels`);
      continue;
    }
    for (const [key, item] of Object.entries(next.value)) {
      const problem = stringIssue(key, limit, 'a string');
      if (problem) found.add(next.path, `has a key that ${problem}`);
      pending.push({
        value: item,
        path: [...next.path, Array.isArray(next.value) ? Number(key) : key],
        depth: next.depth + 1,
      });
    }
  }
}

/** Walks a coerced argument value by its input type, checking every string in it. */
function checkValue(
  value: unknown,
  type: GraphQLInputType,
  path: (string | number)[],
  coordinate: string,
  limits: StringLimits,
  found: IssueList,
): void {
  if (value === null || value === undefined || found.full) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, path, coordinate, limits, found);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(value, type.ofType, path, coordinate, limits, found);
    value.forEach((item, index) => checkValue(item, type.ofType, [...path, index], coordinate, limits, found));
    return;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const fieldValue = (value as Record<string, unknown>)[field.name];
      checkValue(fieldValue, field.type, [...path, field.name], `${type.name}.${field.name}`, limits, found);
    }
    return;
  }
  if (!isScalarType(type)) return; // enums were coerced to their values already
  const isId = type.name === 'ID';
  const limit = limits.allowances?.[coordinate] ?? (isId ? limits.maxIdLength : limits.maxStringLength);
  if (typeof value === 'string') {
    const problem = stringIssue(value, limit, isId ? 'an ID' : `a ${type.name}`);
    if (problem) found.add(path, problem);
  } else checkLooseValue(value, path, limit, found);
}

/** The fragments an operation spreads, directly or through other fragments. */
function fragmentsOf(operation: OperationDefinitionNode, document: DocumentNode): FragmentDefinitionNode[] {
  const byName = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: SelectionSetNode[] = [operation.selectionSet];
  while (pending.length) {
    for (const selection of pending.pop()!.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = byName.get(selection.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          pending.push(fragment.selectionSet);
        }
      } else if (selection.selectionSet) pending.push(selection.selectionSet);
    }
  }
  return [...used.values()];
}

/**
 * Every argument of the operation (fields and directives, in the operation and the fragments it
 * spreads), coerced with the request's variables and checked against the limits. An argument that
 * cannot be coerced (a variable's default of null for a non-null argument) is an issue as well.
 */
export function argumentIssues(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: StringLimits,
): ArgumentIssue[] {
  const found = new IssueList();
  for (const definition of [operation, ...fragmentsOf(operation, document)]) {
    const typeInfo = new TypeInfo(schema);
    const path: string[] = definition.kind === Kind.FRAGMENT_DEFINITION ? [`...${definition.name.value}`] : [];
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter(node) {
            path.push(node.alias?.value ?? node.name.value);
            const field = typeInfo.getFieldDef();
            const parent = typeInfo.getParentType();
            if (!field || !parent || !node.arguments?.length) return;
            const where = (argument: string) => `${parent.name}.${field.name}(${argument}:)`;
            checkArguments(field, node, [...path], where);
          },
          leave() {
            path.pop();
          },
        },
        Directive(node) {
          const directive = typeInfo.getDirective();
          if (!directive || !node.arguments?.length) return;
          checkArguments(
            directive,
            node,
            [...path, `@${directive.name}`],
            (argument) => `@${directive.name}(${argument}:)`,
          );
        },
      }),
    );
    if (found.full) break;
  }
  return found.issues;

  function checkArguments(
    definition: Parameters<typeof getArgumentValues>[0],
    node: Parameters<typeof getArgumentValues>[1],
    at: (string | number)[],
    coordinate: (argument: string) => string,
  ) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(definition, node, variables);
    } catch (error) {
      found.add(at, (error as Error).message);
      return;
    }
    for (const argument of definition.args) {
      checkValue(
        values[argument.name],
        argument.type,
        [...at, argument.name],
        coordinate(argument.name),
        limits,
        found,
      );
    }
  }
}

export interface GuardedRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode | undefined;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export interface GuardOptions {
  limits: StringLimits;
  /**
   * The HTTP status of a refused argument: 400 at the gateway; 200 at a subgraph, whose answer the
   * gateway passes on with its code only when the fetch itself succeeded.
   */
  argumentRefusalStatus: number;
}

const issueText = (issues: readonly ArgumentIssue[]) =>
  issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    .join('; ') + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : '');

/** Throws the client's mistake as a coded GraphQL error with a 4xx status, or returns when the request is sound. */
export function guardRequest(request: GuardedRequest, options: GuardOptions): void {
  const { operation } = request;
  if (!operation) {
    throw operationResolutionFailure(
      request.operationName
        ? `Unknown operation named "${request.operationName}"`
        : 'Must provide operation name if query contains multiple operations',
    );
  }
  if (operation.operation === 'subscription') {
    throw badRequest(
      'Subscriptions are not supported: this endpoint answers queries and mutations over HTTP, one response per request',
    );
  }
  const coerced = getVariableValues(request.schema, operation.variableDefinitions ?? [], request.variables ?? {}, {
    maxErrors: MAX_ISSUES,
  });
  if (coerced.errors) {
    const issues = coerced.errors.map((error) => {
      const definition = error.nodes?.find((node) => node.kind === Kind.VARIABLE_DEFINITION);
      return { path: definition ? [`$${definition.variable.name.value}`] : [], message: error.message };
    });
    throw badUserInput(coerced.errors.map((error) => error.message).join(' '), { issues, http: { status: 400 } });
  }
  const issues = argumentIssues(request.schema, request.document, operation, coerced.coerced, options.limits);
  if (issues.length) {
    throw badUserInput(`Invalid arguments: ${issueText(issues)}`, {
      issues,
      http: { status: options.argumentRefusalStatus },
    });
  }
}

/** The configured limits: MAX_STRING_LENGTH, MAX_ID_LENGTH and the allowance list. */
export function configuredLimits(): StringLimits {
  const settings = config();
  return {
    maxStringLength: settings.MAX_STRING_LENGTH,
    maxIdLength: settings.MAX_ID_LENGTH,
    allowances: LONG_STRING_ALLOWANCES,
  };
}

/**
 * The guard as an Apollo plugin. Put it first among the plugins: Apollo runs every plugin's
 * `didResolveOperation` together and answers with the first refusal, and this one refuses before it
 * awaits anything, so later plugins (which read the arguments too) never answer for it.
 */
export function requestGuards(options: Partial<GuardOptions> = {}): ApolloServerPlugin<BaseContext> {
  const settings: GuardOptions = {
    limits: options.limits ?? configuredLimits(),
    argumentRefusalStatus: options.argumentRefusalStatus ?? 400,
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          guardRequest(
            { schema, document, operation, operationName: request.operationName, variables: request.variables },
            settings,
          );
        },
      };
    },
  };
}
