import { AuditEntrySchema } from '../../../../runtime/audit';
import { IdempotencyRecordSchema } from '../../../../runtime/idempotency';
import { FacilitySchema } from './facility.entity';
import { OrganizationSchema } from './organization.entity';
import { SupplyChainLinkSchema } from './supply-chain-link.entity';

export const entities = [OrganizationSchema, FacilitySchema, SupplyChainLinkSchema, IdempotencyRecordSchema, AuditEntrySchema];
