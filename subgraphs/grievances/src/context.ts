import type { ServiceContext } from '../../../runtime/context';
import type { GrievancesLoaders } from './loaders';

export interface Context extends ServiceContext {
  loaders: GrievancesLoaders;
  /**
   * Grievances this request filed (or replayed the filing of): the filer may read the payload's
   * grievance even without an account; nothing else about it, and only in this request.
   */
  filedInThisRequest: Set<string>;
}
