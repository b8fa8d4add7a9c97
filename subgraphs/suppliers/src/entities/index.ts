import { AuditEntrySchema } from '../../../../runtime/audit';
import { DeadEventSchema } from '../../../../runtime/dead-events';
import { OutboxEventSchema, ProcessedEventSchema } from '../../../../runtime/outbox';
import { IdempotencyRecordSchema } from '../../../../runtime/mutation';
import { FacilityAliasSchema } from './facility-alias.entity';
import { FacilityFieldSourceSchema } from './facility-field-source.entity';
import { FacilityListImportRowSchema } from './facility-list-import-row.entity';
import { FacilityListImportSchema } from './facility-list-import.entity';
import { FacilitySearchTermSchema } from './facility-search-term.entity';
import { FacilitySectorSchema } from './facility-sector.entity';
import { FacilitySchema } from './facility.entity';
import { OrganizationSchema } from './organization.entity';
import { RecruitmentChannelSchema } from './recruitment-channel.entity';
import { SupplyChainLinkSchema } from './supply-chain-link.entity';

export const entities = [
  OrganizationSchema,
  FacilitySchema,
  FacilitySectorSchema,
  FacilitySearchTermSchema,
  FacilityAliasSchema,
  SupplyChainLinkSchema,
  RecruitmentChannelSchema,
  FacilityListImportSchema,
  FacilityListImportRowSchema,
  FacilityFieldSourceSchema,
  IdempotencyRecordSchema,
  AuditEntrySchema,
  OutboxEventSchema,
  ProcessedEventSchema,
  DeadEventSchema,
];
