import { subgraphSchema, type SubgraphDefinition } from '../../../runtime/subgraph-server';
import type { Context } from './context';
import { entities } from './entities';
import { createLoaders } from './loaders';
import { permissionRules } from './permissions';
import { resolvers } from './resolvers';
import { seedSuppliers } from './seed/seed';
import { crossBorderReads } from './visibility';

export const suppliersSubgraph: SubgraphDefinition<Context> = {
  name: 'suppliers',
  typeDefs: subgraphSchema('suppliers'),
  resolvers: resolvers as SubgraphDefinition<Context>['resolvers'],
  entities,
  migrationsDir: new URL('./migrations/', import.meta.url),
  permissionRules,
  crossBorderReads,
  createContext: (base) => {
    const context: Context = { ...base, loaders: createLoaders(base.em, base.principal, base.clock) };
    // After a mutation the payload reads what was written, not what the old loaders cached.
    context.resetLoaders = () => {
      context.loaders = createLoaders(base.em, base.principal, base.clock);
    };
    return context;
  },
  seed: seedSuppliers,
};
