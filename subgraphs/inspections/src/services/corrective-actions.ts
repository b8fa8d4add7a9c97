import { randomUUID } from 'node:crypto';
import { audit } from '../../../../runtime/audit';
import { idempotent } from '../../../../runtime/idempotency';
import type { Context } from '../context';
import {
  findingStatusAfterCorrectiveActions,
  parseCorrectiveActionInput,
  parseCorrectiveActionUpdate,
  parseVerificationNote,
  toCalendarDay,
  transitionCorrectiveAction,
  type CorrectiveActionStatus,
} from '../domain';
import { CorrectiveAction } from '../entities/corrective-action.entity';
import { Finding } from '../entities/finding.entity';
import { InspectionParty } from '../entities/inspection-party.entity';
import type { Inspection } from '../entities/inspection.entity';
import { COMPLETED_INSPECTION_STATUSES, standingOn, visibleInspections } from '../visibility';
import { invalidInput, notFoundFailure, outcomeOf, requireOrganizationRole, UserFailure } from './outcome';

type Tx = Context['em'];

async function standing(context: Context, tx: Tx, inspection: Inspection) {
  const joint = await tx.find(InspectionParty, { inspection, role: 'JOINT_INSPECTOR' });
  return standingOn(context.principal, inspection, joint.map((party) => party.organizationId));
}

/** The finding follows its plan: recomputed from all its actions after any change. */
async function settleFinding(tx: Tx, finding: Finding) {
  const actions = await tx.find(CorrectiveAction, { finding });
  finding.status = findingStatusAfterCorrectiveActions(finding.status, actions.map((action) => action.status));
}

async function visibleAction(context: Context, tx: Tx, id: string) {
  const action = await tx.findOne(CorrectiveAction, { id, inspection: visibleInspections(context.principal, tx) }, { populate: ['inspection', 'finding'] });
  if (!action) throw notFoundFailure('corrective action', id, 'id');
  return action;
}

