import { EntitySchema } from '@mikro-orm/core';
import { RATIFICATION_STATUSES, type RatificationStatus } from '../domain/vocabulary';

/**
 * A ratification recorded through the API. The shipped NORMLEX records stay in the reference data
 * file; a recorded row for the same country and convention supersedes the reference record.
 */
export class RecordedRatification {
  id!: string;
  countryCode!: string;
  conventionCode!: string;
  /** YYYY-MM-DD the ratification was registered. */
  date!: string;
  status!: RatificationStatus;
  /** YYYY-MM-DD since when the current status applies. */
  statusSince!: string;
  dateCertain = true;
  note: string | null = null;
  recordedAt!: Date;
}

export const RecordedRatificationSchema = new EntitySchema<RecordedRatification>({
  class: RecordedRatification,
  tableName: 'ratification',
  uniques: [{ properties: ['countryCode', 'conventionCode'] }],
  indexes: [{ properties: ['conventionCode'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    countryCode: { type: 'string', length: 2 },
    conventionCode: { type: 'string', length: 4 },
    date: { type: 'date' },
    status: { enum: true, items: () => [...RATIFICATION_STATUSES], type: 'string' },
    statusSince: { type: 'date' },
    dateCertain: { type: 'boolean', default: true },
    note: { type: 'text', nullable: true },
    recordedAt: { type: 'Date' },
  },
});
