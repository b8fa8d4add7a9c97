import { EntitySchema } from '@mikro-orm/core';
import { OrganizationKind } from '../__generated__/resolvers-types';

export { OrganizationKind };

export class Organization {
  id!: string;
  name!: string;
  kind!: OrganizationKind;
  /** ISO 3166-1 alpha-2 of the head office. */
  countryCode!: string;
  verified = false;
  website: string | null = null;
  createdAt = new Date();
}

export const OrganizationSchema = new EntitySchema<Organization>({
  class: Organization,
  tableName: 'organization',
  indexes: [{ properties: ['kind', 'countryCode'] }],
  properties: {
    id: { type: 'string', primary: true, length: 100 },
    name: { type: 'string', length: 300 },
    kind: { enum: true, items: () => Object.values(OrganizationKind), type: 'string' },
    countryCode: { type: 'string', length: 2 },
    verified: { type: 'boolean', default: false },
    website: { type: 'string', nullable: true, length: 300 },
    createdAt: { type: 'Date' },
  },
});
