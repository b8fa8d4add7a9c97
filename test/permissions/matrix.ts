/**
 * The permission matrix as data: for every sensitive field and list, what each caller must see;
 * where the project's rules leave a case open, the subgraph's documented choice is the rule (the
 * comments say which). The suites in this folder run every row for every caller through the
 * gateway and assert both sides: what is visible, and what is denied (null + FORBIDDEN at the
 * field's path) or absent (missing from lists, null by id).
 *
 * Callers: no token; a brand sourcing from the facility; the supplier owning it; a union and a
 * civil-society organisation that each filed a case about it; the regulator of its country (BD);
 * a partner regulator (NL) that an agreement in force sends BD's INSPECTION_FINDINGS — and
 * nothing else; a foreign regulator (VN) with no agreement in force with BD; the audit firm that
 * inspected it; an administrator.
 */
export const CALLERS = [
  'PUBLIC',
  'BRAND',
  'SUPPLIER',
  'UNION',
  'REGULATOR_HOME',
  'REGULATOR_PARTNER',
  'REGULATOR_FOREIGN',
  'AUDITOR',
  'CIVIL_SOCIETY',
  'ADMIN',
] as const;
export type Caller = (typeof CALLERS)[number];

export type Disclosure = 'PRIVATE' | 'SHARED_WITH_BUYERS' | 'PUBLIC';
const ALL_DISCLOSURES: Disclosure[] = ['PRIVATE', 'SHARED_WITH_BUYERS', 'PUBLIC'];

/**
 * Inspections of the facility by the audit firm, one per disclosure. `evidence`/`sharedWith`:
 * readable on every inspection the caller sees (else FORBIDDEN on each). Evidence stays with the
 * conductor and the home regulator, sharedWith also with the facility's owner (inspections README).
 */
export const INSPECTIONS: Record<Caller, { sees: Disclosure[]; evidence: boolean; sharedWith: boolean }> = {
  PUBLIC: { sees: ['PUBLIC'], evidence: false, sharedWith: false },
  BRAND: { sees: ['SHARED_WITH_BUYERS', 'PUBLIC'], evidence: false, sharedWith: false },
  SUPPLIER: { sees: ALL_DISCLOSURES, evidence: false, sharedWith: true },
  UNION: { sees: ['PUBLIC'], evidence: false, sharedWith: false },
  REGULATOR_HOME: { sees: ALL_DISCLOSURES, evidence: true, sharedWith: true },
  REGULATOR_PARTNER: { sees: ALL_DISCLOSURES, evidence: false, sharedWith: false },
  REGULATOR_FOREIGN: { sees: ['PUBLIC'], evidence: false, sharedWith: false },
  AUDITOR: { sees: ALL_DISCLOSURES, evidence: true, sharedWith: true },
  CIVIL_SOCIETY: { sees: ['PUBLIC'], evidence: false, sharedWith: false },
  ADMIN: { sees: ['PUBLIC'], evidence: false, sharedWith: false },
};

/**
 * The brand's link to the hidden facility is undisclosed: the brand, the supplier owning the
 * facility, the regulator of the facility's country and admins see it (suppliers schema). A
 * foreign regulator is not "in its jurisdiction" and no agreement shares SUPPLIER_REGISTRY with
 * it, so it reads the public registry only.
 */
export const UNDISCLOSED_LINKS: Record<Caller, boolean> = {
  PUBLIC: false,
  BRAND: true,
  SUPPLIER: true,
  UNION: false,
  REGULATOR_HOME: true,
  REGULATOR_PARTNER: false,
  REGULATOR_FOREIGN: false,
  AUDITOR: false,
  CIVIL_SOCIETY: false,
  ADMIN: true,
};

/** Uploaded facility lists: the uploading organisation and admins (suppliers schema). */
export const LIST_IMPORTS: Record<Caller, ('supplier' | 'brand')[]> = {
  PUBLIC: [],
  BRAND: ['brand'],
  SUPPLIER: ['supplier'],
  UNION: [],
  REGULATOR_HOME: [],
  REGULATOR_PARTNER: [],
  REGULATOR_FOREIGN: [],
  AUDITOR: [],
  CIVIL_SOCIETY: [],
  ADMIN: ['brand', 'supplier'],
};

/**
 * The BD–VN draft with the union as observer: agreement writers, regulators of a party country
 * and members of a party organisation (agreements README). Agreements in force are public.
 */
export const DRAFT_AGREEMENT: Record<Caller, boolean> = {
  PUBLIC: false,
  BRAND: false,
  SUPPLIER: false,
  UNION: true,
  REGULATOR_HOME: true,
  REGULATOR_PARTNER: false,
  REGULATOR_FOREIGN: true,
  AUDITOR: false,
  CIVIL_SOCIETY: false,
  ADMIN: true,
};

/**
 * Cases about the facility (main) and a quiet one: the union's (handled by the supplier as owner),
 * the civil-society organisation's (handled by a grievance mechanism's secretariat), an anonymous
 * worker's without an owner named (taken on by the BD inspectorate), and four anonymous cases
 * naming the owner (two of them about the quiet facility).
 */
export const GRIEVANCE_KEYS = [
  'union',
  'civilSociety',
  'worker',
  'anonymousA',
  'anonymousB',
  'quietA',
  'quietB',
] as const;
export type GrievanceKey = (typeof GRIEVANCE_KEYS)[number];
const ALL_GRIEVANCES = [...GRIEVANCE_KEYS];

