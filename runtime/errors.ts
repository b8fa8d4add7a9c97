import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Error codes clients can rely on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  // The request itself, before any GraphQL runs: malformed, unknown operation, wrong path or body.
  | 'BAD_REQUEST'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'METHOD_NOT_ALLOWED';

function coded(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badUserInput = (message: string, extensions?: Record<string, unknown>) =>
  coded('BAD_USER_INPUT', message, extensions);
export const notFound = (message: string, extensions?: Record<string, unknown>) =>
  coded('NOT_FOUND', message, extensions);
export const forbidden = (message = 'You are not allowed to see or do this', extensions?: Record<string, unknown>) =>
  coded('FORBIDDEN', message, extensions);
export const conflict = (message: string, extensions?: Record<string, unknown>) =>
  coded('CONFLICT', message, extensions);
export const unauthenticated = (message: string) => coded('UNAUTHENTICATED', message, { http: { status: 401 } });
/**
 * Too many attempts. Only the gateway answers with HTTP 429 (`asHttpStatus`): a subgraph that
 * did would make the gateway report the whole subgraph fetch as failed.
 */
export const rateLimited = (message: string, retryAfterSeconds: number, asHttpStatus = false) =>
  coded('RATE_LIMITED', message, asHttpStatus ? { retryAfterSeconds, http: { status: 429 } } : { retryAfterSeconds });

/** A request that cannot be a GraphQL request here (HTTP 400). */
export const badRequest = (message: string) => coded('BAD_REQUEST', message, { http: { status: 400 } });
/** The request names no operation of its document that could run (HTTP 400). */
export const operationResolutionFailure = (message: string) =>
  coded('OPERATION_RESOLUTION_FAILURE', message, { http: { status: 400 } });

/** A service this request depends on could not answer; nothing was written, and the same request may be retried. */
export const serviceUnavailable = (message: string, extensions?: Record<string, unknown>) =>
  coded('SERVICE_UNAVAILABLE', message, extensions);

const CLIENT_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  // A subgraph did not answer in time (its fields are null), or the request's deadline passed.
  'SUBGRAPH_UNAVAILABLE',
  'DEADLINE_EXCEEDED',
  // Apollo Server's own codes for malformed requests are the client's fault, not ours.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'METHOD_NOT_ALLOWED',
]);

/** Codes a client may see and act on; anything else is unexpected (logged, and hidden in production). */
export const isClientCode = (code: string) => CLIENT_CODES.has(code);

/**
 * graphql-js adds suggestions to some messages ("Did you mean \"RECEIVED\"?") for fields,
 * arguments, types and enum values; in production they would map a schema the caller may not see.
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;
const withoutSuggestions = (message: string) => message.replace(SUGGESTION, '');

function withoutSuggestionsIn(extensions: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(extensions.issues)) return extensions;
  const issues = extensions.issues.map((issue: unknown) =>
    issue && typeof issue === 'object' && typeof (issue as { message?: unknown }).message === 'string'
      ? { ...issue, message: withoutSuggestions((issue as { message: string }).message) }
      : issue,
  );
  return { ...extensions, issues };
}

/**
 * Shapes every error a client sees: never a stack trace, and in production an unexpected
 * failure says only that it happened (the log has the details).
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const {
      stacktrace: _stacktrace,
      exception: _exception,
      ...extensions
    } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    // The parser recurses once per level of nesting; a document deep enough exhausts the stack.
    if (code === 'GRAPHQL_PARSE_FAILED' && formatted.message.includes('Maximum call stack size exceeded'))
      return { message: 'Syntax Error: the document is nested too deeply', extensions: { code } };
    if (production && !CLIENT_CODES.has(code)) {
      return {
        message: 'Internal server error',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    // Development keeps the suggestions: they help whoever writes the query.
    if (!production) return { ...formatted, extensions: { ...extensions, code } };
    return {
      ...formatted,
      message: withoutSuggestions(formatted.message),
      extensions: { ...withoutSuggestionsIn(extensions), code },
    };
  };
}
