import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../../../runtime/config';
import { openDatabase } from '../../../../runtime/database';
import { createScratchDatabase } from '../../../../scripts/stack';
import { demoPrincipalFor, demoWorld } from '../../../../demo/world';
import { entities } from '../entities';
import { InspectionParty } from '../entities/inspection-party.entity';
import { ReportAccessGrant } from '../entities/report-access-grant.entity';
import { ReportAccessRequest } from '../entities/report-access-request.entity';
import { seedInspections } from './seed';

let orm: MikroORM;
// A database of its own: a scratch PostgreSQL database when DATABASE_URL is set, else an SQLite file.
let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'inspections-report-access-seed-'));

beforeAll(async () => {
  const baseUrl = config().DATABASE_URL;
  scratch = baseUrl ? await createScratchDatabase(baseUrl) : undefined;
  orm = await openDatabase({
    name: 'inspections',
    entities,
    migrationsDir: new URL('../migrations/', import.meta.url),
    dataDir,
    databaseUrl: scratch?.url,
  });
  await seedInspections(orm.em.fork());
});
afterAll(async () => {
  await orm?.close();
  await scratch?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('demo report access', () => {
  it('the demo brand reads PRIVATE reports of facilities it sources from, granted by their owners', async () => {
    const brand = demoPrincipalFor('BRAND').organizationId!;
    const grants = await orm.em.fork().find(ReportAccessGrant, {}, { populate: ['inspection'] });
    expect(grants.length).toBeGreaterThan(0);
    const sources = new Set(
      demoWorld()
        .supplyChainLinks.filter((link) => link.buyerId === brand)
        .map((link) => link.facilityId),
    );
    for (const grant of grants) {
      const report = grant.inspection.getEntity();
      expect([grant.buyerId, report.disclosure, grant.grantedById]).toEqual([brand, 'PRIVATE', report.facilityOwnerId]);
      expect(sources.has(report.facilityId)).toBe(true);
      // Not already on the conductor's list: the grant is what lets the brand read it.
      expect(await orm.em.fork().count(InspectionParty, { inspection: report, organizationId: brand })).toBe(0);
    }
  });

  it('the demo supplier has a request waiting for its answer and one it declined', async () => {
    const supplier = demoPrincipalFor('SUPPLIER').organizationId!;
    const requests = await orm.em.fork().find(ReportAccessRequest, {}, { orderBy: { id: 'asc' } });
    expect(requests.map((request) => [request.facilityOwnerId, request.status])).toEqual([
      [supplier, 'PENDING'],
      [supplier, 'DECLINED'],
    ]);
  });
});
