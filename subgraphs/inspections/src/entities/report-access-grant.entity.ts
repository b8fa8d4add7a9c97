import { EntitySchema, type Ref } from '@mikro-orm/core';
import type { Inspection } from './inspection.entity';

/**
 * Read access to one report that the organisation owning the facility gave a brand
 * (`grantReportAccess`, or a granted `ReportAccessRequest`). It is independent of the conductor's
 * disclosure and buyer list: the brand reads the report whatever they say, never its evidence.
 * One row per report and buyer: a revocation keeps the row (the buyer and the owner still read
 * when it ended), a new grant reopens it.
 */
export class ReportAccessGrant {
  id!: string;
  inspection!: Ref<Inspection>;
  /** The brand organisation that may read the report. */
  buyerId!: string;
  /** The organisation owning the facility when it granted (the report's facilityOwnerId). */
  grantedById!: string;
  grantedAt!: Date;
  /** The request the grant answered, when it answered one. */
  requestId: string | null = null;
  /** Set when the owner revoked it: from then on it admits nobody. */
  revokedAt: Date | null = null;
  /** Optimistic lock: a grant and a revocation racing on the same row cannot both win. */
  version = 1;
}

export const ReportAccessGrantSchema = new EntitySchema<ReportAccessGrant>({
  class: ReportAccessGrant,
  tableName: 'report_access_grant',
  uniques: [{ properties: ['inspection', 'buyerId'] }],
  // The visibility subquery's way in: a brand's active grants.
  indexes: [{ properties: ['buyerId', 'revokedAt'] }, { properties: ['requestId'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    inspection: { kind: 'm:1', entity: 'Inspection', ref: true, deleteRule: 'cascade' },
    buyerId: { type: 'string', length: 100 },
    grantedById: { type: 'string', length: 100 },
    grantedAt: { type: 'Date' },
    requestId: { type: 'string', length: 40, nullable: true },
    revokedAt: { type: 'Date', nullable: true },
    version: { type: 'integer', version: true },
  },
});
