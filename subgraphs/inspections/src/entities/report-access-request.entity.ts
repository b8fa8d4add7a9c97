import { EntitySchema, type Ref } from '@mikro-orm/core';
import { ReportAccessRequestStatus } from '../__generated__/resolvers-types';
import type { Inspection } from './inspection.entity';

/**
 * A brand's request to read a facility's reports, addressed to the organisation the registry names
 * as the facility's owner when the request is made (the gateway looks it up; never an argument).
 * For one report the brand may already read, or (no inspection) for every report of the facility.
 */
export class ReportAccessRequest {
  id!: string;
  /** The registry's id of the facility (a merged facility's survivor). */
  facilityId!: string;
  facilityCountry!: string;
  /** The owner asked: the only organisation that sees the request besides the brand, and decides it. */
  facilityOwnerId!: string;
  inspection: Ref<Inspection> | null = null;
  /** The brand organisation asking. */
  requestedById!: string;
  message: string | null = null;
  status: ReportAccessRequestStatus = 'PENDING';
  requestedAt!: Date;
  decidedAt: Date | null = null;
  decidedById: string | null = null;
  decisionNote: string | null = null;
  /** Optimistic lock: two decisions racing cannot both win. */
  version = 1;
}

export const ReportAccessRequestSchema = new EntitySchema<ReportAccessRequest>({
  class: ReportAccessRequest,
  tableName: 'report_access_request',
  indexes: [
    { properties: ['requestedById', 'status'] },
    { properties: ['facilityOwnerId', 'status'] },
    { properties: ['facilityId'] },
  ],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    facilityId: { type: 'string', length: 15 },
    facilityCountry: { type: 'string', length: 2 },
    facilityOwnerId: { type: 'string', length: 100 },
    inspection: { kind: 'm:1', entity: 'Inspection', ref: true, nullable: true, deleteRule: 'cascade' },
    requestedById: { type: 'string', length: 100 },
    message: { type: 'text', nullable: true },
    status: { enum: true, items: () => Object.values(ReportAccessRequestStatus), type: 'string' },
    requestedAt: { type: 'Date' },
    decidedAt: { type: 'Date', nullable: true },
    decidedById: { type: 'string', length: 100, nullable: true },
    decisionNote: { type: 'text', nullable: true },
    version: { type: 'integer', version: true },
  },
});
