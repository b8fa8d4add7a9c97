import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { ErrorCode } from './errors';

/**
 * What Express and Node answer on their own — a body that is not JSON, too large or of another
 * type, a path that serves nothing, a malformed HTTP request — answered the way GraphQL answers:
 * `{"errors":[{"message","extensions":{"code"}}]}` with the HTTP status, never an HTML page, and
 * never a stack trace, to the client or on stderr. Used by the gateway and every subgraph.
 */

type HttpErrorCode = Extract<
  ErrorCode,
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
>;

const CODE_BY_STATUS: Record<number, HttpErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** The body-parser failures a client causes, in words of our own (theirs may quote the body back). */
const MESSAGE_BY_TYPE: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is larger than this service accepts',
  'encoding.unsupported': 'The request body’s content encoding is not supported',
  'charset.unsupported': 'The request body’s charset is not supported; send UTF-8',
  'request.aborted': 'The request was aborted before its body arrived',
  'request.size.invalid': 'The request body is not as long as its Content-Length says',
};

/** Writes one GraphQL-shaped error. */
export function sendError(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

interface HttpError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  expose?: unknown;
  message?: unknown;
}

const statusOf = (error: HttpError): number | undefined => {
  const status = Number(error.status ?? error.statusCode);
  return Number.isInteger(status) && status >= 400 && status < 600 ? status : undefined;
};

/**
 * The last error handler of an Express app. A client's mistake (4xx) is answered with its code and a
 * plain message; anything else is logged once, at error level, and answered with a bare 500.
 */
export function httpErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const known = (error && typeof error === 'object' ? error : {}) as HttpError;
    const status = statusOf(known);
    if (status !== undefined && status < 500) {
      if (response.headersSent) return void response.end();
      const type = typeof known.type === 'string' ? known.type : '';
      const message =
        MESSAGE_BY_TYPE[type] ??
        (known.expose === true && typeof known.message === 'string' ? known.message : 'The request is not valid');
      return sendError(response, status, CODE_BY_STATUS[status] ?? 'BAD_REQUEST', message);
    }
    log.error({ err: error, method: request.method, path: request.path }, 'request failed outside GraphQL');
    if (response.headersSent) return void response.destroy();
    sendError(response, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}

/** Answers every request no route took: 404, naming where GraphQL is served. */
export function notFoundHandler(graphqlPath: string): RequestHandler {
  return (_request, response) =>
    sendError(response, 404, 'NOT_FOUND', `Nothing is served at this path; GraphQL is served at ${graphqlPath}`);
}

/**
 * POST bodies must be JSON (`application/json`): anything else is 415 before the body is read.
 * (It also keeps browsers' cross-site "simple" requests — forms, text/plain — away from GraphQL.)
 */
export const requireJsonBody: RequestHandler = (request, response, next) => {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (request.method !== 'POST' || mediaType === 'application/json') return next();
  sendError(
    response,
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'POST requests must send a JSON body with Content-Type: application/json',
  );
};

/**
 * Node answers a request it cannot parse (a malformed request line, headers too large) with a bare
 * status line; this answers it as JSON instead, then closes the connection.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({
      errors: [
        {
          message: tooLarge ? 'The request headers are too large' : 'The request is not valid HTTP',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
