import { EntitySchema, type Ref } from '@mikro-orm/core';
import type { Inspection } from './inspection.entity';

/**
 * An organisation other than the conductor with a standing on an inspection:
 * - BUYER: a brand the report is shared with (when disclosure is SHARED_WITH_BUYERS). Supply
 *   chains live in the suppliers subgraph, so the submitter names the buyers; the conductor can
 *   change the list later with `changeDisclosure`.
 * - JOINT_INSPECTOR: a partner inspectorate of a joint inspection, which reads it like the conductor.
 */
export const PARTY_ROLES = ['BUYER', 'JOINT_INSPECTOR'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export class InspectionParty {
  id!: string;
  inspection!: Ref<Inspection>;
  organizationId!: string;
  role!: PartyRole;
}

export const InspectionPartySchema = new EntitySchema<InspectionParty>({
  class: InspectionParty,
  tableName: 'inspection_party',
  uniques: [{ properties: ['inspection', 'organizationId', 'role'] }],
  indexes: [{ properties: ['organizationId', 'role'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    inspection: { kind: 'm:1', entity: 'Inspection', ref: true, deleteRule: 'cascade' },
    organizationId: { type: 'string', length: 100 },
    role: { enum: true, items: () => [...PARTY_ROLES], type: 'string' },
  },
});
