import { badUserInput } from './errors';

/**
 * Relay connections: opaque cursors, `first` at most 100. Hand-written because it is a few lines
 * over offset paging with `findAndCount`, and `graphql-relay`'s helpers work on in-memory arrays,
 * not on a database page plus a total.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<Node> {
  edges: { node: Node; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface PageRequest {
  limit: number;
  offset: number;
}

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badUserInput(`"${cursor}" is not a cursor returned by this API`, { argument: 'after' });
  return Number(match[1]);
}

/** Validates `first`/`after` and turns them into a limit and offset. */
export function pageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, { argument: 'first' });
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { limit: first, offset };
}

export function connection<Node>(nodes: Node[], totalCount: number, page: PageRequest): Connection<Node> {
  const edges = nodes.map((node, index) => ({ node, cursor: encodeCursor(page.offset + index) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Runs a count and a page query (in parallel) and builds the connection. */
export async function paginate<Node>(
  args: { first?: number | null; after?: string | null },
  fetch: (page: PageRequest) => Promise<[Node[], number]>,
): Promise<Connection<Node>> {
  const page = pageRequest(args);
  const [nodes, totalCount] = await fetch(page);
  return connection(nodes, totalCount, page);
}
