import { expect } from 'vitest';
import { graphql } from '../__generated__';
import type { AuditTrailFilter, PermissionsAuditPageFragment } from '../__generated__/graphql';
import type { TestStack } from '../support/stack';
import { as, type World } from './fixtures';
import type { Caller } from './matrix';
import type { MatrixResponse } from './outcomes';

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

graphql(`
  fragment PermissionsAuditPage on AuditEntryConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        subject
        organizationId
        role
        operation
        target
        country
      }
    }
  }
`);

const SUPPLIERS = graphql(`
  query PermissionsAuditSuppliers($after: String, $filter: AuditTrailFilter) {
    auditTrail {
      suppliers(first: 100, after: $after, filter: $filter) {
        ...PermissionsAuditPage
      }
    }
  }
`);
const AGREEMENTS = graphql(`
  query PermissionsAuditAgreements($after: String, $filter: AuditTrailFilter) {
    auditTrail {
      agreements(first: 100, after: $after, filter: $filter) {
        ...PermissionsAuditPage
      }
    }
  }
`);
const INSPECTIONS = graphql(`
  query PermissionsAuditInspections($after: String, $filter: AuditTrailFilter) {
    auditTrail {
      inspections(first: 100, after: $after, filter: $filter) {
        ...PermissionsAuditPage
      }
    }
  }
`);
const GRIEVANCES = graphql(`
  query PermissionsAuditGrievances($after: String, $filter: AuditTrailFilter) {
    auditTrail {
      grievances(first: 100, after: $after, filter: $filter) {
        ...PermissionsAuditPage
      }
    }
  }
`);

interface PageRequest {
  stack: TestStack;
  world: Pick<World, 'tokens'>;
  caller: Caller;
  variables: { after: string | null; filter: AuditTrailFilter };
}
type Page = [response: MatrixResponse, connection: PermissionsAuditPageFragment | null | undefined];

/** One page of each subgraph's part of the audit trail, with the response it came in. */
const PAGES: Record<AuditingSubgraph, (request: PageRequest) => Promise<Page>> = {
  suppliers: async ({ stack, world, caller, variables }) => {
    const response = await as(stack, world, caller, SUPPLIERS, variables);
    return [response, response.data?.auditTrail?.suppliers];
  },
  agreements: async ({ stack, world, caller, variables }) => {
    const response = await as(stack, world, caller, AGREEMENTS, variables);
    return [response, response.data?.auditTrail?.agreements];
  },
  inspections: async ({ stack, world, caller, variables }) => {
    const response = await as(stack, world, caller, INSPECTIONS, variables);
    return [response, response.data?.auditTrail?.inspections];
  },
  grievances: async ({ stack, world, caller, variables }) => {
    const response = await as(stack, world, caller, GRIEVANCES, variables);
    return [response, response.data?.auditTrail?.grievances];
  },
};

/** Every entry one subgraph keeps that `caller` may read through `auditTrail`, page by page. */
export async function auditEntries(
  stack: TestStack,
  world: Pick<World, 'tokens'>,
  caller: Caller,
  subgraph: AuditingSubgraph,
  filter: AuditTrailFilter = {},
) {
  const nodes: AuditNode[] = [];
  for (let after: string | null = null; ;) {
    const [response, connection]: Page = await PAGES[subgraph]({ stack, world, caller, variables: { after, filter } });
    expect(response.errors, `${caller} reads auditTrail.${subgraph}`).toBeUndefined();
    expect(connection, `auditTrail.${subgraph}`).toBeTruthy();
    nodes.push(...connection!.edges.map((edge) => edge.node));
    if (!connection!.pageInfo.hasNextPage) {
      expect(nodes).toHaveLength(connection!.totalCount);
      return nodes;
    }
    after = connection!.pageInfo.endCursor;
  }
}

/** The entries in `after` that `before` did not have (as `operation target`, counted): what happened in between. */
export function addedEntries(before: AuditNode[], after: AuditNode[]): string[] {
  const seen = new Map<string, number>();
  for (const entry of before)
    seen.set(`${entry.operation} ${entry.target}`, (seen.get(`${entry.operation} ${entry.target}`) ?? 0) + 1);
  return after
    .map((entry) => `${entry.operation} ${entry.target}`)
    .filter((entry) => {
      const left = seen.get(entry) ?? 0;
      seen.set(entry, left - 1);
      return left <= 0;
    })
    .sort();
}
