import { z } from 'zod';
import { parseCalendarDate } from './calendar';

/**
 * Building blocks shared by the input parsers: readable messages and result shapes. They check
 * what the schema cannot say (lengths, dates, shapes of codes); types and enum values are the
 * schema's.
 */

/** One problem, at its path in the parsed input (`['findings', '3', 'description']`; empty for the whole). */
export interface ValidationIssue {
  path: string[];
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export function issueAt(path: string | readonly string[], message: string): ValidationIssue {
  return { path: typeof path === 'string' ? (path ? [path] : []) : [...path], message };
}

/** The issues of one part of a larger input, e.g. `under('input', issues)` for a mutation's argument. */
export function under(prefix: string, issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: [prefix, ...issue.path], message: issue.message }));
}

export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
}

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

/** Echoes a received value in a message, shortened so junk input cannot bloat the error. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Plain-language messages for the issue kinds our schemas produce; explicit messages win. */
export const readableErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined' || issue.received === 'null') return { message: 'is required' };
      if (issue.expected === 'integer') return { message: 'must be a whole number' };
      return { message: `must be ${article(issue.expected)}, got ${issue.received}` };
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `must be one of ${issue.options.join(', ')} (got ${shown(issue.received)})` };
    case z.ZodIssueCode.too_small: {
      const min = Number(issue.minimum);
      if (issue.type === 'string')
        return { message: min <= 1 ? 'must not be empty' : `must be at least ${min} characters` };
      if (issue.type === 'array') return { message: `must have at least ${min} items` };
      return { message: `must be ${issue.inclusive ? 'at least' : 'more than'} ${min}` };
    }
    case z.ZodIssueCode.too_big: {
      const max = Number(issue.maximum);
      if (issue.type === 'string') return { message: `must be at most ${max} characters` };
      if (issue.type === 'array') return { message: `must have at most ${max} items` };
      return { message: `must be ${issue.inclusive ? 'at most' : 'less than'} ${max}` };
    }
    default:
      return { message: ctx.defaultError };
  }
};

/** Required text, trimmed first so that whitespace alone counts as empty. */
export function requiredText(maxLength: number) {
  return z.string().trim().min(1).max(maxLength);
}

/** Optional text: absent, null and blank all become null (GraphQL clients send explicit nulls). */
export function optionalText(maxLength: number) {
  return z
    .string()
    .trim()
    .max(maxLength)
    .nullish()
    .transform((v) => (v ? v : null));
}

/**
 * A calendar day given as `YYYY-MM-DD` (or a `Date`, as a Date scalar may deliver), returned as
 * 00:00 UTC of that day. `rule` returns a message when the day is not acceptable.
 */
export function calendarDate(rule?: (day: Date) => string | null) {
  return z.unknown().transform((value, ctx): Date => {
    if (value === undefined || value === null) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'is required' });
      return z.NEVER;
    }
    const day = parseCalendarDate(value);
    if (day === null) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `must be a calendar date in YYYY-MM-DD form (got ${shown(value)})`,
      });
      return z.NEVER;
    }
    const problem = rule?.(day);
    if (problem) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
      return z.NEVER;
    }
    return day;
  });
}