/**
 * `sees`: the rows about the facilities (`Facility.grievances`), each readable with its
 * description unless `text` names fewer (the supplier sees every case about its facilities, but
 * never the complainant's words nor who the complainant is). `root`: the rows of Query.grievances and Query.grievance where they are fewer:
 * the supplier finds there only the cases that record it as owner — not the anonymous worker's,
 * which named none (grievances schema); otherwise `sees`. `identity`: those whose
 * complainantIdentity and contact are readable — the handler and a filing union or
 * civil-society organisation, never a brand or supplier.
 */
export const GRIEVANCES: Record<
  Caller,
  { sees: GrievanceKey[]; root?: GrievanceKey[]; text?: GrievanceKey[]; identity: GrievanceKey[] }
> = {
  PUBLIC: { sees: [], identity: [] },
  BRAND: { sees: [], identity: [] },
  SUPPLIER: { sees: ALL_GRIEVANCES, root: ALL_GRIEVANCES.filter((key) => key !== 'worker'), text: [], identity: [] },
  UNION: { sees: ['union'], identity: ['union'] },
  REGULATOR_HOME: { sees: ALL_GRIEVANCES, identity: ['worker'] },
  REGULATOR_PARTNER: { sees: [], identity: [] },
  REGULATOR_FOREIGN: { sees: [], identity: [] },
  AUDITOR: { sees: [], identity: [] },
  CIVIL_SOCIETY: { sees: ['civilSociety'], identity: ['civilSociety'] },
  ADMIN: { sees: [], identity: [] },
};

/** Grievance aggregates: every count for the home regulator, cells under 5 withheld for everyone else. */
export const GRIEVANCE_COUNTS: Record<Caller, 'all' | 'suppressed'> = {
  PUBLIC: 'suppressed',
  BRAND: 'suppressed',
  SUPPLIER: 'suppressed',
  UNION: 'suppressed',
  REGULATOR_HOME: 'all',
  REGULATOR_PARTNER: 'suppressed',
  REGULATOR_FOREIGN: 'suppressed',
  AUDITOR: 'suppressed',
  CIVIL_SOCIETY: 'suppressed',
  ADMIN: 'suppressed',
};

/** The audit log: ADMIN everything, a regulator its own country's entries, nobody else anything. */
export const AUDIT_TRAIL: Record<Caller, 'all' | 'jurisdiction' | 'denied'> = {
  PUBLIC: 'denied',
  BRAND: 'denied',
  SUPPLIER: 'denied',
  UNION: 'denied',
  REGULATOR_HOME: 'jurisdiction',
  REGULATOR_PARTNER: 'jurisdiction',
  REGULATOR_FOREIGN: 'jurisdiction',
  AUDITOR: 'denied',
  CIVIL_SOCIETY: 'denied',
  ADMIN: 'all',
};

/**
 * Mutations. 'ok': done and audited. FORBIDDEN: a GraphQL error for a caller who may not act
 * (in every subgraph, also on a target it can see), nothing written. NOT_FOUND: a typed
 * userError for a target the caller cannot see (its existence is not revealed), nothing written.
 * BAD_USER_INPUT: a regulator inspecting outside its jurisdiction (inspections README: "own
 * country unless joint"; refused as input).
 */
export type MutationOutcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
const allExcept = (allowed: Partial<Record<Caller, MutationOutcome>>, otherwise: MutationOutcome) =>
  Object.fromEntries(CALLERS.map((caller) => [caller, allowed[caller] ?? otherwise])) as Record<
    Caller,
    MutationOutcome
  >;

export const MUTATIONS = {
  submitInspection: allExcept(
    { AUDITOR: 'ok', REGULATOR_HOME: 'ok', REGULATOR_PARTNER: 'BAD_USER_INPUT', REGULATOR_FOREIGN: 'BAD_USER_INPUT' },
    'FORBIDDEN',
  ),
  /** On a finding of the PRIVATE inspection of the supplier's facility. */
  addCorrectiveAction: allExcept({ SUPPLIER: 'ok' }, 'FORBIDDEN'),
  /** On the union's case (handled by the supplier): the union sees it but does not handle it. */
  transitionGrievance: allExcept({ SUPPLIER: 'ok', REGULATOR_HOME: 'ok', UNION: 'FORBIDDEN' }, 'NOT_FOUND'),
  /**
   * On an anonymous worker's case naming the owner, which the supplier handles as owner: the
   * employer may not question the worker (their anonymity is at stake); the home regulator may.
   */
  askComplainant: allExcept({ SUPPLIER: 'FORBIDDEN', REGULATOR_HOME: 'ok' }, 'NOT_FOUND'),
  /**
   * On the union's case (handled by the supplier): an employer must not pick the clock it is held
   * to, and the union that filed it does not handle it.
   */
  correctGrievanceMechanism: allExcept(
    { SUPPLIER: 'FORBIDDEN', REGULATOR_HOME: 'ok', UNION: 'FORBIDDEN' },
    'NOT_FOUND',
  ),
  /** For the caller's own organisation (the brand's when it has none). */
  importFacilityList: allExcept({ BRAND: 'ok', SUPPLIER: 'ok', ADMIN: 'ok' }, 'FORBIDDEN'),
  createAgreement: allExcept({ ADMIN: 'ok' }, 'FORBIDDEN'),
  changeAgreementStatus: allExcept({ ADMIN: 'ok' }, 'FORBIDDEN'),
  addSharingClause: allExcept({ ADMIN: 'ok' }, 'FORBIDDEN'),
};
