import type { ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Cache } from './cache';
import type { Clock } from './clock';
import type { Principal } from './principal';
import type { SubgraphName } from './subgraph-names';

/** What every subgraph resolver receives; subgraphs add their own DataLoaders on top. */
export interface ServiceContext {
  /** The verified caller, from the gateway's signed headers. */
  principal: Principal;
  /** A per-request fork: its identity map lives and dies with the request. */
  em: EntityManager;
  cache: Cache;
  clock: Clock;
  /** The service's logger, with this request's id on every line. */
  log: Logger;
  /** The request id the gateway forwarded (X-Request-Id). */
  requestId?: string;
  /**
   * Fires when the request's deadline passes or the gateway's connection closes before the
   * answer: nobody waits for the answer any more, so no write may start (runMutation checks it).
   */
  signal?: AbortSignal;
  /** Until when (epoch ms) the gateway waits for this request's answer: its signed deadline. */
  deadline?: number;
  /** The subgraph serving the request: the source of the events its mutations record. */
  subgraph?: SubgraphName;
  /** Renews the request's DataLoaders, so that what a mutation wrote is read afresh. */
  resetLoaders?(): void;
}

/** The request's deadline passed, or its caller went away: the work was abandoned, nothing written. */
export const deadlineExceeded = (message = 'The request was abandoned: its deadline passed or its caller left') =>
  new GraphQLError(message, { extensions: { code: 'DEADLINE_EXCEEDED', http: { status: 504 } } });

/** Why a request's signal fired. */
export class RequestAbandoned extends Error {
  override name = 'RequestAbandoned';
  constructor(readonly reason: 'deadline' | 'client-gone') {
    super(reason === 'deadline' ? 'The request deadline passed' : 'The client closed the connection');
  }
}

/**
 * A signal that fires at `deadline` (epoch ms) or when the caller leaves before `response` was
 * sent, whichever comes first. Its reason is a `RequestAbandoned`. The caller has left as soon as
 * it ends its side of the connection (HTTP/1.1 clients do not half-close; Node answers nothing
 * after it), which comes well before the connection's 'close' — a request and its caller's
 * leaving may arrive together, say to a process that was paused.
 */
export function requestSignal(response: ServerResponse, deadline: number): AbortSignal {
  const controller = new AbortController();
  // Already late (it waited behind a paused process): aborted now, not at the next timers phase.
  if (deadline <= Date.now()) controller.abort(new RequestAbandoned('deadline'));
  const timer = setTimeout(
    () => controller.abort(new RequestAbandoned('deadline')),
    Math.max(0, deadline - Date.now()),
  );
  timer.unref();
  const socket = response.socket;
  const callerLeft = () => controller.abort(new RequestAbandoned('client-gone'));
  if (!socket || socket.destroyed || socket.readableEnded) callerLeft();
  else socket.once('end', callerLeft);
  response.once('close', () => {
    clearTimeout(timer);
    // Kept-alive connections carry many requests: each takes its listener away when it is done.
    socket?.off('end', callerLeft);
    if (!response.writableFinished) callerLeft();
  });
  return controller.signal;
}

/**
 * Refuses to start executing a request whose signal has fired: its caller has gone or its deadline
 * has passed while it waited (for a connection, behind a stalled process), so nobody would read it.
 */
export function abandonWhenGone<Context extends { signal?: AbortSignal }>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (contextValue.signal?.aborted) throw deadlineExceeded();
        },
      };
    },
  };
}
