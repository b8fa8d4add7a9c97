import { existsSync } from 'node:fs';
import type { SubgraphDefinition } from '../runtime/subgraph-server';

const NAMES = ['agreements', 'inspections', 'suppliers', 'grievances'] as const;

/** The subgraphs in the order the gateway lists them. */
export const SUBGRAPHS: SubgraphDefinition<any>[] = [];
for (const name of NAMES) {
  const file = new URL(`../subgraphs/${name}/src/server.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  const module = (await import(file.href)) as Record<string, SubgraphDefinition<any>>;
  SUBGRAPHS.push(module[`${name}Subgraph`]);
}
