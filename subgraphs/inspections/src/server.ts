import { subgraphSchema, type SubgraphDefinition } from '../../../runtime/subgraph-server';
import type { Context } from './context';
import { entities } from './entities';
import { createLoaders } from './loaders';
import { permissionRules } from './permissions';
import { facilityMerges } from './queries/facility-merges';
import { startOverdueJob, stopOverdueJob } from './queries/overdue-job';
import { resolvers } from './resolvers';
import { seedInspections } from './seed/seed';
import { crossBorderReads } from './visibility';

export const inspectionsSubgraph: SubgraphDefinition<Context> = {
  name: 'inspections',
  typeDefs: subgraphSchema('inspections'),
  resolvers: resolvers as SubgraphDefinition<Context>['resolvers'],
  entities,
  migrationsDir: new URL('./migrations/', import.meta.url),
  permissionRules,
  crossBorderReads,
  createContext: (base) => {
    const loaders = () => createLoaders(base.em, base.principal, base.clock);
    const context: Context = {
      ...base,
      loaders: loaders(),
      resetLoaders() {
        context.loaders = loaders();
      },
    };
    return context;
  },
  seed: seedInspections,
  consumers: [facilityMerges],
  // The rounds that tell the graph of corrective actions past their due day.
  async start(em, log, clock) {
    startOverdueJob(em, log, clock);
  },
  async stop(em) {
    await stopOverdueJob(em);
  },
};
