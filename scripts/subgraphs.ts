import { agreementsSubgraph } from '../subgraphs/agreements/src/server';
import { grievancesSubgraph } from '../subgraphs/grievances/src/server';
import { inspectionsSubgraph } from '../subgraphs/inspections/src/server';
import { notificationsSubgraph } from '../subgraphs/notifications/src/server';
import { suppliersSubgraph } from '../subgraphs/suppliers/src/server';
import type { ServiceContext } from '../runtime/context';
import {
  startSubgraph,
  type RunningSubgraph,
  type SubgraphDefinition,
  type SubgraphOptions,
} from '../runtime/subgraph-server';
import { SUBGRAPH_NAMES, type SubgraphName } from '../runtime/subgraph-names';

/**
 * One subgraph of the list, whichever request context its resolvers take: what the scripts read of
 * its definition, and `start`, which starts it with its own context type.
 */
export interface ListedSubgraph extends Pick<
  SubgraphDefinition,
  'name' | 'entities' | 'migrationsDir' | 'seed' | 'consumers'
> {
  start(options?: SubgraphOptions): Promise<RunningSubgraph>;
}

function listed<Context extends ServiceContext>(definition: SubgraphDefinition<Context>): ListedSubgraph {
  return {
    name: definition.name,
    entities: definition.entities,
    migrationsDir: definition.migrationsDir,
    seed: definition.seed,
    consumers: definition.consumers,
    start: (options) => startSubgraph(definition, options),
  };
}

const DEFINITIONS: Record<SubgraphName, ListedSubgraph> = {
  agreements: listed(agreementsSubgraph),
  inspections: listed(inspectionsSubgraph),
  suppliers: listed(suppliersSubgraph),
  grievances: listed(grievancesSubgraph),
  notifications: listed(notificationsSubgraph),
};

/** Every subgraph's definition, in the order of the subgraph list. */
export const SUBGRAPHS: ListedSubgraph[] = SUBGRAPH_NAMES.map((name) => DEFINITIONS[name]);
