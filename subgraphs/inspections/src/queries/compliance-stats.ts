import { raw, type EntityManager, type FilterQuery, type QBFilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput } from '../../../../runtime/errors';
import {
  ComplianceArea,
  FindingTopic,
  Severity,
  type ComplianceDimension,
  type ComplianceStatsFilter,
} from '../__generated__/resolvers-types';
import { Finding } from '../entities/finding.entity';
import { Inspection } from '../entities/inspection.entity';
import type { SeverityTally } from '../resolvers/SeverityCounts';
import { COMPLETED_INSPECTION_STATUSES } from '../visibility';
import { count } from './sql-values';

export interface ComplianceStatsRowSource {
  countryCode: string | null;
  area: ComplianceArea | null;
  sector: string | null;
  month: string | null;
  severity: Severity | null;
  topic: FindingTopic | null;
  inspections: number;
  facilitiesAssessed: number;
  nonCompliantFacilities: number;
  nonComplianceRate: number;
  findingsBySeverity: SeverityTally;
}

/** More rows than a dashboard can show means the grouping is too fine for the period. */
export const MAX_STATS_ROWS = 20_000;

/** Values in the schema's order (severities from most to least serious): the order rows are listed in. */
const [AREAS, SEVERITIES] = [Object.values(ComplianceArea), Object.values(Severity)];
/** Topics, then null: the findings filed under no scheme code. */
const TOPICS: (FindingTopic | null)[] = [...Object.values(FindingTopic), null];

/** Dimensions of the inspection itself (indexed columns of `inspection`), and their output keys. */
const INSPECTION_DIMENSIONS = {
  COUNTRY: ['i.facility_country', 'countryCode'],
  SECTOR: ['i.facility_sector', 'sector'],
  MONTH: ['i.ended_month', 'month'],
} as const;
/** Dimensions of each finding, listed in full in the result (a zero is an answer too). */
const FINDING_DIMENSIONS = {
  AREA: ['f.area', 'area', AREAS],
  SEVERITY: ['f.severity', 'severity', SEVERITIES],
  TOPIC: ['f.topic', 'topic', TOPICS],
} as const;

const severityCounts = SEVERITIES.map((severity) =>
  raw(`sum(case when f.severity = '${severity}' then 1 else 0 end) as count_${severity.toLowerCase()}`),
);

/**
 * Two GROUP BY statements: facilities assessed per inspection group (every inspection assesses
 * every area), and non-compliant facilities and finding counts per inspection group × finding
 * group. They are joined here, row by aggregated row; no inspection or finding is loaded.
 */
