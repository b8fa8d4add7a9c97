import { EntitySchema, type Ref } from '@mikro-orm/core';
import type { Facility } from './facility.entity';
import type { Organization } from './organization.entity';

/**
 * A facility recruiting workers through a recruitment agency, optionally on a migration corridor
 * (from the workers' country to the facility's). Ended channels stay as history.
 */
export class RecruitmentChannel {
  id!: string;
  facility!: Ref<Facility>;
  agency!: Ref<Organization>;
  /** ISO alpha-2 of the corridor's ends; both null when the agency does not recruit across a border. */
  fromCountry: string | null = null;
  toCountry: string | null = null;
  /** YYYY-MM-DD */
  since!: string;
  until: string | null = null;
  createdAt = new Date();
}

export const RecruitmentChannelSchema = new EntitySchema<RecruitmentChannel>({
  class: RecruitmentChannel,
  tableName: 'recruitment_channel',
  indexes: [{ properties: ['facility'] }, { properties: ['agency'] }],
  properties: {
    id: { type: 'string', primary: true, length: 100 },
    facility: { kind: 'm:1', entity: 'Facility', ref: true, deleteRule: 'cascade' },
    agency: { kind: 'm:1', entity: 'Organization', ref: true, deleteRule: 'cascade' },
    fromCountry: { type: 'string', length: 2, nullable: true },
    toCountry: { type: 'string', length: 2, nullable: true },
    since: { type: 'date' },
    until: { type: 'date', nullable: true },
    createdAt: { type: 'Date' },
  },
});
