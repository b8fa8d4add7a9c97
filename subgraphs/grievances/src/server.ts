import { subgraphSchema, type SubgraphDefinition } from '../../../runtime/subgraph-server';
import type { Context } from './context';
import { entities } from './entities';
import { createLoaders } from './loaders';
import { permissionRules } from './permissions';
import { resolvers } from './resolvers';
import { seedGrievances } from './seed';

export const grievancesSubgraph: SubgraphDefinition<Context> = {
  name: 'grievances',
  typeDefs: subgraphSchema('grievances'),
  resolvers: resolvers as SubgraphDefinition<Context>['resolvers'],
  entities,
  migrationsDir: new URL('./migrations/', import.meta.url),
  permissionRules,
  createContext: (base) => ({ ...base, loaders: createLoaders(base), filedInThisRequest: new Set(), ownedFacilities: new Set() }),
  seed: seedGrievances,
};
