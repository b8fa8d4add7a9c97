import { subgraphSchema, type SubgraphDefinition } from '../../../runtime/subgraph-server';
import { createContext, type Context } from './context';
import { entities } from './entities';
import { permissionRules } from './permissions';
import { closeSecretHashing } from './queries/secret-hashing';
import { resolvers } from './resolvers';
import { seedGrievances } from './seed/seed';
import { crossBorderReads } from './visibility';

export const grievancesSubgraph: SubgraphDefinition<Context> = {
  name: 'grievances',
  typeDefs: subgraphSchema('grievances'),
  resolvers: resolvers as SubgraphDefinition<Context>['resolvers'],
  entities,
  migrationsDir: new URL('./migrations/', import.meta.url),
  permissionRules,
  crossBorderReads,
  createContext,
  seed: seedGrievances,
  // The secret-hashing threads end with the subgraph (idle ones never keep a process alive).
  stop: closeSecretHashing,
};
