import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRandom } from '../../demo/random';
import { ComplianceArea, Severity } from '../../subgraphs/inspections/src/__generated__/resolvers-types';
import { graphql } from '../__generated__';
import type { ComplianceDimension } from '../__generated__/graphql';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addInspection, newFacilityId, type InspectionSpec } from './fixtures';

const [COMPLIANCE_AREAS, SEVERITIES] = [Object.values(ComplianceArea), Object.values(Severity)];

/**
 * complianceStats against counts computed here, in plain code, from the rows this test inserted:
 * a facility is assessed when one of its inspections is in the row's group, and non-compliant
 * when one of those inspections has a finding other than an OBSERVATION in the row's area/severity.
 */
type Dimension = ComplianceDimension;
interface Filter {
  countries?: string[];
  areas?: ComplianceArea[];
  sectors?: string[];
  from?: string;
  to?: string;
}
type Row = Record<string, unknown>;

const random = new SeededRandom(777);
const facilities = ['BD', 'VN', 'KH'].flatMap((country) =>
  Array.from({ length: 8 }, (_, n) => ({ id: newFacilityId(country), sector: ['Apparel', 'Footwear', null][n % 3] })),
);
const inspections: (InspectionSpec & { endedOn: string })[] = Array.from({ length: 80 }, (_, n) => {
  const facility = random.pick(facilities);
  const status = random.pick(['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'DISPUTED', 'SUBMITTED', 'SCHEDULED'] as const);
  return {
    id: `stat-${n}`,
    facilityId: facility.id,
    sector: facility.sector,
    status,
    published: status === 'PUBLISHED' || status === 'DISPUTED',
    disclosure: random.chance(0.8) ? 'PUBLIC' : 'PRIVATE',
    endedOn: random.dateBetween('2025-01-01', '2025-06-30'),
    findings: Array.from({ length: random.integer(0, 5) }, () => ({
      area: random.pick(COMPLIANCE_AREAS),
      severity: random.pick(SEVERITIES),
    })),
  };
});

const publicView = (inspection: InspectionSpec) => inspection.disclosure === 'PUBLIC' && Boolean(inspection.published);
const completed = (inspection: InspectionSpec) => ['SUBMITTED', 'PUBLISHED', 'DISPUTED'].includes(inspection.status!);

function expectedRows(groupBy: Dimension[], filter: Filter, visible: (inspection: InspectionSpec) => boolean): Row[] {
  const chosen = inspections.filter(
    (i) =>
      visible(i) &&
      completed(i) &&
      (!filter.countries || filter.countries.includes(i.facilityId.slice(0, 2))) &&
      (!filter.sectors || filter.sectors.includes(i.sector as string)) &&
      (!filter.from || i.endedOn >= filter.from) &&
      (!filter.to || i.endedOn <= filter.to),
  );
  const keyOf = (i: InspectionSpec & { endedOn: string }) => ({
    ...(groupBy.includes('COUNTRY') ? { country: { code: i.facilityId.slice(0, 2) } } : {}),
    ...(groupBy.includes('SECTOR') ? { sector: i.sector ?? null } : {}),
    ...(groupBy.includes('MONTH') ? { month: i.endedOn.slice(0, 7) } : {}),
  });
  const groups = new Map<string, { key: Row; members: typeof chosen }>();
  if (!groupBy.some((d) => d === 'COUNTRY' || d === 'SECTOR' || d === 'MONTH'))
    groups.set('{}', { key: {}, members: [] });
  for (const i of chosen) {
    const key = keyOf(i);
    const group = groups.get(JSON.stringify(key)) ?? { key, members: [] as typeof chosen };
    group.members.push(i);
    groups.set(JSON.stringify(key), group);
  }
  const areas = groupBy.includes('AREA')
    ? COMPLIANCE_AREAS.filter((a) => !filter.areas || filter.areas.includes(a))
    : [null];
  const severities = groupBy.includes('SEVERITY') ? SEVERITIES : [null];
  const rows: Row[] = [];
  for (const { key, members } of groups.values()) {
    for (const area of areas) {
      for (const severity of severities) {
        const findings = members
          .flatMap((i) => (i.findings ?? []).map((f) => ({ ...f, facilityId: i.facilityId })))
          .filter(
            (f) =>
              (!filter.areas || filter.areas.includes(f.area!)) &&
              (area === null || f.area === area) &&
              (severity === null || f.severity === severity),
          );
        const assessed = new Set(members.map((i) => i.facilityId)).size;
        const nonCompliant = new Set(findings.filter((f) => f.severity !== 'OBSERVATION').map((f) => f.facilityId))
          .size;
        const bySeverity = (s: Severity) => findings.filter((f) => f.severity === s).length;
        rows.push({
          ...key,
          ...(area ? { area } : {}),
          ...(severity ? { severity } : {}),
          inspections: members.length,
          facilitiesAssessed: assessed,
          nonCompliantFacilities: nonCompliant,
          nonComplianceRate: assessed === 0 ? 0 : nonCompliant / assessed,
          findingsBySeverity: {
            zeroTolerance: bySeverity('ZERO_TOLERANCE'),
            major: bySeverity('MAJOR'),
            minor: bySeverity('MINOR'),
            observation: bySeverity('OBSERVATION'),
          },
        });
      }
    }
  }
  return rows;
}

const STATS = graphql(`
  query InspectionComplianceStats($groupBy: [ComplianceDimension!], $filter: ComplianceStatsFilter) {
    complianceStats(groupBy: $groupBy, filter: $filter) {
      country {
        code
      }
      area
      sector
      month
      severity
      inspections
      facilitiesAssessed
      nonCompliantFacilities
      nonComplianceRate
      findingsBySeverity {
        zeroTolerance
        major
        minor
        observation
      }
    }
  }
`);

let stack: TestStack;

/** The rows the API answers; a response with errors fails the test. */
async function stats(groupBy: Dimension[], filter: Filter, token?: string) {
  return dataOf(await stack.query(STATS, { groupBy, filter }, { token })).complianceStats!;
}
/** Keys not grouped by come back null; rows compare without them, in a stable order. */
const sorted = (rows: Row[]) =>
  rows
    .map((row) =>
      Object.fromEntries(
        Object.entries(row)
          .filter(([, value]) => value !== null)
          .sort(([a], [b]) => a.localeCompare(b)),
      ),
    )
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

beforeAll(async () => {
  stack = await startTestStack();
  const em = stack.em('inspections');
  for (const inspection of inspections) addInspection(em, inspection);
  await em.flush();
});
afterAll(() => stack?.stop());

describe('complianceStats', () => {
  const cases: [string, Dimension[], Filter][] = [
    [
      'by country and area over a period (the regulator dashboard)',
      ['COUNTRY', 'AREA'],
      { from: '2025-02-01', to: '2025-05-31' },
    ],
    ['by sector', ['SECTOR'], {}],
    ['by month and severity for two countries', ['MONTH', 'SEVERITY'], { countries: ['BD', 'KH'] }],
    ['in total, for some areas only', [], { areas: ['OCCUPATIONAL_SAFETY_AND_HEALTH', 'WORKING_TIME'] }],
    [
      'by every dimension at once, for one sector',
      ['COUNTRY', 'AREA', 'SECTOR', 'MONTH', 'SEVERITY'],
      { sectors: ['Footwear'] },
    ],
  ];

  for (const [name, groupBy, filter] of cases) {
    it(`matches independently computed counts ${name}`, async () => {
      const rows = await stats(groupBy, filter);
      expect(rows.some((row) => row.facilitiesAssessed > 0)).toBe(true);
      expect(sorted(rows)).toEqual(sorted(expectedRows(groupBy, filter, publicView)));
    });
  }

  it('counts a regulator’s whole jurisdiction, published or not, and only public reports elsewhere', async () => {
    const token = await stack.token({ role: 'REGULATOR', organizationId: 'org-bd-inspectorate', country: 'BD' });
    const rows = await stats(['COUNTRY'], {}, token);
    const regulatorView = (i: InspectionSpec) => i.facilityId.startsWith('BD') || publicView(i);
    expect(sorted(rows)).toEqual(sorted(expectedRows(['COUNTRY'], {}, regulatorView)));
    expect(rows.find((row) => row.country?.code === 'BD')?.inspections).toBeGreaterThan(
      expectedRows(['COUNTRY'], { countries: ['BD'] }, publicView)[0].inspections as number,
    );
  });

  it('aggregates in two SQL statements whatever the grouping', async () => {
    for (const groupBy of [
      ['COUNTRY', 'AREA'],
      ['MONTH', 'SEVERITY', 'SECTOR'],
    ] as Dimension[][]) {
      const before = stack.queries.count;
      await stats(groupBy, {});
      expect(stack.queries.count - before).toBe(2);
    }
  });
});
