import type { ServiceContext } from '../../../runtime/context';
import type { InspectionsLoaders } from './loaders';

export interface Context extends ServiceContext {
  loaders: InspectionsLoaders;
}
