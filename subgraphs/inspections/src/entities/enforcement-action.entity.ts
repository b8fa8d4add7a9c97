import { EntitySchema, type Ref } from '@mikro-orm/core';
import type { Finding } from './finding.entity';

export const ENFORCEMENT_ACTION_KINDS = [
  'WARNING',
  'IMPROVEMENT_NOTICE',
  'FINE',
  'STOP_WORK_ORDER',
  'CLOSURE',
  'LICENCE_WITHDRAWAL',
] as const;
export type EnforcementActionKind = (typeof ENFORCEMENT_ACTION_KINDS)[number];

export const APPEAL_STATUSES = ['NONE', 'LODGED', 'UPHELD', 'OVERTURNED', 'WITHDRAWN'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/**
 * A sanction the labour inspectorate of the facility's country decided against it, on findings of
 * its inspections there. The facility's country and owner are the registry's when it was recorded:
 * visibility reads them from the row, like an inspection's.
 */
export class EnforcementAction {
  id!: string;
  facilityId!: string;
  facilityCountry!: string;
  /** The organisation owning the facility in the registry when the action was recorded. */
  facilityOwnerId: string | null = null;
  kind!: EnforcementActionKind;
  /** The inspectorate (regulator organisation) that recorded it. */
  decidedById!: string;
  decidedOn!: string;
  effectiveFrom: string | null = null;
  effectiveUntil: string | null = null;
  /** A fine's amount, an exact decimal string with two decimals ("1500.50"): never a float. */
  amount: string | null = null;
  currency: string | null = null;
  legalBasis: string | null = null;
  summary!: string;
  published = false;
  appealStatus: AppealStatus = 'NONE';
  appealNote: string | null = null;
  createdAt!: Date;
  updatedAt!: Date;
  /** Optimistic lock: two changes of the appeal or publication racing cannot both win. */
  version = 1;
}

/** One finding an enforcement action rests on. */
export class EnforcementActionFinding {
  id!: string;
  enforcementAction!: Ref<EnforcementAction>;
  finding!: Ref<Finding>;
}

export const EnforcementActionSchema = new EntitySchema<EnforcementAction>({
  class: EnforcementAction,
  tableName: 'enforcement_action',
  indexes: [
    { properties: ['facilityCountry', 'decidedOn'] },
    { properties: ['facilityId', 'decidedOn'] },
    { properties: ['facilityOwnerId'] },
  ],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    facilityId: { type: 'string', length: 15 },
    facilityCountry: { type: 'string', length: 2 },
    facilityOwnerId: { type: 'string', length: 100, nullable: true },
    kind: { enum: true, items: () => [...ENFORCEMENT_ACTION_KINDS], type: 'string' },
    decidedById: { type: 'string', length: 100 },
    decidedOn: { type: 'date' },
    effectiveFrom: { type: 'date', nullable: true },
    effectiveUntil: { type: 'date', nullable: true },
    amount: { type: 'string', length: 24, nullable: true },
    currency: { type: 'string', length: 3, nullable: true },
    legalBasis: { type: 'text', nullable: true },
    summary: { type: 'text' },
    published: { type: 'boolean' },
    appealStatus: { enum: true, items: () => [...APPEAL_STATUSES], type: 'string' },
    appealNote: { type: 'text', nullable: true },
    createdAt: { type: 'Date' },
    updatedAt: { type: 'Date' },
    version: { type: 'integer', version: true },
  },
});

export const EnforcementActionFindingSchema = new EntitySchema<EnforcementActionFinding>({
  class: EnforcementActionFinding,
  tableName: 'enforcement_action_finding',
  uniques: [{ properties: ['enforcementAction', 'finding'] }],
  // Finding.enforcementActions' way in.
  indexes: [{ properties: ['finding'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    enforcementAction: { kind: 'm:1', entity: 'EnforcementAction', ref: true, deleteRule: 'cascade' },
    finding: { kind: 'm:1', entity: 'Finding', ref: true, deleteRule: 'cascade' },
  },
});
