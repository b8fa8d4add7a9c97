import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { ManualClock } from '../../runtime/clock';
import { config } from '../../runtime/config';
import { openDatabase } from '../../runtime/database';
import type { Principal } from '../../runtime/principal';
import { createScratchDatabase } from '../../scripts/stack';
import { entities } from '../../subgraphs/suppliers/src/entities';
import { Organization, type OrganizationKind } from '../../subgraphs/suppliers/src/entities/organization.entity';
import { importFacilityList, type ImportOptions } from '../../subgraphs/suppliers/src/facility-list-import/import-list';

/**
 * The suppliers database on its own, fresh for one test file: a scratch PostgreSQL database when
 * DATABASE_URL is set, else an SQLite file in a temporary folder. For tests of the import
 * service, which the command line runs without any server.
 */
export async function scratchSuppliers() {
  const baseUrl = config().DATABASE_URL;
  const database = baseUrl ? await createScratchDatabase(baseUrl) : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'lcg-suppliers-'));
  const orm = await openDatabase({
    name: 'suppliers',
    entities,
    migrationsDir: new URL('../../subgraphs/suppliers/src/migrations/', import.meta.url),
    databaseUrl: database?.url,
    dataDir,
  });
  return {
    orm,
    /** Where the command line finds the same database. */
    env: { DATABASE_URL: database?.url ?? '', DATA_DIR: dataDir },
    em: (): EntityManager => orm.em.fork(),
    async close() {
      await orm.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const cliPrincipal: Principal = {
  subject: 'cli:test',
  role: 'ADMIN',
  organizationId: null,
  country: null,
  scopes: [],
};
export const clock = new ManualClock(new Date('2026-03-02T10:00:00Z'));

export async function addOrganization(em: EntityManager, id: string, kind: OrganizationKind, countryCode = 'DE') {
  em.create(Organization, {
    id,
    name: `Organisation ${id}`,
    kind,
    countryCode,
    verified: true,
    website: null,
    createdAt: clock.now(),
  });
  await em.flush();
}

export const importList = (
  em: EntityManager,
  organizationId: string,
  csv: string | Uint8Array,
  options: Partial<ImportOptions> = {},
  fileName = 'list.csv',
) =>
  importFacilityList(
    em,
    { organizationId, fileName, content: typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv },
    { principal: cliPrincipal, clock, ...options },
  );
