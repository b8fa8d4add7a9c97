import { subgraphSchema, type SubgraphDefinition } from '../../../runtime/subgraph-server';
import { createContext, type Context } from './context';
import { entities } from './entities';
import { permissionRules } from './permissions';
import { resolvers } from './resolvers';
import { seedAgreements } from './seed/seed';

export const agreementsSubgraph: SubgraphDefinition<Context> = {
  name: 'agreements',
  typeDefs: subgraphSchema('agreements'),
  resolvers: resolvers as SubgraphDefinition<Context>['resolvers'],
  entities,
  migrationsDir: new URL('./migrations/', import.meta.url),
  permissionRules,
  createContext,
  seed: seedAgreements,
};
