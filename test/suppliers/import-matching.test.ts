import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FacilityListImportRow } from '../../subgraphs/suppliers/src/entities/facility-list-import-row.entity';
import { Facility } from '../../subgraphs/suppliers/src/entities/facility.entity';
import { registerFacilities } from '../../subgraphs/suppliers/src/facility-list-import/register-facilities';
import { addOrganization, clock, importList, scratchSuppliers } from './support';

/**
 * Matching measured where it runs: the import service, end to end, over the labelled fixture
 * (fixtures/matching-incoming.csv, each row labelled with the registry facility it is a variant
 * of, or NEW) into a fresh database holding fixtures/matching-registry.csv. Unlike the domain
 * test, each NEW row joins the registry as it is imported, as in production.
 */
const fixture = (file: string) =>
  readFileSync(new URL(`../../subgraphs/suppliers/fixtures/${file}`, import.meta.url), 'utf8');

const records = (file: string): Record<string, string>[] => parse(fixture(file), { columns: true });

let db: Awaited<ReturnType<typeof scratchSuppliers>>;
const measured = { rows: 0, existing: 0, matched: 0, correct: 0, potential: 0, potentialWithExpected: 0, created: 0 };

beforeAll(async () => {
  db = await scratchSuppliers();
  const registry = records('matching-registry.csv');
  await registerFacilities(
    db.em(),
    registry.map((row) => ({
      id: row.id,
      name: row.name,
      address: row.address,
      countryCode: row.country,
      createdAt: clock.now(),
    })),
  );
  await addOrganization(db.em(), 'org-fixture-brand', 'BRAND');

  const incoming = records('matching-incoming.csv');
  const before = await db.em().count(Facility);
  // The fixture's columns: row, country, name, address, expected, variation — the importer ignores the extra ones.
  const { importId } = await importList(db.em(), 'org-fixture-brand', fixture('matching-incoming.csv'));
  const rows = await db.em().find(FacilityListImportRow, { listImport: importId }, { orderBy: { rowNumber: 'asc' } });
  expect(rows).toHaveLength(incoming.length);

  for (const [position, row] of rows.entries()) {
    const expected = incoming[position].expected;
    measured.rows++;
    if (expected !== 'NEW') measured.existing++;
    if (row.outcome === 'MATCHED') {
      measured.matched++;
      // A match to a facility created from an earlier row of the same list counts as wrong.
      if (row.facilityId === expected) measured.correct++;
    }
    if (row.outcome === 'POTENTIAL_MATCH') {
      measured.potential++;
      if (row.candidates.some((candidate) => candidate.facilityId === expected)) measured.potentialWithExpected++;
    }
  }
  measured.created = (await db.em().count(Facility)) - before;
}, 120_000);

afterAll(async () => {
  await db?.close();
});

describe('matching at the import-service level, on the labelled fixture', () => {
  it('runs over at least 1,000 labelled rows', () => {
    expect(measured.rows).toBeGreaterThanOrEqual(1_000);
  });

  it('keeps precision of automatic matches at 0.98 or more and recall at 0.90 or more', () => {
    const precision = measured.correct / measured.matched;
    const recall = measured.correct / measured.existing;
    console.info(
      `import-service matching: ${measured.rows} rows, ${measured.existing} of registry facilities; ` +
        `${measured.matched} MATCHED (${measured.correct} correct), ${measured.potential} POTENTIAL_MATCH ` +
        `(${measured.potentialWithExpected} with the right candidate), ${measured.created} facilities created; ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
