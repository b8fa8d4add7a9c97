import { Migration } from '@mikro-orm/migrations';

/**
 * What a finding was filed under: the audit scheme and its code, and the scheme code's cross-scheme
 * topic (vocabulary/audit-schemes.json), which statistics group and filter on.
 */
export class Migration20261203191447 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "inspections"."finding" add column "audit_scheme" text check ("audit_scheme" in ('BETTER_WORK', 'SMETA', 'AMFORI_BSCI')) null, add column "audit_scheme_code" varchar(12) null, add column "topic" text check ("topic" in ('FORCED_LABOUR', 'CHILD_LABOUR', 'YOUNG_WORKERS', 'FREEDOM_OF_ASSOCIATION', 'DISCRIMINATION', 'HARSH_TREATMENT', 'OCCUPATIONAL_SAFETY_AND_HEALTH', 'WAGES', 'BENEFITS', 'WORKING_HOURS', 'EMPLOYMENT_RELATIONSHIP', 'SUBCONTRACTING_AND_HOMEWORK', 'MIGRANT_WORKERS')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inspections"."finding" drop column "audit_scheme", drop column "audit_scheme_code", drop column "topic";`);
  }

}
