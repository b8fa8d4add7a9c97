import { expect } from 'vitest';
import type { TokenRequest } from '../../gateway/src/auth';
import { graphql } from '../__generated__';
import type { SubmitGrievanceInput, SubmitInspectionInput, TypedDocumentString } from '../__generated__/graphql';
import { IN_FORCE, agreementIn, bilateral } from '../agreements/support';
import { file, move } from '../grievances/fixtures';
import { addOrganization } from '../inspections/fixtures';
import type { GraphQLResponse, TestStack } from '../support/stack';
import { CALLERS, type Caller, type Disclosure, type GrievanceKey } from './matrix';

/**
 * One small world per stack for the permission matrix, made through the real mutations where
 * that is simple (facility lists, agreements, inspections, grievances); only the organisations
 * are written straight into the registry. Every caller has its own subject, so the audit log
 * tells them apart.
 */
export const NOW = new Date('2026-04-01T09:00:00Z');

export const ORG = {
  brand: 'org-pm-brand',
  supplier: 'org-pm-supplier',
  union: 'org-pm-union',
  civilSociety: 'org-pm-civil-society',
  auditFirm: 'org-pm-audit-firm',
  inspectorateBD: 'org-pm-inspectorate-bd',
  inspectorateNL: 'org-pm-inspectorate-nl',
  inspectorateVN: 'org-pm-inspectorate-vn',
} as const;

/** The grievance mechanism whose secretariat (not one of the callers) handles the civil-society case. */
/** The organisation that runs the safety accord's complaints mechanism (no caller of the matrix). */
export const ACCORD_SECRETARIAT = 'org-perm-accord-secretariat';

export const PRINCIPALS: Record<Exclude<Caller, 'PUBLIC'>, TokenRequest> = {
  BRAND: { role: 'BRAND', organizationId: ORG.brand, subject: 'pm-brand' },
  SUPPLIER: { role: 'SUPPLIER', organizationId: ORG.supplier, subject: 'pm-supplier' },
  UNION: { role: 'UNION', organizationId: ORG.union, subject: 'pm-union' },
  REGULATOR_HOME: { role: 'REGULATOR', organizationId: ORG.inspectorateBD, country: 'BD', subject: 'pm-regulator-bd' },
  REGULATOR_PARTNER: {
    role: 'REGULATOR',
    organizationId: ORG.inspectorateNL,
    country: 'NL',
    subject: 'pm-regulator-nl',
  },
  REGULATOR_FOREIGN: {
    role: 'REGULATOR',
    organizationId: ORG.inspectorateVN,
    country: 'VN',
    subject: 'pm-regulator-vn',
  },
  AUDITOR: { role: 'AUDITOR', organizationId: ORG.auditFirm, subject: 'pm-auditor' },
  CIVIL_SOCIETY: { role: 'CIVIL_SOCIETY', organizationId: ORG.civilSociety, subject: 'pm-civil-society' },
  ADMIN: { role: 'ADMIN', subject: 'pm-admin' },
};

export interface World {
  tokens: Record<Caller, string | undefined>;
  facilities: { main: string; hidden: string; quiet: string };
  imports: { supplier: string; brand: string };
  /** `accord`: in force, with a grievance mechanism, no sharing clause. */
  agreements: { inForce: string; draft: string; accord: string };
  inspections: Record<Disclosure, { id: string; findingId: string }>;
  grievances: Record<GrievanceKey, string>;
}

