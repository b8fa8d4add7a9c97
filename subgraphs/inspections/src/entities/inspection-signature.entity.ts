import { EntitySchema, type Ref } from '@mikro-orm/core';
import type { Inspection } from './inspection.entity';

/**
 * An inspectorate's signature on a joint inspection: the lead's when it filed the report, each
 * partner's when it cosigned. The inspection is final once every partner has signed; signatures
 * are never withdrawn.
 */
export class InspectionSignature {
  id!: string;
  inspection!: Ref<Inspection>;
  organizationId!: string;
  signedAt!: Date;
}

export const InspectionSignatureSchema = new EntitySchema<InspectionSignature>({
  class: InspectionSignature,
  tableName: 'inspection_signature',
  // One signature per inspectorate: two concurrent cosignatures by the same partner, one wins.
  uniques: [{ properties: ['inspection', 'organizationId'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    inspection: { kind: 'm:1', entity: 'Inspection', ref: true, deleteRule: 'cascade' },
    organizationId: { type: 'string', length: 100 },
    signedAt: { type: 'Date' },
  },
});
