import { notFoundRefusal, requireRole } from '../../../../runtime/mutation';
import type { Role } from '../../../../runtime/principal';
import type { Context } from '../context';
import { CorrectiveAction } from '../entities/corrective-action.entity';
import { Finding } from '../entities/finding.entity';
import { InspectionParty } from '../entities/inspection-party.entity';
import { Inspection } from '../entities/inspection.entity';
import { standingOn, visibleInspections, type InspectionStanding } from '../visibility';

/** What a mutation's write works in. */
export type Tx = Context['em'];

/** Every inspections mutation is made for an organisation: the caller's, which must hold one of the roles. */
export function actingOrganization(context: Context, roles: readonly Role[], operation: string): string {
  const organizationId = requireRole(context, roles, operation, { organization: true });
  return organizationId!;
}

/*
 * A target is looked up among what the caller may see: one it may not see is answered exactly
 * like one that does not exist (NOT_FOUND), so a refusal reveals nothing.
 */

export async function visibleInspection(context: Context, tx: Tx, id: string, field: string[]): Promise<Inspection> {
  const inspection = await tx.findOne(Inspection, { $and: [{ id }, visibleInspections(context.principal, tx)] });
  if (!inspection) throw notFoundRefusal('inspection', id, field);
  return inspection;
}

export async function visibleFinding(context: Context, tx: Tx, id: string, field: string[]): Promise<Finding> {
  const where = { id, inspection: visibleInspections(context.principal, tx) };
  const finding = await tx.findOne(Finding, where, { populate: ['inspection'] });
  if (!finding) throw notFoundRefusal('finding', id, field);
  return finding;
}

export async function visibleCorrectiveAction(
  context: Context,
  tx: Tx,
  id: string,
  field: string[],
): Promise<CorrectiveAction> {
  const where = { id, inspection: visibleInspections(context.principal, tx) };
  const action = await tx.findOne(CorrectiveAction, where, { populate: ['inspection', 'finding'] });
  if (!action) throw notFoundRefusal('corrective action', id, field);
  return action;
}

/** What the caller is to the inspection (conductor, joint inspector, facility owner, its regulator). */
export async function standingOnInspection(
  context: Context,
  tx: Tx,
  inspection: Inspection,
): Promise<InspectionStanding> {
  const joint = await tx.find(InspectionParty, { inspection, role: 'JOINT_INSPECTOR' });
  return standingOn(
    context.principal,
    inspection,
    joint.map((party) => party.organizationId),
  );
}
