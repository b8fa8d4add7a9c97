import type { EntityManager } from '@mikro-orm/core';

/** Rows per INSERT statement: at most 17 columns × 1,000 rows stays under SQLite's 32,766 bound variables. */
const INSERT_CHUNK = 1_000;

/**
 * Plain multi-row inserts, bypassing the unit of work: for the many rows of a list import,
 * where entity bookkeeping would cost more than the database. Inside the caller's transaction.
 */
export async function insertRows<Entity extends object>(em: EntityManager, entity: new () => Entity, rows: object[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) await em.insertMany(entity, rows.slice(start, start + INSERT_CHUNK) as never);
}
