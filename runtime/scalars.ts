import { GraphQLScalarType, Kind } from 'graphql';

/*
 * The Date and DateTime scalars. Hand-written because the project needs exactly two, with strict
 * calendar validation and `YYYY-MM-DD` strings as MikroORM stores them; graphql-scalars' Date
 * returns JavaScript Dates, which would shift across time zones.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date, kept as `YYYY-MM-DD` throughout (MikroORM's `date` type does the same). */
export function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value))
    throw new TypeError(`Date must be a YYYY-MM-DD string, got ${JSON.stringify(value)}`);
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    throw new TypeError(`${value} is not a calendar date`);
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO 8601 calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseIsoDate(value)),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string literal');
    return parseIsoDate(ast.value);
  },
});

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new TypeError(`DateTime must be an ISO 8601 string with a time zone, got ${JSON.stringify(value)}`);
  }
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new TypeError(`${value} is not a valid date and time`);
  return parsed;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO 8601 date and time in UTC, e.g. 2026-03-01T09:30:00.000Z.',
  serialize: (value) => {
    const date =
      value instanceof Date ? value : typeof value === 'number' || typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new TypeError('DateTime cannot represent this value');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('DateTime must be a string literal');
    return parseDateTime(ast.value);
  },
});

export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar };
