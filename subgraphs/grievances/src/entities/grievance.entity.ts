import { Collection, DateTimeType, EntitySchema, type Ref } from '@mikro-orm/core';
import {
  COMPLIANCE_AREAS,
  FILER_KINDS,
  GRIEVANCE_STATUSES,
  SUBMISSION_CHANNELS,
  type ComplianceArea,
  type GrievanceRules,
  type FilerKind,
  type GrievanceStatus,
  type SubmissionChannel,
} from '../domain';
import { HandlerKind } from '../__generated__/resolvers-types';

/** A complaint about a facility and its way to a remedy. */
export class Grievance {
  id!: string;
  /** Public reference, e.g. GRV-7K4Q-2M9X; not a secret. */
  trackingCode!: string;
  /**
   * scrypt hash of the secret given to a filer without an account; null for organisations' filings
   * and for the demo cases whose secret nobody was given.
   */
  secretHash: string | null = null;
  /** Null when the worker named the facility instead; a handler links it to the registry later. */
  facilityId: string | null = null;
  /**
   * Whether the registry confirmed `facilityId` at filing: false when it could not answer and the
   * filing went ahead unchecked (a worker's grievance is never lost to an outage), until a link
   * confirms it; null for a case filed by facility name, or filed before this was recorded.
   */
  facilityVerified: boolean | null = null;
  /** The registry's recruitment agency the filer named; verified false when the registry could not answer at filing. */
  recruitmentAgencyId: string | null = null;
  recruitmentAgencyVerified: boolean | null = null;
  /** The facility id's country, or the country the worker named; copied at filing for jurisdiction rules. */
  facilityCountry!: string;
  /** The facility as the worker named it, when no id was given. */
  reportedFacilityName: string | null = null;
  /** The facility's owner (a SUPPLIER organisation), from the filing or a handler's link. */
  facilityOwnerId: string | null = null;
  filedBy!: FilerKind;
  filingOrganizationId: string | null = null;
  /** The token subject that filed, so the audit trail and the filer's own reads can name it. */
  filerSubject: string | null = null;
  /** Confidential: who the complainant is. */
  complainantIdentity: string | null = null;
  /** Confidential: how to reach the complainant. */
  contact: string | null = null;
  channel!: SubmissionChannel;
  /** BCP 47 tag, canonical form; picks the complainant's messages. */
  language!: string;
  areas: ComplianceArea[] = [];
  retaliationClaim = false;
  /** For a retaliation case: the case it reports retaliation against; it runs on that case's urgent track. */
  retaliationOf: string | null = null;
  summary!: string;
  /** Confidential: the complainant's own words; every read is audited. */
  description!: string;
  /** The handler's summary, which those who may not read the complainant's words read instead. */
  handlerSummary: string | null = null;
  workersAffected: number | null = null;
  status: GrievanceStatus = 'RECEIVED';
  /** Optimistic concurrency: MikroORM checks and increments it on every update. */
  version = 1;
  handlerKind!: HandlerKind;
  handlerOrganizationId: string | null = null;
  agreementId: string | null = null;
  /** The mechanism's rules as they stood at filing (or as a handler corrected them). */
  rules!: GrievanceRules;
  filedAt!: Date;
  /** YYYY-MM of filing, for dialect-neutral grouping by month. */
  filedMonth!: string;
  acknowledgedAt: Date | null = null;
  respondedAt: Date | null = null;
  stepCompletions: Record<string, string> = {};
  acknowledgeBy!: Date;
  respondBy!: Date;
  /** The earliest unmet deadline: the case is overdue once the clock passes it (see domain/progress). */
  nextDueAt: Date | null = null;
  /** The earliest unmet deadline the escalation job has not acted on: it acts once the clock passes it. */
  nextEscalationAt: Date | null = null;
  /** When the job escalated each missed step, by step name (ISO instants). */
  escalations: Record<string, string> = {};
  escalatedAt: Date | null = null;
  closedAt: Date | null = null;
  /**
   * A requested move to a facility in another country, until that country's regulator answers:
   * the facility with the country and owner the registry gave, and who asked, when and why.
   */
  transferFacilityId: string | null = null;
  transferCountry: string | null = null;
  transferOwnerId: string | null = null;
  transferRequestedAt: Date | null = null;
  transferRequestedByRole: string | null = null;
  transferRequestedByOrganizationId: string | null = null;
  transferRequestedBySubject: string | null = null;
  transferNote: string | null = null;
  /** Numbering of timeline events, so events at the same instant keep their order. */
  eventSequence = 0;
  updatedAt!: Date;
  /** The same areas as rows, for filtering and aggregates. */
  areaRows = new Collection<GrievanceArea>(this);
}

