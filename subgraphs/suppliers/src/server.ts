import { subgraphSchema, type SubgraphDefinition } from '../../../runtime/subgraph-server';
import type { Context } from './context';
import { entities } from './entities';
import { createLoaders } from './loaders';
import { permissionRules } from './permissions';
import { resolvers } from './resolvers';
import { seedSuppliers } from './seed';

export const suppliersSubgraph: SubgraphDefinition<Context> = {
  name: 'suppliers',
  typeDefs: subgraphSchema('suppliers'),
  resolvers: resolvers as SubgraphDefinition<Context>['resolvers'],
  entities,
  migrationsDir: new URL('./migrations/', import.meta.url),
  permissionRules,
  createContext: (base) => ({ ...base, loaders: createLoaders(base.em, base.principal) }),
  seed: seedSuppliers,
};
