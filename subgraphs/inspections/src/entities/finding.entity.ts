import { Collection, EntitySchema, type Ref } from '@mikro-orm/core';
import { AuditScheme, ComplianceArea, FindingStatus, FindingTopic, Severity } from '../__generated__/resolvers-types';
import type { CorrectiveAction } from './corrective-action.entity';
import type { Inspection } from './inspection.entity';

export class Finding {
  id!: string;
  inspection!: Ref<Inspection>;
  /** Order within the submitted report. */
  position!: number;
  area!: ComplianceArea;
  /** ILO convention codes, e.g. C155, each citable for the area (vocabulary/ilo-instruments.json). */
  conventions: string[] = [];
  /** The audit scheme and its code the finding was filed under (vocabulary/audit-schemes.json). */
  auditScheme: AuditScheme | null = null;
  auditSchemeCode: string | null = null;
  /** The scheme code's cross-scheme topic, a column so statistics group and filter on it. */
  topic: FindingTopic | null = null;
  compliancePoint!: string;
  severity!: Severity;
  description!: string;
  /** Confidential: worker testimony, photos, documents. Field permissions guard it. */
  evidence: string | null = null;
  workersAffected: number | null = null;
  /** The registry's recruitment agency the finding concerns (checked through the gateway at submission). */
  recruitmentAgencyId: string | null = null;
  status: FindingStatus = 'OPEN';
  disputeReason: string | null = null;
  disputedAt: Date | null = null;
  disputedById: string | null = null;
  correctiveActions = new Collection<CorrectiveAction>(this);
}

export const FindingSchema = new EntitySchema<Finding>({
  class: Finding,
  tableName: 'finding',
  indexes: [{ properties: ['inspection', 'position'] }, { properties: ['inspection', 'area', 'severity'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    inspection: { kind: 'm:1', entity: 'Inspection', ref: true, deleteRule: 'cascade' },
    position: { type: 'integer' },
    area: { enum: true, items: () => Object.values(ComplianceArea), type: 'string' },
    conventions: { type: 'json' },
    auditScheme: { enum: true, items: () => Object.values(AuditScheme), type: 'string', nullable: true },
    auditSchemeCode: { type: 'string', length: 12, nullable: true },
    topic: { enum: true, items: () => Object.values(FindingTopic), type: 'string', nullable: true },
    compliancePoint: { type: 'string', length: 200 },
    severity: { enum: true, items: () => Object.values(Severity), type: 'string' },
    description: { type: 'text' },
    evidence: { type: 'text', nullable: true },
    workersAffected: { type: 'integer', nullable: true },
    recruitmentAgencyId: { type: 'string', length: 100, nullable: true },
    status: { enum: true, items: () => Object.values(FindingStatus), type: 'string' },
    disputeReason: { type: 'text', nullable: true },
    disputedAt: { type: 'Date', nullable: true },
    disputedById: { type: 'string', length: 100, nullable: true },
    correctiveActions: { kind: '1:m', entity: 'CorrectiveAction', mappedBy: 'finding' },
  },
});
