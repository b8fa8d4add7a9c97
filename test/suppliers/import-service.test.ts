import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FacilityListImportRow } from '../../subgraphs/suppliers/src/entities/facility-list-import-row.entity';
import { FacilityListImport } from '../../subgraphs/suppliers/src/entities/facility-list-import.entity';
import { FacilitySector } from '../../subgraphs/suppliers/src/entities/facility-sector.entity';
import { Facility } from '../../subgraphs/suppliers/src/entities/facility.entity';
import { SupplyChainLink } from '../../subgraphs/suppliers/src/entities/supply-chain-link.entity';
import { sampleFacilityList } from '../../subgraphs/suppliers/src/facility-list-import/sample-list';
import { ImportRefused } from '../../subgraphs/suppliers/src/facility-list-import/import-list';
import { addOrganization, importList, scratchSuppliers } from './support';

let db: Awaited<ReturnType<typeof scratchSuppliers>>;
beforeAll(async () => {
  db = await scratchSuppliers();
  for (const id of ['brand-a', 'brand-b', 'brand-c', 'brand-d']) await addOrganization(db.em(), id, 'BRAND');
  await addOrganization(db.em(), 'supplier-a', 'SUPPLIER', 'BD');
  await addOrganization(db.em(), 'union-a', 'UNION', 'BD');
});
afterAll(async () => {
  await db?.close();
});

const HEADER = 'country,name,address,sector,product_type,number_of_workers\n';
const counts = async () => ({
  facilities: await db.em().count(Facility),
  links: await db.em().count(SupplyChainLink),
  imports: await db.em().count(FacilityListImport),
  rows: await db.em().count(FacilityListImportRow),
});

async function refusal(run: () => Promise<unknown>): Promise<ImportRefused> {
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportRefused);
  return error as ImportRefused;
}

