import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { isClientCode } from './errors';

/** The header a request id travels in: from the client (optional), to every subgraph, back in every answer. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A client's id is taken only when it is short and plain: it goes into every log line. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** What the log lines of one request share. */
export interface RequestScope {
  id: string;
  /** When this service received the request (epoch ms). */
  receivedAt: number;
  operationName?: string;
  /** An error line was written for this request: its 5xx answer needs no second one. */
  errorLogged: boolean;
}

/** Where a GraphQL context keeps its request's scope (Apollo copies the context's own properties per operation). */
const SCOPE = Symbol('requestScope');
type Scoped = { [SCOPE]?: RequestScope };

export const scopeOf = (response: Response): RequestScope => response.locals.requestScope as RequestScope;

/**
 * Gives every request an id — the caller's `X-Request-Id` when sane, else a new one — returned in
 * the answer's `X-Request-Id`, and logs every answer with a 5xx status once, at error level,
 * unless the GraphQL layer already logged its error.
 */
export function requestScope(log: Logger): RequestHandler {
  return (request: Request, response: Response, next) => {
    const given = request.get(REQUEST_ID_HEADER);
    const scope: RequestScope = {
      id: given && SANE_REQUEST_ID.test(given) ? given : randomUUID(),
      receivedAt: Date.now(),
      errorLogged: false,
    };
    response.locals.requestScope = scope;
    response.set(REQUEST_ID_HEADER, scope.id);
    response.once('finish', () => {
      if (response.statusCode < 500 || scope.errorLogged) return;
      scope.errorLogged = true;
      log.error(
        {
          requestId: scope.id,
          status: response.statusCode,
          method: request.method,
          path: request.originalUrl,
          operationName: scope.operationName,
        },
        `answered with HTTP ${response.statusCode}`,
      );
    });
    next();
  };
}

/**
 * The app's last error handler, given a logger that carries the request id and notes that the
 * request's error is logged, so its 5xx answer is not logged a second time.
 */
export function scopedErrorHandler(log: Logger, handlerFor: (log: Logger) => ErrorRequestHandler): ErrorRequestHandler {
  return (error, request, response, next) => {
    const scope = response.locals.requestScope as RequestScope | undefined;
    if (!scope) return handlerFor(log)(error, request, response, next);
    const scoped = log.child({ requestId: scope.id });
    const logError = scoped.error.bind(scoped);
    scoped.error = ((...args: Parameters<Logger['error']>) => {
      scope.errorLogged = true;
      return logError(...args);
    }) as Logger['error'];
    return handlerFor(scoped)(error, request, response, next);
  };
}

/** Ties a GraphQL context to its request's scope, for `requestLog` to find. */
export function withRequestScope<Context extends object>(context: Context, response: Response): Context {
  return Object.assign(context, { [SCOPE]: scopeOf(response) });
}

/** Errors that are not a client's doing: no code, INTERNAL_SERVER_ERROR, or a code clients are not promised. */
export function isUnexpected(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  return typeof code !== 'string' || !isClientCode(code);
}

/**
 * Logs every unexpected error of a GraphQL request once, at error level, with the request id,
 * the operation name, the path and the error with its stack (which never reaches the client).
 * The same plugin runs at the gateway and at every subgraph.
 */
export function requestLog<Context extends object>(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      const scope = (contextValue as Scoped)[SCOPE];
      if (scope) scope.operationName = request.operationName ?? undefined;
      return {
        async didResolveOperation({ operationName }) {
          if (scope) scope.operationName = operationName ?? undefined;
        },
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (!isUnexpected(error)) continue;
            if (scope) scope.errorLogged = true;
            log.error(
              {
                requestId: scope?.id,
                operationName: operationName ?? request.operationName,
                path: error.path?.join('.'),
                code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
                subgraph: error.extensions?.serviceName,
                err: error.originalError ?? error,
              },
              `unexpected error: ${error.message}`,
            );
          }
        },
      };
    },
  };
}