const SUBMIT_INSPECTION = graphql(`
  mutation PermissionsWorldSubmitInspection($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      inspection {
        id
        findings {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const PUBLISH = graphql(`
  mutation PermissionsWorldPublishInspection($id: ID!) {
    publishInspection(id: $id) {
      inspection {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const IMPORT = graphql(`
  mutation PermissionsImportFacilityList($input: ImportFacilityListInput!, $key: String!) {
    importFacilityList(input: $input, idempotencyKey: $key) {
      import {
        id
      }
      rows {
        outcome
        facility {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const CSV_HEADER = 'country,name,address,sector,product_type,number_of_workers\n';
const MAIN = 'BD,Jamuna Knit Composite,"Plot 7, Kashimpur Road, Gazipur",Apparel,T-shirts,1200\n';
const HIDDEN = 'BD,Karnaphuli Leatherworks,"House 88, Port Link Road, Chattogram",Leather,Shoes,400\n';
const QUIET = 'BD,Surma Tea Packers,"Station Road 3, Sylhet",Food,Tea,90\n';

/** The variables of an operation: optional only when it declares no required one (as in `stack.query`). */
type VariablesOf<Variables> = Record<never, never> extends Variables ? [variables?: Variables] : [variables: Variables];

/**
 * One query through the gateway as the caller; a failed request fails the test loudly. A typed
 * document gets its typed result; a plain string (a query built at run time) gets `unknown` data,
 * or the `Data` the test names.
 */
export async function as<Result, Variables>(
  stack: TestStack,
  world: Pick<World, 'tokens'>,
  caller: Caller,
  document: TypedDocumentString<Result, Variables>,
  ...variables: VariablesOf<Variables>
): Promise<GraphQLResponse<Result>>;
export async function as<Data = unknown>(
  stack: TestStack,
  world: Pick<World, 'tokens'>,
  caller: Caller,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<Data>>;
export async function as(
  stack: TestStack,
  world: Pick<World, 'tokens'>,
  caller: Caller,
  query: string | TypedDocumentString<unknown, Record<string, unknown>>,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<unknown>> {
  const options = { token: world.tokens[caller] };
  const response =
    typeof query === 'string'
      ? await stack.query<unknown>(query, variables, options)
      : await stack.query(query, variables, options);
  expect(response.status, JSON.stringify(response.errors)).toBe(200);
  return response;
}

/** The payload of a mutation that must have succeeded: no error and no userError, else the test fails naming them. */
async function ok<Field extends string, Result extends { [field in Field]: { userErrors: readonly unknown[] } | null }>(
  request: Promise<GraphQLResponse<Result>>,
  field: Field,
): Promise<NonNullable<Result[Field]>> {
  const response = await request;
  const payload = response.data?.[field];
  if (response.errors?.length || !payload || payload.userErrors.length)
    throw new Error(`${field} failed: ${JSON.stringify(response.errors ?? payload)}`);
  return payload;
}

let keys = 0;
const key = (label: string) => `pm-${label}-${process.pid}-${++keys}`;

async function importList(
  stack: TestStack,
  token: string,
  organizationId: string,
  csv: string,
  publiclyDisclosed: boolean,
) {
  const input = { organizationId, fileName: `${organizationId}.csv`, csv: CSV_HEADER + csv, publiclyDisclosed };
  const payload = await ok(stack.query(IMPORT, { input, key: key('import') }, { token }), 'importFacilityList');
  return { importId: payload.import!.id, rows: payload.rows };
}

async function inspect(stack: TestStack, token: string, facilityId: string, disclosure: Disclosure) {
  const input: SubmitInspectionInput = {
    facilityId,
    facilitySector: 'Apparel',
    kind: 'SOCIAL_AUDIT',
    startedOn: '2026-03-10',
    endedOn: '2026-03-11',
    announced: true,
    workersInterviewed: 25,
    disclosure,
    sharedWithBuyerIds: disclosure === 'SHARED_WITH_BUYERS' ? [ORG.brand] : [],
    findings: [
      {
        area: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
        compliancePoint: 'Emergency exits',
        severity: 'MAJOR',
        description: 'Exit blocked',
        evidence: `Interview notes ${disclosure}`,
      },
    ],
  };
  const { inspection } = await ok(
    stack.query(SUBMIT_INSPECTION, { input, key: key('inspection') }, { token }),
    'submitInspection',
  );
  if (disclosure !== 'PRIVATE') await ok(stack.query(PUBLISH, { id: inspection!.id }, { token }), 'publishInspection');
  return { id: inspection!.id, findingId: inspection!.findings[0].id };
}

export const DESCRIPTION = 'Kept until 22:00 for three weeks without overtime pay.';

/** What each case's filer wrote down about the complainant (confidential). */
export const COMPLAINANTS: Record<GrievanceKey, { complainantIdentity: string | null; contact: string | null }> = {
  union: { complainantIdentity: 'Rina Akter, sewing operator, line 4', contact: '+880 1711 000001' },
  civilSociety: { complainantIdentity: 'Shirin B., quality checker', contact: 'shirin@example.org' },
  worker: { complainantIdentity: null, contact: 'WhatsApp +880 1811 000002' },
  anonymousA: { complainantIdentity: null, contact: null },
  anonymousB: { complainantIdentity: null, contact: null },
  quietA: { complainantIdentity: null, contact: null },
  quietB: { complainantIdentity: null, contact: null },
};

const grievance = (
  facilityId: string,
  key: GrievanceKey,
  extra: Partial<SubmitGrievanceInput> = {},
): SubmitGrievanceInput => {
  const { complainantIdentity, contact } = COMPLAINANTS[key];
  return {
    facility: { id: facilityId },
    areas: ['WORKING_TIME'],
    summary: 'Unpaid overtime before shipment',
    description: DESCRIPTION,
    language: 'en',
    channel: 'WEB',
    ...(key === 'worker' ? {} : { facilityOwnerId: ORG.supplier }),
    ...(complainantIdentity !== null ? { complainantIdentity } : {}),
    ...(contact !== null ? { contact } : {}),
    ...extra,
  };
};

export async function buildWorld(stack: TestStack): Promise<World> {
  const registry = stack.em('suppliers');
  addOrganization(registry, ORG.brand, 'BRAND', 'DE');
  addOrganization(registry, ORG.supplier, 'SUPPLIER', 'BD');
  addOrganization(registry, ORG.union, 'UNION', 'BD');
  addOrganization(registry, ORG.civilSociety, 'CIVIL_SOCIETY', 'BD');
  addOrganization(registry, ORG.auditFirm, 'AUDIT_FIRM', 'BD');
  addOrganization(registry, ORG.inspectorateBD, 'REGULATOR', 'BD');
  addOrganization(registry, ORG.inspectorateNL, 'REGULATOR', 'NL');
  addOrganization(registry, ORG.inspectorateVN, 'REGULATOR', 'VN');
  await registry.flush();

  const tokens = { PUBLIC: undefined } as Record<Caller, string | undefined>;
  for (const caller of CALLERS) if (caller !== 'PUBLIC') tokens[caller] = await stack.token(PRINCIPALS[caller]);
  const t = tokens as Record<Exclude<Caller, 'PUBLIC'>, string>;

  // The supplier lists the facilities it operates; the brand lists one disclosed and one undisclosed supplier.
  const supplierList = await importList(stack, t.SUPPLIER, ORG.supplier, MAIN + HIDDEN + QUIET, true);
  const [main, hidden, quiet] = supplierList.rows.map((row) => row.facility!.id);
  const disclosed = await importList(stack, t.BRAND, ORG.brand, MAIN, true);
  const undisclosed = await importList(stack, t.BRAND, ORG.brand, HIDDEN, false);
  expect([...disclosed.rows, ...undisclosed.rows].map((row) => [row.outcome, row.facility?.id])).toEqual([
    ['MATCHED', main],
    ['MATCHED', hidden],
  ]);

  // BD shares inspection findings (only) with NL under an agreement in force; BD and VN negotiate a draft the union observes.
  const inForce = await agreementIn(
    stack,
    t.ADMIN,
    bilateral('BD', 'NL', ['INSPECTION_FINDINGS'], 'BD–NL inspection findings exchange'),
    IN_FORCE,
  );
  const draft = await agreementIn(stack, t.ADMIN, {
    title: 'BD–VN labour inspection memorandum (draft)',
    kind: 'MEMORANDUM_OF_UNDERSTANDING',
    draftedOn: '2026-02-01',
    parties: [{ country: 'BD' }, { country: 'VN' }, { organizationId: ORG.union, role: 'OBSERVER' }],
    sharingClauses: [{ category: 'GRIEVANCE_CASES', recipients: [{ country: 'BD' }, { country: 'VN' }] }],
  });
  expect(draft.status).toBe('DRAFT');

  const inspections = {} as World['inspections'];
  for (const disclosure of ['PRIVATE', 'SHARED_WITH_BUYERS', 'PUBLIC'] as const)
    inspections[disclosure] = await inspect(stack, t.AUDITOR, main, disclosure);

  const grievances = {} as World['grievances'];
  const union = grievance(main, 'union', { areas: ['WORKING_TIME', 'FREEDOM_OF_ASSOCIATION'], brandIds: [ORG.brand] });
  grievances.union = (await file(stack, union, t.UNION)).grievance.id;
  // The civil-society organisation files under a safety accord whose secretariat handles the case.
  const accord = await agreementIn(
    stack,
    t.ADMIN,
    {
      title: 'Bangladesh safety accord with a complaints mechanism',
      kind: 'MEMORANDUM_OF_UNDERSTANDING',
      draftedOn: '2023-06-01',
      parties: [{ country: 'BD' }, { organizationId: ACCORD_SECRETARIAT }],
      provisions: [{ kind: 'GRIEVANCE_MECHANISM', article: 'Art. 18' }],
      grievanceMechanism: {
        name: 'BD_SAFETY_ACCORD_COMPLAINTS',
        acknowledgeWithinDays: 7,
        respondWithinDays: 90,
        secretariatOrganizationId: ACCORD_SECRETARIAT,
      },
    },
    IN_FORCE,
  );
  grievances.civilSociety = (
    await file(stack, grievance(main, 'civilSociety', { agreementId: accord.id }), t.CIVIL_SOCIETY)
  ).grievance.id;
  // An anonymous worker who leaves only a phone number and does not name the owner: the inspectorate takes it on.
  const worker = await file(stack, grievance(main, 'worker'));
  grievances.worker = worker.grievance.id;
  await move(stack, t.REGULATOR_HOME, worker.grievance.id, 'ACKNOWLEDGED', worker.grievance.version);
  // Anonymous cases naming the owner: five about the main facility in all (not suppressed), two about the quiet one.
  for (const key of ['anonymousA', 'anonymousB'] as const)
    grievances[key] = (await file(stack, grievance(main, key))).grievance.id;
  for (const key of ['quietA', 'quietB'] as const)
    grievances[key] = (await file(stack, grievance(quiet, key))).grievance.id;

  return {
    tokens,
    facilities: { main, hidden, quiet },
    imports: { supplier: supplierList.importId, brand: undisclosed.importId },
    agreements: { inForce: inForce.id, draft: draft.id, accord: accord.id },
    inspections,
    grievances,
  };
}
