import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Facility } from '../../subgraphs/suppliers/src/entities/facility.entity';
import { isPostgres } from '../../subgraphs/suppliers/src/queries/search';
import { registerFacilities } from '../../subgraphs/suppliers/src/facility-list-import/register-facilities';
import { facilityConditions } from '../../subgraphs/suppliers/src/queries/facilities';
import { facilityId } from './fixtures';
import { scratchSuppliers } from './support';

/**
 * Search and the sector filter are index-backed: the query plans of the conditions the
 * `facilities` resolver builds use the search index (PostgreSQL: the pg_trgm GIN index on
 * search_text; SQLite: the primary key of facility_search_term) and facility_sector's primary
 * key. PostgreSQL is told not to prefer a sequential scan, which it would on a table this small.
 */
let db: Awaited<ReturnType<typeof scratchSuppliers>>;
beforeAll(async () => {
  db = await scratchSuppliers();
  await registerFacilities(
    db.em(),
    Array.from({ length: 300 }, (_, n) => ({
      id: facilityId('BD'),
      name: `Factory ${n}`,
      address: `Plot ${n}, Tongi Road, Gazipur`,
      countryCode: 'BD',
      sectors: [n % 2 ? 'Apparel' : 'Textiles'],
      createdAt: new Date('2024-05-01T00:00:00Z'),
    })),
  );
});
afterAll(async () => {
  await db?.close();
});

async function plan(filter: Parameters<typeof facilityConditions>[1]): Promise<string> {
  const em = db.em() as SqlEntityManager;
  const sql = em
    .createQueryBuilder(Facility, 'f')
    .select('f.id')
    .where({ $and: facilityConditions(em, filter) })
    .getFormattedQuery();
  if (!isPostgres(em))
    return ((await em.execute(`explain query plan ${sql}`)) as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');
  return em.transactional(async (tx) => {
    await tx.execute('set local enable_seqscan = off');
    return ((await (tx as SqlEntityManager).execute(`explain ${sql}`)) as { 'QUERY PLAN': string }[])
      .map((row) => row['QUERY PLAN'])
      .join('\n');
  });
}

describe('facility search and sector filter use indexes', () => {
  it('searches name and address through the search index', async () => {
    const searched = await plan({ search: 'tongi gazipur' });
    if (isPostgres(db.em())) expect(searched).toMatch(/Bitmap Index Scan on facility_search_text_index/);
    else
      expect(searched).toMatch(
        /SEARCH t USING (COVERING )?INDEX sqlite_autoindex_facility_search_term_1 \(term>\? AND term<\?\)/,
      );
  });

  it('filters sectors through the facility_sector key', async () => {
    const filtered = await plan({ sector: ['apparel'] });
    if (isPostgres(db.em())) expect(filtered).toMatch(/Index Only Scan using facility_sector_pkey/);
    else expect(filtered).toMatch(/SEARCH s USING (COVERING )?INDEX sqlite_autoindex_facility_sector_1 \(sector=\?\)/);
  });

  it('finds what it should', async () => {
    const em = db.em();
    expect(await em.count(Facility, { $and: facilityConditions(em, { search: 'Factory 123 TONGI' }) })).toBe(1);
    expect(await em.count(Facility, { $and: facilityConditions(em, { search: 'tong', sector: ['Apparel'] }) })).toBe(
      150,
    );
  });
});
