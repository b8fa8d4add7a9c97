import type { ServiceContext } from '../../../runtime/context';
import { createLoaders, type GrievancesLoaders } from './loaders';

export interface Context extends ServiceContext {
  /** Replaced after each write (`resetLoaders`), so a payload never shows what was cached before it. */
  loaders: GrievancesLoaders;
  resetLoaders(): void;
  /**
   * Grievances this request filed (or replayed the filing of): the filer may read the payload's
   * grievance even without an account; nothing else about it, and only in this request.
   */
  filedInThisRequest: Set<string>;
  /**
   * Facilities the registry showed, through the gateway's representations in this request, to be
   * owned by the caller's organisation: Facility.grievances lists all their cases, and the field
   * rules admit those cases' fields (never the complainant's identity or contact).
   */
  ownedFacilities: Set<string>;
}

/** A request's context: the shared one with this subgraph's DataLoaders and per-request sets. */
export function createContext(base: ServiceContext): Context {
  const context: Context = {
    ...base,
    loaders: createLoaders(base),
    resetLoaders: () => {
      context.loaders = createLoaders(context);
    },
    filedInThisRequest: new Set(),
    ownedFacilities: new Set(),
  };
  return context;
}