describe('a file that cannot be read is refused whole, and nothing is written', () => {
  it('refuses Latin-1 bytes as not UTF-8, naming the line', async () => {
    const before = await counts();
    const latin1 = Buffer.from(`${HEADER}TR,Ölmez Dokuma A.Ş.,"Çınar Sokak No: 9, Çerkezköy",Textiles,,\n`, 'latin1');
    const error = await refusal(() => importList(db.em(), 'brand-a', latin1));
    expect(error).toMatchObject({ code: 'FILE', fileError: 'NOT_UTF8' });
    expect(error.message).toMatch(/not valid UTF-8 \(first bad byte on line 2\)/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a header without the required columns, listing what is missing', async () => {
    const before = await counts();
    const error = await refusal(() => importList(db.em(), 'brand-a', 'country,facility\nBD,Sunrise Garments\n'));
    expect(error).toMatchObject({ code: 'FILE', fileError: 'MISSING_COLUMNS' });
    expect(error.message).toContain('missing required columns name, address');
    expect(await counts()).toEqual(before);
  });

  it('refuses an oversized file before reading it, and a list over the row limit', async () => {
    const before = await counts();
    const large = sampleFacilityList(200);
    const tooLarge = await refusal(() => importList(db.em(), 'brand-a', large, { maxBytes: 4_096 }));
    expect(tooLarge).toMatchObject({ code: 'FILE', fileError: 'TOO_LARGE' });
    expect(tooLarge.message).toMatch(/larger than the limit of 4 KiB/);
    const tooLong = await refusal(() => importList(db.em(), 'brand-a', large, { maxRows: 100 }));
    expect(tooLong.code).toBe('TOO_MANY_ROWS');
    expect(await counts()).toEqual(before);
  });

  it('refuses lists for organisations that are neither brands nor suppliers', async () => {
    const error = await refusal(() =>
      importList(db.em(), 'union-a', `${HEADER}BD,Sunrise Garments,"Plot 12, Road 5, Uttara, Dhaka",,,\n`),
    );
    expect(error.code).toBe('NOT_AN_UPLOADER');
    expect((await refusal(() => importList(db.em(), 'nobody', `${HEADER}BD,A,B,,,\n`))).code).toBe(
      'ORGANIZATION_NOT_FOUND',
    );
  });
});

describe('rows that cannot be imported end ERROR with a reason, and the rest still imports', () => {
  it('reports unknown countries and missing names per row', async () => {
    const csv = `${HEADER}XX,Nowhere Garments,"Plot 1, Road 2",,,\nAtlantis,Sunken Mills,"Pier 4",,,\nBD,,"Plot 7, Tongi",,,\nBD,Padma Knit Composite,"Plot 9, Konabari, Gazipur",Apparel,,250\n`;
    const result = await importList(db.em(), 'brand-b', csv);
    expect(result.counts).toEqual({ new: 1, matched: 0, potentialMatch: 0, error: 3 });
    const rows = await db
      .em()
      .find(FacilityListImportRow, { listImport: result.importId }, { orderBy: { rowNumber: 'asc' } });
    expect(rows.map((row) => [row.rowNumber, row.outcome])).toEqual([
      [2, 'ERROR'],
      [3, 'ERROR'],
      [4, 'ERROR'],
      [5, 'NEW'],
    ]);
    expect(rows[0].reason).toBe('country "XX" is neither a known ISO 3166-1 alpha-2 code nor a known country name');
    expect(rows[1].reason).toContain('"Atlantis"');
    expect(rows[2].reason).toBe('name is missing');
    const created = await db.em().findOneOrFail(Facility, rows[3].facilityId!);
    expect(created).toMatchObject({
      name: 'Padma Knit Composite',
      countryCode: 'BD',
      sectors: ['Apparel'],
      workerCountMin: 250,
      workerCountMax: 250,
    });
    expect(await db.em().count(SupplyChainLink, { buyer: 'brand-b', facility: created.id })).toBe(1);
  });
});

describe('importing is atomic per batch and idempotent', () => {
  const list = sampleFacilityList(1_200, 7);

  it('leaves whole batches and no half-written facility when it fails mid-file, and resumes on the next run', async () => {
    const failure = new Error('disk full (injected)');
    const error = await importList(db.em(), 'brand-c', list, {
      batchSize: 500,
      beforeCommit: ({ number }) => {
        if (number === 2) throw failure;
      },
    }).catch((caught: unknown) => caught);
    expect(error).toBe(failure);

    const failed = await db.em().findOneOrFail(FacilityListImport, { organization: 'brand-c' });
    expect(failed).toMatchObject({ status: 'FAILED', processedRows: 500, totalRows: 1_200 });
    expect(failed.failureReason).toBe('stopped after 500 of 1200 rows: disk full (injected)');
    // Exactly the first batch is there: every NEW row has its facility, sectors and link, and nothing else was created.
    const committed = await db.em().find(FacilityListImportRow, { listImport: failed.id });
    expect(committed.map((row) => row.rowNumber).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 500 }, (_, i) => i + 2),
    );
    const createdIds = committed.filter((row) => row.outcome === 'NEW').map((row) => row.facilityId!);
    expect(await db.em().count(Facility, { id: { $in: createdIds } })).toBe(createdIds.length);
    const related = new Set(
      committed.filter((row) => row.outcome === 'NEW' || row.outcome === 'MATCHED').map((row) => row.facilityId),
    );
    expect(await db.em().count(SupplyChainLink, { buyer: 'brand-c' })).toBe(related.size);
    expect(await db.em().count(FacilitySector, { facility: { $in: createdIds } })).toBe(createdIds.length);

    const resumed = await importList(db.em(), 'brand-c', list, { batchSize: 500 });
    expect(resumed).toMatchObject({ importId: failed.id, resumed: true, totalRows: 1_200 });
    expect(await db.em().findOneOrFail(FacilityListImport, failed.id)).toMatchObject({
      status: 'COMPLETED',
      processedRows: 1_200,
      failureReason: null,
    });
    expect(await db.em().count(FacilityListImportRow, { listImport: failed.id })).toBe(1_200);

    // The same list imported in one go elsewhere ends the same way.
    const clean = await scratchSuppliers();
    try {
      await addOrganization(clean.em(), 'brand-c', 'BRAND');
      const once = await importList(clean.em(), 'brand-c', list, { batchSize: 500 });
      expect(resumed.counts).toEqual(once.counts);
    } finally {
      await clean.close();
    }
  });

  it('creates nothing new when the same file is imported again', async () => {
    const first = await importList(db.em(), 'brand-d', list);
    const before = await counts();
    const again = await importList(db.em(), 'brand-d', list);
    const after = await counts();
    expect(again.importId).not.toBe(first.importId);
    expect(again.counts.new).toBe(0);
    expect(again.counts.error).toBe(first.counts.error);
    expect(after.facilities).toBe(before.facilities);
    expect(after.links).toBe(before.links);
  });

  it('makes a supplier the owner of the facilities its list creates', async () => {
    const result = await importList(
      db.em(),
      'supplier-a',
      `${HEADER}BD,Meghna Denim Mills,"Plot 44, Mirpur Road, Dhaka",Textiles,,1001-5000\n`,
    );
    const row = await db.em().findOneOrFail(FacilityListImportRow, { listImport: result.importId });
    const facility = await db.em().findOneOrFail(Facility, row.facilityId!);
    expect(facility.owner?.id).toBe('supplier-a');
    expect([facility.workerCountMin, facility.workerCountMax]).toEqual([1001, 5000]);
    expect(await db.em().count(SupplyChainLink, { facility: facility.id })).toBe(0);
  });
});
