import { describe, expect, it } from 'vitest';
import { formatError } from './errors';

const enumMistake = {
  message: 'Value "RECEIVD" does not exist in "GrievanceStatus" enum. Did you mean the enum value "RECEIVED"?',
  extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
};
const fieldMistake = {
  message: 'Cannot query field "facilitiez" on type "Query". Did you mean "facilities" or "facility"?',
  extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
};
const variableMistakes = {
  message:
    'Variable "$s" got invalid value "RECEIVD" at "s[0]"; Value "RECEIVD" does not exist in "GrievanceStatus" enum. Did you mean the enum value "RECEIVED"? Variable "$t" of required type "String!" was not provided.',
  extensions: {
    code: 'BAD_USER_INPUT',
    issues: [{ path: ['$s'], message: 'Value "RECEIVD" does not exist. Did you mean the enum value "RECEIVED"?' }],
  },
};

describe('formatError', () => {
  it('removes every "Did you mean" suggestion in production, from messages and listed issues', () => {
    const format = formatError(true);
    expect(format(enumMistake).message).toBe('Value "RECEIVD" does not exist in "GrievanceStatus" enum.');
    expect(format(fieldMistake).message).toBe('Cannot query field "facilitiez" on type "Query".');
    const formatted = format(variableMistakes);
    expect(formatted.message).not.toMatch(/Did you mean|RECEIVED"/);
    expect(formatted.message).toMatch(/Variable "\$t" of required type "String!" was not provided\.$/);
    expect(JSON.stringify(formatted.extensions)).not.toMatch(/Did you mean/);
  });

  it('keeps the suggestions in development, where they help whoever writes the query', () => {
    const format = formatError(false);
    expect(format(enumMistake).message).toBe(enumMistake.message);
    expect(format(fieldMistake).message).toBe(fieldMistake.message);
  });

  it('masks an error without a client code in production and never passes a stack trace on', () => {
    expect(formatError(true)({ message: 'relation "x" does not exist', extensions: {} })).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const development = formatError(false)({ message: 'boom', extensions: { stacktrace: ['at x.ts:1'] } });
    expect(development.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('says a document too deep to parse is nested too deeply, not that a stack overflowed', () => {
    const formatted = formatError(true)({
      message: 'Maximum call stack size exceeded',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(formatted).toEqual({
      message: 'Syntax Error: the document is nested too deeply',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });
});
