import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../../../runtime/config';
import { openDatabase } from '../../../../runtime/database';
import { demoWorld } from '../../../../demo/world';
import { ComplianceArea, InspectionKind, Severity } from '../__generated__/resolvers-types';
import { schemeCode } from '../../../../vocabulary/audit-schemes';
import { findingCitationIssues, isOverdue } from '../domain';
import { entities } from '../entities';
import { CorrectiveAction } from '../entities/corrective-action.entity';
import { Finding } from '../entities/finding.entity';
import { InspectionParty } from '../entities/inspection-party.entity';
import { InspectionSignature } from '../entities/inspection-signature.entity';
import { Inspection } from '../entities/inspection.entity';
import { JOINT_INSPECTION_AGREEMENTS, seedInspections } from './seed';

async function onServer(baseUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

/** A database of its own: a scratch PostgreSQL database when DATABASE_URL is set, else an SQLite file. */
async function scratchDatabase() {
  const baseUrl = config().DATABASE_URL;
  const name = `lcg_seed_${randomBytes(5).toString('hex')}`;
  if (baseUrl) await onServer(baseUrl, `create database "${name}"`);
  const database = baseUrl
    ? {
        url: Object.assign(new URL(baseUrl), { pathname: `/${name}` }).toString(),
        drop: () => onServer(baseUrl, `drop database if exists "${name}" with (force)`),
      }
    : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'inspections-seed-'));
  const orm = await openDatabase({
    name: 'inspections',
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

let seeded: Awaited<ReturnType<typeof scratchDatabase>>;
let orm: MikroORM;

beforeAll(async () => {
  seeded = await scratchDatabase();
  orm = seeded.orm;
  await seedInspections(orm.em.fork());
});
afterAll(() => seeded?.drop());

describe('demo inspections', () => {
  it('covers the demo world: ≥ 300 inspections with findings, on its facilities, by its audit firms and inspectorates', async () => {
    const em = orm.em.fork();
    const inspections = await em.find(Inspection, {});
    expect(inspections.length).toBeGreaterThanOrEqual(300);
    const world = demoWorld();
    const facilities = new Map(world.facilities.map((facility) => [facility.id, facility]));
    const conductors = new Set(
      world.organizations.filter((org) => org.kind === 'AUDIT_FIRM' || org.kind === 'REGULATOR').map((org) => org.id),
    );
    for (const inspection of inspections) {
      const facility = facilities.get(inspection.facilityId)!;
      expect(inspection).toMatchObject({
        facilityCountry: facility.country,
        facilitySector: facility.sector,
        facilityOwnerId: facility.ownerId,
      });
      expect(conductors.has(inspection.conductedById)).toBe(true);
      expect(inspection.endedOn >= '2022-01-01' && inspection.endedOn <= '2026-12-31').toBe(true);
    }
    expect(await em.count(Finding)).toBeGreaterThan(900);
  });

  it('mixes kinds, statuses and disclosures, with joint inspections under the shared agreement ids', async () => {
    const em = orm.em.fork();
    const inspections = await em.find(Inspection, {});
    expect(new Set(inspections.map((i) => i.kind))).toEqual(new Set(Object.values(InspectionKind)));
    expect(new Set(inspections.map((i) => i.status))).toEqual(
      new Set(['SCHEDULED', 'IN_PROGRESS', 'SUBMITTED', 'PUBLISHED', 'DISPUTED']),
    );
    expect(new Set(inspections.map((i) => i.disclosure))).toEqual(new Set(['PRIVATE', 'SHARED_WITH_BUYERS', 'PUBLIC']));
    const joint = inspections.filter((i) => i.kind === 'JOINT_INSPECTION');
    expect(new Set(joint.map((i) => i.agreementId))).toEqual(
      new Set(['agr-bd-nl-inspection-mou', 'agr-vn-de-inspection']),
    );
    // Every filed joint inspection is final: signed by its lead and its partner.
    const filed = joint.filter((i) => i.status !== 'SCHEDULED' && i.status !== 'IN_PROGRESS');
    const signatures = await em.find(InspectionSignature, {});
    expect(signatures).toHaveLength(2 * filed.length);
    for (const inspection of filed)
      expect(signatures.filter((s) => s.inspection.id === inspection.id).map((s) => s.organizationId)).toContain(
        inspection.conductedById,
      );
    for (const inspection of joint)
      expect(inspection.agreementId).toBe(JOINT_INSPECTION_AGREEMENTS[inspection.facilityCountry].agreementId);
    expect(await em.count(InspectionParty, { role: 'JOINT_INSPECTOR' })).toBe(joint.length);
    expect(await em.count(InspectionParty, { role: 'BUYER' })).toBeGreaterThan(50);
  });

  it('has findings in every area and severity, and corrective actions of which some are overdue', async () => {
    const em = orm.em.fork();
    const findings = await em.find(Finding, {});
    expect(new Set(findings.map((f) => f.area))).toEqual(new Set(Object.values(ComplianceArea)));
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(Object.values(Severity)));
    expect(new Set(findings.map((f) => f.status))).toEqual(
      new Set(['OPEN', 'IN_PROGRESS', 'REMEDIATED', 'VERIFIED', 'DISPUTED']),
    );
    const actions = await em.find(CorrectiveAction, {});
    const overdue = actions.filter((a) =>
      isOverdue({ dueOn: new Date(`${a.dueOn}T00:00:00Z`), status: a.status }, new Date('2026-11-24T12:00:00Z')),
    );
    expect(overdue.length).toBeGreaterThan(10);
    expect(overdue.length).toBeLessThan(actions.length / 2);
  });

  it('rates every forced or child labour finding zero tolerance, never the lowest severity', async () => {
    const severities = Object.values(Severity); // from most to least serious
    const findings = await orm.em.fork().find(Finding, { area: { $in: ['FORCED_LABOUR', 'CHILD_LABOUR'] } });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.severity === severities.at(-1))).toEqual([]);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set([severities[0]]));
  });

  it('cites conventions of its area in every finding, and files social audits under three schemes by topic', async () => {
    const findings = await orm.em.fork().find(Finding, {}, { populate: ['inspection'] });
    for (const finding of findings) {
      expect(finding.conventions.length, finding.id).toBeGreaterThan(0);
      expect(findingCitationIssues(finding, 0), finding.id).toEqual([]);
      if (finding.auditScheme)
        expect(schemeCode(finding.auditScheme, finding.auditSchemeCode!)?.topic, finding.id).toBe(finding.topic);
      expect(finding.auditScheme !== null, finding.id).toBe(finding.inspection.getEntity().kind === 'SOCIAL_AUDIT');
    }
    expect(new Set(findings.map((f) => f.auditScheme))).toEqual(new Set([null, 'BETTER_WORK', 'SMETA', 'AMFORI_BSCI']));
    const oshTopics = findings.filter((f) => f.area === 'OCCUPATIONAL_SAFETY_AND_HEALTH' && f.auditScheme);
    expect(new Set(oshTopics.map((f) => f.topic))).toEqual(new Set(['OCCUPATIONAL_SAFETY_AND_HEALTH']));
  });

  it('gives most findings a minor or major severity and few a zero-tolerance one', async () => {
    const findings = await orm.em.fork().find(Finding, {});
    const share = (severity: Severity) => findings.filter((f) => f.severity === severity).length / findings.length;
    expect(share('MINOR') + share('MAJOR')).toBeGreaterThan(0.6);
    expect(share('ZERO_TOLERANCE')).toBeLessThan(0.1);
  });

  it('is the same on every run and leaves a seeded database alone', async () => {
    const second = await scratchDatabase();
    const other = second.orm;
    try {
      await seedInspections(other.em.fork());
      await seedInspections(other.em.fork());
      const summary = async (o: MikroORM) =>
        (await o.em.fork().find(Finding, {}, { orderBy: { id: 'asc' } })).map(
          (f) => `${f.id}:${f.area}:${f.severity}:${f.status}`,
        );
      expect(await summary(other)).toEqual(await summary(orm));
    } finally {
      await second.drop();
    }
  });
});
