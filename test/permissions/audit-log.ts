import { expect } from 'vitest';
import type { TestStack } from '../support/stack';
import { as, type World } from './fixtures';
import type { Caller } from './matrix';

export const AUDITING_SUBGRAPHS = ['suppliers', 'agreements', 'inspections', 'grievances'] as const;
export type AuditingSubgraph = (typeof AUDITING_SUBGRAPHS)[number];

export interface AuditNode {
  subject: string | null;
  organizationId: string | null;
  role: string;
  operation: string;
  target: string;
  country: string | null;
}

const page = (subgraph: AuditingSubgraph) => `query($after: String, $filter: AuditTrailFilter) { auditTrail { ${subgraph}(first: 100, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { subject organizationId role operation target country } } } } }`;

/** Every entry one subgraph keeps that `caller` may read through `auditTrail`, page by page. */
export async function auditEntries(stack: TestStack, world: Pick<World, 'tokens'>, caller: Caller, subgraph: AuditingSubgraph, filter: Record<string, unknown> = {}) {
  const nodes: AuditNode[] = [];
  for (let after: string | null = null; ;) {
    const response = await as(stack, world, caller, page(subgraph), { after, filter });
    expect(response.errors, `${caller} reads auditTrail.${subgraph}`).toBeUndefined();
    const connection = response.data.auditTrail[subgraph];
    nodes.push(...connection.edges.map((edge: { node: AuditNode }) => edge.node));
    if (!connection.pageInfo.hasNextPage) {
      expect(nodes).toHaveLength(connection.totalCount);
      return nodes;
    }
    after = connection.pageInfo.endCursor;
  }
}

/** The entries in `after` that `before` did not have (as `operation target`, counted): what happened in between. */
export function addedEntries(before: AuditNode[], after: AuditNode[]): string[] {
  const seen = new Map<string, number>();
  for (const entry of before) seen.set(`${entry.operation} ${entry.target}`, (seen.get(`${entry.operation} ${entry.target}`) ?? 0) + 1);
  return after.map((entry) => `${entry.operation} ${entry.target}`).filter((entry) => {
    const left = seen.get(entry) ?? 0;
    seen.set(entry, left - 1);
    return left <= 0;
  }).sort();
}