export async function complianceStats(
  em: EntityManager,
  visible: FilterQuery<Inspection>,
  groupBy: readonly ComplianceDimension[],
  filter: ComplianceStatsFilter,
): Promise<ComplianceStatsRowSource[]> {
  const sql = em as SqlEntityManager;
  const dimensions = [...new Set(groupBy)];
  const inspectionKeys = dimensions.flatMap((d) =>
    d in INSPECTION_DIMENSIONS ? [INSPECTION_DIMENSIONS[d as keyof typeof INSPECTION_DIMENSIONS]] : [],
  );
  const findingKeys = dimensions.flatMap((d) =>
    d in FINDING_DIMENSIONS ? [FINDING_DIMENSIONS[d as keyof typeof FINDING_DIMENSIONS]] : [],
  );

  const inspections = (): QBFilterQuery<Inspection> => {
    const conditions: FilterQuery<Inspection>[] = [visible, { status: { $in: [...COMPLETED_INSPECTION_STATUSES] } }];
    if (filter.countries?.length)
      conditions.push({ facilityCountry: { $in: filter.countries.map((code) => code.toUpperCase()) } });
    if (filter.sectors?.length) conditions.push({ facilitySector: { $in: filter.sectors } });
    if (filter.from) conditions.push({ endedOn: { $gte: filter.from } });
    if (filter.to) conditions.push({ endedOn: { $lte: filter.to } });
    return { $and: conditions };
  };
  const selectKeys = (keys: readonly (readonly [string, string, ...unknown[]])[]) =>
    keys.map(([column, key]) => raw(`${column} as ${snake(key)}`));

  const assessedQuery = sql
    .createQueryBuilder(Inspection, 'i')
    .select([
      ...selectKeys(inspectionKeys),
      raw('count(*) as inspections'),
      raw('count(distinct i.facility_id) as assessed'),
    ])
    .where(inspections());
  if (inspectionKeys.length) assessedQuery.groupBy(inspectionKeys.map(([column]) => column));
  const assessed = (await assessedQuery.execute('all', false)) as Record<string, unknown>[];

  const findingQuery = sql
    .createQueryBuilder(Finding, 'f')
    .select([
      ...selectKeys([...inspectionKeys, ...findingKeys]),
      raw(`count(distinct case when f.severity <> 'OBSERVATION' then i.facility_id end) as non_compliant`),
      ...severityCounts,
    ])
    .join('f.inspection', 'i')
    .where({
      inspection: inspections(),
      ...(filter.areas?.length ? { area: { $in: filter.areas } } : {}),
      ...(filter.topics?.length ? { topic: { $in: filter.topics } } : {}),
    });
  const findingGroupColumns = [...inspectionKeys, ...findingKeys].map(([column]) => column);
  if (findingGroupColumns.length) findingQuery.groupBy(findingGroupColumns);
  const found = (await findingQuery.execute('all', false)) as Record<string, unknown>[];

  const keyOf = (row: Record<string, unknown>, keys: readonly (readonly [string, string, ...unknown[]])[]) =>
    JSON.stringify(keys.map(([, key]) => row[snake(key)] ?? null));
  const foundByKey = new Map(found.map((row) => [keyOf(row, [...inspectionKeys, ...findingKeys]), row]));

  // Every combination of the finding dimensions' values (an area or topic filter narrows those listed).
  let findingCombinations: Record<string, string | null>[] = [{}];
  for (const [, key, values] of findingKeys) {
    const narrowedTo = { area: filter.areas, topic: filter.topics, severity: null }[key] as string[] | null | undefined;
    const listed: readonly (string | null)[] = narrowedTo?.length
      ? values.filter((value) => value !== null && narrowedTo.includes(value))
      : values;
    findingCombinations = findingCombinations.flatMap((combination) =>
      listed.map((value) => ({ ...combination, [snake(key)]: value })),
    );
  }
  if (assessed.length * findingCombinations.length > MAX_STATS_ROWS) {
    throw badUserInput(
      `This grouping gives more than ${MAX_STATS_ROWS} rows; narrow the filter (countries, sectors, from/to) or group by fewer dimensions`,
      { argument: 'groupBy' },
    );
  }

  const rows: ComplianceStatsRowSource[] = [];
  for (const group of assessed) {
    for (const combination of findingCombinations) {
      const keys = { ...group, ...combination };
      const findings = foundByKey.get(keyOf(keys, [...inspectionKeys, ...findingKeys]));
      const facilitiesAssessed = count(group.assessed);
      const nonCompliantFacilities = count(findings?.non_compliant);
      rows.push({
        countryCode: (keys.country_code as string | undefined) ?? null,
        sector: (keys.sector as string | undefined) ?? null,
        month: (keys.month as string | undefined) ?? null,
        area: (keys.area as ComplianceArea | undefined) ?? null,
        severity: (keys.severity as Severity | undefined) ?? null,
        topic: (keys.topic as FindingTopic | undefined) ?? null,
        inspections: count(group.inspections),
        facilitiesAssessed,
        nonCompliantFacilities,
        nonComplianceRate: facilitiesAssessed === 0 ? 0 : nonCompliantFacilities / facilitiesAssessed,
        findingsBySeverity: Object.fromEntries(
          SEVERITIES.map((s) => [s, count(findings?.[`count_${s.toLowerCase()}`])]),
        ) as SeverityTally,
      });
    }
  }
  return rows.sort(compareRows(dimensions));
}

const snake = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Rows in the order of the grouped dimensions: codes and months ascending, enums in their own order. */
function compareRows(dimensions: readonly ComplianceDimension[]) {
  const rank = (list: readonly (string | null)[], value: string | null) => list.indexOf(value);
  const text = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');
  const comparators: Record<ComplianceDimension, (a: ComplianceStatsRowSource, b: ComplianceStatsRowSource) => number> =
    {
      COUNTRY: (a, b) => text(a.countryCode, b.countryCode),
      SECTOR: (a, b) => text(a.sector, b.sector),
      MONTH: (a, b) => text(a.month, b.month),
      AREA: (a, b) => rank(AREAS, a.area) - rank(AREAS, b.area),
      SEVERITY: (a, b) => rank(SEVERITIES, a.severity) - rank(SEVERITIES, b.severity),
      TOPIC: (a, b) => rank(TOPICS, a.topic) - rank(TOPICS, b.topic),
    };
  return (a: ComplianceStatsRowSource, b: ComplianceStatsRowSource) => {
    for (const dimension of dimensions) {
      const order = comparators[dimension](a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}
