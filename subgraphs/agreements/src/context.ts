import type { ServiceContext } from '../../../runtime/context';
import type { AgreementsLoaders } from './loaders';

export interface Context extends ServiceContext {
  /** Replaced after each write, so a payload never shows what was cached before it. */
  loaders: AgreementsLoaders;
}
