import type { ServiceContext } from '../../../runtime/context';
import { createLoaders, type NotificationsLoaders } from './loaders';

export interface Context extends ServiceContext {
  /** Replaced after each write (`resetLoaders`), so a payload never shows what was cached before it. */
  loaders: NotificationsLoaders;
  resetLoaders(): void;
}

/** A request's context: the shared one with this subgraph's DataLoaders. */
export function createContext(base: ServiceContext): Context {
  const context: Context = {
    ...base,
    loaders: createLoaders(base.em, base.principal),
    resetLoaders: () => {
      context.loaders = createLoaders(context.em, context.principal);
    },
  };
  return context;
}
