import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** Listens (port 0 picks a free port) and resolves with the bound port. */
export function listen(app: Express, port: number, host: string): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      resolve({ server, port: (server.address() as AddressInfo).port });
    });
    // Longer than any client keeps an idle socket (the gateway's fetcher among them), so a client
    // never reuses a socket the server is closing ("socket hang up"); `close` ends idle sockets.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** The URL others reach a service at: wildcard binds are reached on loopback. */
export function serviceUrl(host: string, port: number, path = ''): string {
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable}:${port}${path}`;
}
