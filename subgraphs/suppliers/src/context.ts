import type { ServiceContext } from '../../../runtime/context';
import type { SuppliersLoaders } from './loaders';

export interface Context extends ServiceContext {
  loaders: SuppliersLoaders;
}
