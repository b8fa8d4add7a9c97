import http, { type Server } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** How long a service keeps an idle keep-alive socket of a client. */
export const SERVER_IDLE_SOCKET_MS = 65_000;
/** How long the gateway keeps an idle socket to a subgraph: well inside the subgraph's own 65 s. */
export const CLIENT_IDLE_SOCKET_MS = 30_000;

/** Listens (port 0 picks a free port) and resolves with the bound port. */
export function listen(app: Express, port: number, host: string): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      resolve({ server, port: (server.address() as AddressInfo).port });
    });
    // Longer than any client keeps an idle socket (the gateway's fetcher keeps them 30 s), so a
    // client never reuses a socket the server is closing ("socket hang up").
    server.keepAliveTimeout = SERVER_IDLE_SOCKET_MS;
    server.headersTimeout = SERVER_IDLE_SOCKET_MS + 1_000;
  });
}

/**
 * Stops a server gracefully: it accepts no new connection, answers what is in flight (the
 * responses say `Connection: close`), closes keep-alive sockets as soon as they are idle, and
 * after `drainMs` closes whatever is still open.
 */
export function close(server: Server, drainMs = 0): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      server.closeAllConnections();
      return resolve();
    }
    const closeAfterAnswer = (_request: http.IncomingMessage, response: http.ServerResponse) =>
      response.setHeader('connection', 'close');
    server.prependListener('request', closeAfterAnswer);
    // A request already in flight answers on a kept-alive socket; once it is idle it is closed.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => server.closeAllConnections(), drainMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      server.off('request', closeAfterAnswer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** The URL others reach a service at: wildcard binds are reached on loopback. */
export function serviceUrl(host: string, port: number, path = ''): string {
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable}:${port}${path}`;
}

const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: CLIENT_IDLE_SOCKET_MS, scheduling: 'lifo' }),
  'https:': new https.Agent({ keepAlive: true, timeout: CLIENT_IDLE_SOCKET_MS, scheduling: 'lifo' }),
};

export interface KeepAliveRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  signal?: AbortSignal;
}

/**
 * `fetch` over keep-alive sockets that this process closes after 30 idle seconds — before any of
 * our services would (65 s) — so a request never goes out on a socket the other end is closing.
 * Node errors come through as they are (`ECONNREFUSED`, `ECONNRESET`, `AbortError`).
 */
export function keepAliveFetch(url: string, init: KeepAliveRequest = {}): Promise<Response> {
  const target = new URL(url);
  const agent = agents[target.protocol as keyof typeof agents];
  if (!agent) return Promise.reject(new Error(`Unsupported protocol in ${url}`));
  const send = target.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const request = send(target, { method: init.method ?? 'GET', headers: init.headers, agent, signal: init.signal });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const status = response.statusCode ?? 502;
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          for (const each of Array.isArray(value) ? value : value === undefined ? [] : [value])
            headers.append(name, each);
        }
        const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
        resolve(new Response(body, { status, statusText: response.statusMessage, headers }));
      });
      // A body cut short (the subgraph died while answering) is an error, not a short answer.
      response.on('close', () => {
        if (!response.complete) reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
      });
    });
    request.end(init.body);
  });
}
