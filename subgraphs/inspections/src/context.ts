import type { ServiceContext } from '../../../runtime/context';
import type { InspectionsLoaders } from './loaders';

export interface Context extends ServiceContext {
  /** Renewed by `resetLoaders` after a mutation, so payloads read what was written. */
  loaders: InspectionsLoaders;
}