/** The supplier owning the inspected facility plans an action against one of its findings. */
export async function addCorrectiveAction(context: Context, input: { findingId: string } & Record<string, unknown>, idempotencyKey: string) {
  requireOrganizationRole(context, ['SUPPLIER'], 'addCorrectiveAction');
  const now = context.clock.now();
  const parsed = parseCorrectiveActionInput(input, now);
  if (!parsed.ok) return invalidInput('The corrective action was not added', parsed.issues, 'input');
  return outcomeOf(() =>
    idempotent(context.em, context.principal, 'addCorrectiveAction', idempotencyKey, input, async (tx) => {
      const finding = await tx.findOne(Finding, { id: input.findingId, inspection: visibleInspections(context.principal, tx) }, { populate: ['inspection'] });
      if (!finding) throw notFoundFailure('finding', input.findingId, 'findingId');
      const inspection = finding.inspection.getEntity();
      if (!(await standing(context, tx, inspection)).facilityOwner) {
        throw new UserFailure('FORBIDDEN', 'Only the supplier owning the inspected facility plans its corrective actions', ['findingId']);
      }
      if (!(COMPLETED_INSPECTION_STATUSES as readonly string[]).includes(inspection.status)) {
        throw new UserFailure('CONFLICT', `The inspection is ${inspection.status}; plans follow a submitted report`, ['findingId']);
      }
      if (finding.status === 'VERIFIED') throw new UserFailure('CONFLICT', 'This finding is already verified as remediated', ['findingId']);
      const action = tx.create(CorrectiveAction, {
        id: `cap_${randomUUID()}`,
        finding,
        inspection,
        action: parsed.value.action,
        rootCause: parsed.value.rootCause,
        owner: parsed.value.owner,
        dueOn: toCalendarDay(parsed.value.dueOn),
        status: 'PLANNED',
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await tx.flush();
      await settleFinding(tx, finding);
      await audit(context, { operation: 'addCorrectiveAction', target: `CorrectiveAction:${action.id}`, country: inspection.facilityCountry }, tx);
      return { correctiveActionId: action.id };
    }),
  );
}

/** The facility edits its action or reports progress (up to COMPLETED; verifying is not its call). */
export async function updateCorrectiveAction(context: Context, input: { id: string; expectedVersion?: number | null } & Record<string, unknown>) {
  requireOrganizationRole(context, ['SUPPLIER'], 'updateCorrectiveAction');
  const now = context.clock.now();
  const { id, expectedVersion, ...changes } = input;
  const parsed = parseCorrectiveActionUpdate(changes, now);
  if (!parsed.ok) return invalidInput('The corrective action was not updated', parsed.issues, 'input');
  return outcomeOf(() =>
    context.em.transactional(async (tx) => {
      const action = await visibleAction(context, tx, id);
      const inspection = action.inspection.getEntity();
      if (!(await standing(context, tx, inspection)).facilityOwner) {
        throw new UserFailure('FORBIDDEN', 'Only the supplier owning the inspected facility updates its corrective actions', ['id']);
      }
      if (expectedVersion != null && expectedVersion !== action.version) {
        throw new UserFailure('CONFLICT', `The action changed since you read it (version ${action.version}, not ${expectedVersion}); reload and retry`, ['expectedVersion']);
      }
      if (action.status === 'VERIFIED') throw new UserFailure('CONFLICT', 'A verified corrective action is final', ['id']);
      const { status, dueOn, ...texts } = parsed.value;
      if (status && status !== action.status) applyTransition(action, status, now, null);
      Object.assign(action, texts, dueOn ? { dueOn: toCalendarDay(dueOn) } : {}, { updatedAt: now });
      await tx.flush();
      await settleFinding(tx, action.finding.getEntity());
      await audit(context, { operation: 'updateCorrectiveAction', target: `CorrectiveAction:${action.id}`, country: inspection.facilityCountry }, tx);
      return { correctiveActionId: action.id };
    }),
  );
}

/** The conducting organisation, a joint inspector or the jurisdiction's regulator accepts or rejects the work. */
export async function verifyCorrectiveAction(context: Context, input: { id: string; decision: 'VERIFIED' | 'REJECTED'; note?: string | null }) {
  const verifier = requireOrganizationRole(context, ['AUDITOR', 'REGULATOR'], 'verifyCorrectiveAction');
  const note = parseVerificationNote(input.note);
  if (!note.ok) return invalidInput('The corrective action was not verified', note.issues, 'input');
  const now = context.clock.now();
  return outcomeOf(() =>
    context.em.transactional(async (tx) => {
      const action = await visibleAction(context, tx, input.id);
      const inspection = action.inspection.getEntity();
      const standingOnIt = await standing(context, tx, inspection);
      if (!standingOnIt.conductor && !standingOnIt.jointInspector && !standingOnIt.jurisdiction) {
        throw new UserFailure('FORBIDDEN', 'Only the organisations that conducted the inspection, or the regulator of the facility\'s country, verify its plan', ['id']);
      }
      applyTransition(action, input.decision, now, verifier);
      action.verificationNote = note.value;
      action.updatedAt = now;
      await tx.flush();
      await settleFinding(tx, action.finding.getEntity());
      await audit(context, { operation: 'verifyCorrectiveAction', target: `CorrectiveAction:${action.id}`, country: inspection.facilityCountry }, tx);
      return { correctiveActionId: action.id };
    }),
  );
}

function applyTransition(action: CorrectiveAction, to: CorrectiveActionStatus, now: Date, by: string | null) {
  const transition = transitionCorrectiveAction(action, to, { now, by });
  if (!transition.ok) throw new UserFailure('CONFLICT', transition.message, ['status']);
  action.status = transition.changes.status;
  action.verifiedById = transition.changes.verifiedBy ?? (to === 'REJECTED' ? by : null);
  action.verifiedAt = transition.changes.verifiedOn ?? (to === 'REJECTED' ? now : null);
}