// Dates use DateTimeType, not the string 'datetime': with the latter MikroORM's SQLite snapshot
// sees every loaded date as changed, and each flush would rewrite the row and bump its version.
export const GrievanceSchema = new EntitySchema<Grievance>({
  class: Grievance,
  tableName: 'grievance',
  indexes: [
    { properties: ['facilityId', 'status'] },
    { properties: ['facilityCountry', 'status'] },
    { properties: ['filingOrganizationId'] },
    { properties: ['handlerOrganizationId'] },
    { properties: ['facilityOwnerId'] },
    { properties: ['transferCountry'] },
    { properties: ['status', 'nextDueAt'] },
    { properties: ['nextEscalationAt'] },
    { properties: ['retaliationOf'] },
    { properties: ['filedAt'] },
  ],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    trackingCode: { type: 'string', length: 20, unique: true },
    secretHash: { type: 'string', length: 200, nullable: true, hidden: true },
    facilityId: { type: 'string', length: 15, nullable: true },
    facilityVerified: { type: 'boolean', nullable: true },
    recruitmentAgencyId: { type: 'string', length: 100, nullable: true },
    recruitmentAgencyVerified: { type: 'boolean', nullable: true },
    facilityCountry: { type: 'string', length: 2 },
    reportedFacilityName: { type: 'string', length: 300, nullable: true },
    facilityOwnerId: { type: 'string', length: 80, nullable: true },
    filedBy: { enum: true, items: () => [...FILER_KINDS], type: 'string' },
    filingOrganizationId: { type: 'string', length: 80, nullable: true },
    filerSubject: { type: 'string', length: 200, nullable: true },
    complainantIdentity: { type: 'text', nullable: true, lazy: true },
    contact: { type: 'text', nullable: true, lazy: true },
    channel: { enum: true, items: () => [...SUBMISSION_CHANNELS], type: 'string' },
    language: { type: 'string', length: 35 },
    areas: { type: 'json' },
    retaliationClaim: { type: 'boolean', default: false },
    retaliationOf: { type: 'string', length: 40, nullable: true },
    summary: { type: 'string', length: 1200 },
    description: { type: 'text' },
    handlerSummary: { type: 'text', nullable: true },
    workersAffected: { type: 'integer', nullable: true },
    status: { enum: true, items: () => [...GRIEVANCE_STATUSES], type: 'string' },
    version: { type: 'integer', version: true },
    handlerKind: { enum: true, items: () => Object.values(HandlerKind), type: 'string' },
    handlerOrganizationId: { type: 'string', length: 80, nullable: true },
    agreementId: { type: 'string', length: 80, nullable: true },
    rules: { type: 'json' },
    filedAt: { type: DateTimeType },
    filedMonth: { type: 'string', length: 7 },
    acknowledgedAt: { type: DateTimeType, nullable: true },
    respondedAt: { type: DateTimeType, nullable: true },
    stepCompletions: { type: 'json' },
    acknowledgeBy: { type: DateTimeType },
    respondBy: { type: DateTimeType },
    nextDueAt: { type: DateTimeType, nullable: true },
    nextEscalationAt: { type: DateTimeType, nullable: true },
    escalations: { type: 'json', nullable: true },
    escalatedAt: { type: DateTimeType, nullable: true },
    closedAt: { type: DateTimeType, nullable: true },
    transferFacilityId: { type: 'string', length: 15, nullable: true },
    transferCountry: { type: 'string', length: 2, nullable: true },
    transferOwnerId: { type: 'string', length: 80, nullable: true },
    transferRequestedAt: { type: DateTimeType, nullable: true },
    transferRequestedByRole: { type: 'string', length: 20, nullable: true },
    transferRequestedByOrganizationId: { type: 'string', length: 80, nullable: true },
    transferRequestedBySubject: { type: 'string', length: 200, nullable: true },
    transferNote: { type: 'text', nullable: true },
    eventSequence: { type: 'integer', default: 0 },
    updatedAt: { type: DateTimeType },
    areaRows: { kind: '1:m', entity: 'GrievanceArea', mappedBy: 'grievance' },
  },
});

/** One row per area of a grievance, so filters and aggregates by area are plain indexed SQL. */
export class GrievanceArea {
  grievance!: Ref<Grievance>;
  area!: ComplianceArea;
}

export const GrievanceAreaSchema = new EntitySchema<GrievanceArea>({
  class: GrievanceArea,
  tableName: 'grievance_area',
  indexes: [{ properties: ['area'] }],
  properties: {
    grievance: { kind: 'm:1', entity: 'Grievance', ref: true, primary: true, deleteRule: 'cascade' },
    area: { enum: true, items: () => [...COMPLIANCE_AREAS], type: 'string', primary: true },
  },
});
