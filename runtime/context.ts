import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Cache } from './cache';
import type { Clock } from './clock';
import type { Principal } from './principal';

/** What every subgraph resolver receives; subgraphs add their own DataLoaders on top. */
export interface ServiceContext {
  /** The verified caller, from the gateway's signed headers. */
  principal: Principal;
  /** A per-request fork: its identity map lives and dies with the request. */
  em: EntityManager;
  cache: Cache;
  clock: Clock;
  log: Logger;
  /** Renews the request's DataLoaders, so that what a mutation wrote is read afresh. */
  resetLoaders?(): void;
}
