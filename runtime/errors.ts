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
  | 'INTERNAL_SERVER_ERROR';

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
  // Apollo Server's own codes for malformed requests are the client's fault, not ours.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

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
    if (production && !CLIENT_CODES.has(code)) {
      return {
        message: 'Internal server error',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return { ...formatted, extensions: { ...extensions, code } };
  };
}
