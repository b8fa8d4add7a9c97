import { agreementsSubgraph } from '../subgraphs/agreements/src/server';
import { grievancesSubgraph } from '../subgraphs/grievances/src/server';
import { inspectionsSubgraph } from '../subgraphs/inspections/src/server';
import { suppliersSubgraph } from '../subgraphs/suppliers/src/server';
import type { SubgraphDefinition } from '../runtime/subgraph-server';

/** The four subgraphs, in the order the gateway lists them. */
export const SUBGRAPHS: SubgraphDefinition<any>[] = [agreementsSubgraph, inspectionsSubgraph, suppliersSubgraph, grievancesSubgraph];
