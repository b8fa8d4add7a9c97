import {
  defaultFieldResolver,
  GraphQLError,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
  type ConstDirectiveNode,
} from 'graphql';
import { forbidden } from './errors';
import { ROLES, type Role } from './principal';
import type { ServiceContext } from './context';

/**
 * Declarative field permissions. A subgraph schema marks a type or field with
 *   @allow(roles: [REGULATOR, ADMIN], rule: "grievanceHandler")
 * and the caller may read it when its role is listed OR the named row rule admits it for this
 * parent object. A denied field resolves to null with a FORBIDDEN error at its path; the other
 * fields of the query still resolve. Because the wrapper sits on the field resolvers themselves,
 * it holds on every path — root fields, nested fields and the gateway's `_entities` lookups.
 */
export const ALLOW_DIRECTIVE_SDL = 'directive @allow(roles: [String!], rule: String) on FIELD_DEFINITION | OBJECT';

/**
 * A row rule: whether the caller may read a guarded field of this parent object. The runtime passes
 * the parent through unseen; each rule declares the type of the objects its @allow sits on (the
 * schema guarantees it), which the method form of this signature lets it narrow from `unknown`.
 */
export type PermissionRule<Context extends ServiceContext = ServiceContext> = {
  rule(parent: unknown, context: Context): boolean | Promise<boolean>;
}['rule'];

interface Allowance {
  roles: ReadonlySet<Role>;
  rule?: string;
}

function readAllowance(directives: readonly ConstDirectiveNode[] | undefined, where: string): Allowance | undefined {
  const directive = directives?.find((node) => node.name.value === 'allow');
  if (!directive) return undefined;
  const roles = new Set<Role>();
  let rule: string | undefined;
  for (const argument of directive.arguments ?? []) {
    if (argument.name.value === 'roles' && argument.value.kind === 'ListValue') {
      for (const value of argument.value.values) {
        const role = value.kind === 'StringValue' || value.kind === 'EnumValue' ? value.value : '';
        if (!(ROLES as readonly string[]).includes(role))
          throw new Error(`@allow on ${where} names unknown role "${role}"`);
        roles.add(role as Role);
      }
    }
    if (argument.name.value === 'rule' && argument.value.kind === 'StringValue') rule = argument.value.value;
  }
  return { roles, rule };
}

function guard<Context extends ServiceContext>(
  field: GraphQLField<unknown, Context>,
  allowance: Allowance,
  rules: Record<string, PermissionRule<Context>>,
  where: string,
) {
  const rule = allowance.rule ? rules[allowance.rule] : undefined;
  if (allowance.rule && !rule)
    throw new Error(`@allow on ${where} names rule "${allowance.rule}", which this subgraph does not define`);
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = async (parent, args, context, info) => {
    const admitted = allowance.roles.has(context.principal.role) || (rule ? await rule(parent, context) : false);
    if (!admitted) {
      return new GraphQLError(forbidden(`${context.principal.role} may not read ${where}`).message, {
        extensions: { code: 'FORBIDDEN', field: where },
      });
    }
    return resolve(parent, args, context, info);
  };
}

/** Wraps, in place, every field guarded by @allow (directly or through its type). */
export function applyFieldPermissions<Context extends ServiceContext>(
  schema: GraphQLSchema,
  rules: Record<string, PermissionRule<Context>> = {},
): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeAllowance = readAllowance(
      [...(type.astNode?.directives ?? []), ...type.extensionASTNodes.flatMap((node) => node.directives ?? [])],
      type.name,
    );
    for (const field of Object.values(type.getFields())) {
      const where = `${type.name}.${field.name}`;
      const allowance = readAllowance(field.astNode?.directives, where) ?? typeAllowance;
      if (allowance) guard(field, allowance, rules, where);
    }
  }
  return schema;
}
