import { agreementsSubgraph } from '../subgraphs/agreements/src/server';
import { grievancesSubgraph } from '../subgraphs/grievances/src/server';
import { inspectionsSubgraph } from '../subgraphs/inspections/src/server';
import { suppliersSubgraph } from '../subgraphs/suppliers/src/server';
import type { SubgraphDefinition } from '../runtime/subgraph-server';
import { SUBGRAPH_NAMES, type SubgraphName } from '../runtime/subgraph-names';

const DEFINITIONS: Record<SubgraphName, SubgraphDefinition<any>> = {
  agreements: agreementsSubgraph,
  inspections: inspectionsSubgraph,
  suppliers: suppliersSubgraph,
  grievances: grievancesSubgraph,
};

/** Every subgraph's definition, in the order of the subgraph list. */
export const SUBGRAPHS: SubgraphDefinition<any>[] = SUBGRAPH_NAMES.map((name) => DEFINITIONS[name]);
