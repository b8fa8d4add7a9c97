import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../../../runtime/config';
import { openDatabase } from '../../../../runtime/database';
import { createScratchDatabase } from '../../../../scripts/stack';
import { entities } from '../entities';
import { EnforcementAction, EnforcementActionFinding } from '../entities/enforcement-action.entity';
import { seedInspections } from './seed';

let orm: MikroORM;
// A database of its own: a scratch PostgreSQL database when DATABASE_URL is set, else an SQLite file.
let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'inspections-enforcement-seed-'));

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

describe('demo enforcement actions', () => {
  it('BD and VN inspectorates each show a published and an unpublished action, on their own inspections’ findings', async () => {
    const em = orm.em.fork();
    const actions = await em.find(EnforcementAction, {}, { orderBy: { id: 'asc' } });
    expect(actions.map((action) => [action.facilityCountry, action.kind, action.published])).toEqual([
      ['BD', 'FINE', true],
      ['BD', 'STOP_WORK_ORDER', false],
      ['VN', 'WARNING', true],
      ['VN', 'FINE', false],
    ]);
    const links = await em.find(EnforcementActionFinding, {}, { populate: ['finding.inspection'] });
    for (const action of actions) {
      const mine = links.filter((link) => link.enforcementAction.id === action.id);
      expect(mine.length).toBeGreaterThan(0);
      for (const link of mine) {
        const inspection = link.finding.getEntity().inspection.getEntity();
        expect([inspection.facilityId, inspection.conductedById]).toEqual([action.facilityId, action.decidedById]);
      }
    }
  });
});
