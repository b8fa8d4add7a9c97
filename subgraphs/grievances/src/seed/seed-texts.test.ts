import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../../demo/random';
import { ManualClock } from '../../../../runtime/clock';
import { config } from '../../../../runtime/config';
import { openDatabase } from '../../../../runtime/database';
import { createScratchDatabase } from '../../../../scripts/stack';
import { COMPLIANCE_AREAS, type ComplianceArea } from '../domain';
import { entities } from '../entities';
import { Grievance } from '../entities/grievance.entity';
import { closeSecretHashing } from '../queries/secret-hashing';
import { DEMO_CASE_COUNT, seedGrievances } from './seed';
import { COMPLAINTS, complaintDealer } from './seed-texts';

const complaintsOf = (area: ComplianceArea) => Object.values(COMPLAINTS[area]).flat().length;

/** A database of its own: a scratch PostgreSQL database when DATABASE_URL is set, else an SQLite file. */
async function scratchDatabase() {
  const baseUrl = config().DATABASE_URL;
  const database = baseUrl ? await createScratchDatabase(baseUrl) : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'grievances-seed-'));
  const orm = await openDatabase({
    name: 'grievances',
    entities,
    migrationsDir: new URL('../migrations/', import.meta.url),
    dataDir,
    databaseUrl: database?.url,
  });
  return {
    orm,
    async drop() {
      await orm.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('the demo complaints', () => {
  it('deal every complaint of an area once before telling any again', () => {
    const complaintOf = complaintDealer(new SeededRandom(1));
    for (const area of COMPLIANCE_AREAS) {
      const dealt = Array.from({ length: complaintsOf(area) }, () => complaintOf(area));
      expect(new Set(dealt.map((complaint) => complaint.description)).size, area).toBe(dealt.length);
      expect(new Set(dealt.map((complaint) => complaint.summary)).size, area).toBe(dealt.length);
    }
  });

  it('are a mix of one-line notes and longer accounts', () => {
    const lengths = Object.values(COMPLAINTS)
      .flatMap((topics) => Object.values(topics).flat())
      .map(([, description]) => description.length);
    expect(lengths.filter((length) => length < 100).length).toBeGreaterThan(15);
    expect(lengths.filter((length) => length > 200).length).toBeGreaterThan(15);
  });
});

describe('the demo cases', () => {
  let seeded: Awaited<ReturnType<typeof scratchDatabase>>;
  let orm: MikroORM;

  beforeAll(async () => {
    seeded = await scratchDatabase();
    orm = seeded.orm;
    await seedGrievances(orm.em.fork(), new ManualClock(new Date('2026-11-24T09:00:00Z')));
  });
  afterAll(async () => {
    await seeded?.drop();
    await closeSecretHashing();
  });

  it('tell each its own story: no two cases of an area share a description or a summary', async () => {
    const cases = await orm.em.fork().find(Grievance, {}, { fields: ['areas', 'summary', 'description'] });
    expect(cases).toHaveLength(DEMO_CASE_COUNT);
    for (const area of COMPLIANCE_AREAS) {
      const ofArea = cases.filter((grievance) => grievance.areas.includes(area));
      expect(new Set(ofArea.map((grievance) => grievance.description)).size, area).toBe(ofArea.length);
      expect(new Set(ofArea.map((grievance) => grievance.summary)).size, area).toBe(ofArea.length);
    }
  });
});
