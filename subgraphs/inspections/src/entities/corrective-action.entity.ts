import { EntitySchema, type Ref } from '@mikro-orm/core';
import { CorrectiveActionStatus } from '../__generated__/resolvers-types';
import type { Finding } from './finding.entity';
import type { Inspection } from './inspection.entity';

/** One step of a finding's corrective action plan, owned by the facility, verified by the inspector. */
export class CorrectiveAction {
  id!: string;
  finding!: Ref<Finding>;
  /** The finding's inspection, kept here so plans are filtered by facility and visibility without a second join. */
  inspection!: Ref<Inspection>;
  action!: string;
  rootCause!: string;
  /** The person or role at the facility responsible, e.g. "HR manager". */
  owner!: string;
  /** YYYY-MM-DD */
  dueOn!: string;
  status: CorrectiveActionStatus = 'PLANNED';
  verifiedById: string | null = null;
  verifiedAt: Date | null = null;
  verificationNote: string | null = null;
  /**
   * When the overdue job told the graph this action is overdue (CORRECTIVE_ACTION_OVERDUE); null
   * while it has not been. A new due day clears it, so an extended action is told again if it
   * misses that one too.
   */
  overdueNotifiedAt: Date | null = null;
  createdAt!: Date;
  updatedAt!: Date;
  /** Optimistic lock: an update naming an older version is refused. */
  version = 1;
}

export const CorrectiveActionSchema = new EntitySchema<CorrectiveAction>({
  class: CorrectiveAction,
  tableName: 'corrective_action',
  indexes: [
    { properties: ['inspection'] },
    { properties: ['finding'] },
    { properties: ['status', 'dueOn'] },
    // The overdue job's way in: actions not yet told, by due day.
    { properties: ['overdueNotifiedAt', 'dueOn'] },
  ],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    finding: { kind: 'm:1', entity: 'Finding', ref: true, deleteRule: 'cascade' },
    inspection: { kind: 'm:1', entity: 'Inspection', ref: true, deleteRule: 'cascade' },
    action: { type: 'text' },
    rootCause: { type: 'text' },
    owner: { type: 'string', length: 200 },
    dueOn: { type: 'date' },
    status: { enum: true, items: () => Object.values(CorrectiveActionStatus), type: 'string' },
    verifiedById: { type: 'string', length: 100, nullable: true },
    verifiedAt: { type: 'Date', nullable: true },
    verificationNote: { type: 'text', nullable: true },
    overdueNotifiedAt: { type: 'Date', nullable: true },
    createdAt: { type: 'Date' },
    updatedAt: { type: 'Date' },
    version: { type: 'integer', version: true },
  },
});
