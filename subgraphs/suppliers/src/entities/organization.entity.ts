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
  /** A recruitment agency's licence: the issuing country (ISO alpha-2), its number, and its end (YYYY-MM-DD). */
  licenceCountry: string | null = null;
  licenceNumber: string | null = null;
  licenceValidUntil: string | null = null;
  createdAt = new Date();
}

export const OrganizationSchema = new EntitySchema<Organization>({
  class: Organization,
  tableName: 'organization',
  indexes: [{ properties: ['kind', 'countryCode'] }],
  // One agency per licence: organisations without a licence (nulls) do not collide.
  uniques: [{ name: 'organization_licence_unique', properties: ['licenceCountry', 'licenceNumber'] }],
  properties: {
    id: { type: 'string', primary: true, length: 100 },
    name: { type: 'string', length: 300 },
    kind: { enum: true, items: () => Object.values(OrganizationKind), type: 'string' },
    countryCode: { type: 'string', length: 2 },
    verified: { type: 'boolean', default: false },
    website: { type: 'string', nullable: true, length: 300 },
    licenceCountry: { type: 'string', length: 2, nullable: true },
    licenceNumber: { type: 'string', length: 100, nullable: true },
    licenceValidUntil: { type: 'date', nullable: true },
    createdAt: { type: 'Date' },
  },
});
