import { raw, type EntityManager, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { connection, pageRequest, type Connection, type PageRequest } from './pagination';
import { createLoader } from './loader';

/*
 * Paged child connections for many parents in one window query. Hand-written because no
 * DataLoader or MikroORM helper pages children per parent: MikroORM's populate loads them all.
 */
export interface ChildPage<Entity> {
  nodes: Entity[];
  total: number;
}

export interface PagedChildrenQuery<Entity> {
  entity: EntityName<Entity>;
  /** The entity property holding the parent's id, e.g. `facilityId` or `inspection`. */
  parentProperty: string;
  /** Its column, e.g. `facility_id`. */
  parentColumn: string;
  /** SQL order within a parent over the root alias `child`, e.g. `child.ended_on desc, child.id desc`. */
  orderBy: string;
  where: FilterQuery<Entity>;
}

/**
 * One page of children for each of many parents in two statements, whatever the number of
 * parents: a window query ranks every parent's children and returns the ids of the page (plus
 * each parent's first row, which carries its total even when the page is past the end), then
 * one query loads those entities.
 */
export async function pagedChildren<Entity extends { id: string }>(
  em: EntityManager,
  query: PagedChildrenQuery<Entity>,
  parentIds: readonly string[],
  page: PageRequest,
): Promise<Map<string, ChildPage<Entity>>> {
  const sql = em as SqlEntityManager;
  const partition = `partition by child.${query.parentColumn}`;
  const ranked = sql
    .createQueryBuilder(query.entity as EntityName<object>, 'child')
    .select([
      'child.id',
      raw(`child.${query.parentColumn} as parent_id`),
      raw(`row_number() over (${partition} order by ${query.orderBy}) as rn`),
      raw(`count(*) over (${partition}) as total`),
    ])
    .where({ $and: [{ [query.parentProperty]: { $in: [...parentIds] } }, query.where] } as FilterQuery<object>);
  const knex = sql.getKnex();
  const pageRows = knex
    .select('id', 'parent_id', 'rn', 'total')
    .from(ranked.getKnexQuery().as('ranked'))
    .where((clause) => clause.where('rn', '>', page.offset).andWhere('rn', '<=', page.offset + page.limit))
    .orWhere('rn', 1);
  const rows = (await sql.execute(pageRows)) as {
    id: string;
    parent_id: string;
    rn: number | string;
    total: number | string;
  }[];

  const inPage = rows.filter((row) => Number(row.rn) > page.offset && Number(row.rn) <= page.offset + page.limit);
  const entities = inPage.length
    ? ((await em.find(query.entity, {
        id: { $in: inPage.map((row) => row.id) },
      } as unknown as FilterQuery<Entity>)) as Entity[])
    : [];
  const byId = new Map(entities.map((entity) => [entity.id, entity]));

  const pages = new Map<string, ChildPage<Entity>>(parentIds.map((id) => [id, { nodes: [], total: 0 }]));
  for (const row of [...rows].sort((a, b) => Number(a.rn) - Number(b.rn))) {
    const target = pages.get(row.parent_id);
    if (!target) continue;
    target.total = Number(row.total);
    const entity = byId.get(row.id);
    if (entity && Number(row.rn) > page.offset && Number(row.rn) <= page.offset + page.limit) target.nodes.push(entity);
  }
  return pages;
}

type PageArgs = { first?: number | null; after?: string | null };

/**
 * A loader of one connection page per parent, batching parents that ask for the same page:
 * two statements per distinct page shape, however many parents there are.
 */
export function pagedLoader<Entity extends { id: string }>(em: EntityManager, query: () => PagedChildrenQuery<Entity>) {
  const loader = createLoader<string, Connection<Entity>>(async (keys) => {
    const byPage = new Map<string, { page: PageRequest; parents: string[] }>();
    for (const key of keys) {
      const [parent, pageKey] = key.split('\u0000');
      const [limit, offset] = pageKey.split(':').map(Number);
      const group = byPage.get(pageKey) ?? { page: { limit, offset }, parents: [] };
      group.parents.push(parent);
      byPage.set(pageKey, group);
    }
    const results = new Map<string, Connection<Entity>>();
    for (const [pageKey, { page, parents }] of byPage) {
      const pages = await pagedChildren(em, query(), parents, page);
      for (const parent of parents) {
        const found = pages.get(parent) ?? { nodes: [], total: 0 };
        results.set(`${parent}\u0000${pageKey}`, connection(found.nodes, found.total, page));
      }
    }
    return keys.map((key) => results.get(key)!);
  });
  return (parentId: string, args: PageArgs) => {
    const page = pageRequest(args);
    return loader.load(`${parentId}\u0000${page.limit}:${page.offset}`);
  };
}
