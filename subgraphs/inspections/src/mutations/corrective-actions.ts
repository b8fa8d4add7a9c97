import { randomUUID } from 'node:crypto';
import { forbidden } from '../../../../runtime/errors';
import { Refusal, requireVersion, runMutation } from '../../../../runtime/mutation';
import type {
  AddCorrectiveActionInput,
  UpdateCorrectiveActionInput,
  VerifyCorrectiveActionInput,
} from '../__generated__/resolvers-types';
import type { Context } from '../context';
import {
  findingStatusAfterCorrectiveActions,
  overdueNoticeAfterUpdate,
  parseCorrectiveActionInput,
  parseCorrectiveActionUpdate,
  parseVerificationNote,
  toCalendarDay,
  transitionCorrectiveAction,
} from '../domain';
import { CorrectiveAction } from '../entities/corrective-action.entity';
import type { Finding } from '../entities/finding.entity';
import { calendarDay } from '../queries/sql-values';
import { COMPLETED_INSPECTION_STATUSES } from '../visibility';
import { acceptedInput } from './input';
import { actingOrganization, standingOnInspection, visibleCorrectiveAction, visibleFinding, type Tx } from './targets';

/** What each corrective action mutation answers and audits. */
interface Written extends Record<string, unknown> {
  correctiveActionId: string;
  country: string;
}

const audited = ({ correctiveActionId, country }: Written) => ({
  target: `CorrectiveAction:${correctiveActionId}`,
  country,
});

/** The finding follows its plan: recomputed from all its actions after any change. */
async function settleFinding(tx: Tx, finding: Finding) {
  await tx.flush();
  const actions = await tx.find(CorrectiveAction, { finding });
  finding.status = findingStatusAfterCorrectiveActions(
    finding.status,
    actions.map((action) => action.status),
  );
}

/** The supplier owning the inspected facility plans an action against one of its findings. */
export async function addCorrectiveAction(context: Context, input: AddCorrectiveActionInput, idempotencyKey: string) {
  actingOrganization(context, ['SUPPLIER'], 'addCorrectiveAction');
  const now = context.clock.now();
  const plan = acceptedInput('The corrective action was not added', parseCorrectiveActionInput(input, now));
  return runMutation<Written>(context, {
    operation: 'addCorrectiveAction',
    idempotency: { key: idempotencyKey, input },
    write: async (tx) => {
      const finding = await visibleFinding(context, tx, input.findingId, ['input', 'findingId']);
      const inspection = finding.inspection.getEntity();
      if (!(await standingOnInspection(context, tx, inspection)).facilityOwner) {
        throw forbidden('Only the supplier owning the inspected facility plans its corrective actions');
      }
      if (!(COMPLETED_INSPECTION_STATUSES as readonly string[]).includes(inspection.status)) {
        throw new Refusal('CONFLICT', `The inspection is ${inspection.status}; plans follow a submitted report`, [
          'input',
          'findingId',
        ]);
      }
      if (finding.status === 'VERIFIED')
        throw new Refusal('CONFLICT', 'This finding is already verified as remediated', ['input', 'findingId']);
      const action = tx.create(CorrectiveAction, {
        id: `cap_${randomUUID()}`,
        finding,
        inspection,
        ...plan,
        dueOn: toCalendarDay(plan.dueOn),
        status: 'PLANNED',
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await settleFinding(tx, finding);
      return { correctiveActionId: action.id, country: inspection.facilityCountry };
    },
    audited,
  });
}

/** The facility edits its action or reports progress (up to COMPLETED; verifying is not its call). */
export async function updateCorrectiveAction(context: Context, input: UpdateCorrectiveActionInput) {
  actingOrganization(context, ['SUPPLIER'], 'updateCorrectiveAction');
  const now = context.clock.now();
  const { id, expectedVersion, ...changes } = input;
  const { status, dueOn, ...texts } = acceptedInput(
    'The corrective action was not updated',
    parseCorrectiveActionUpdate(changes, now),
  );
  return runMutation<Written>(context, {
    operation: 'updateCorrectiveAction',
    write: async (tx) => {
      const action = await visibleCorrectiveAction(context, tx, id, ['input', 'id']);
      const inspection = action.inspection.getEntity();
      if (!(await standingOnInspection(context, tx, inspection)).facilityOwner) {
        throw forbidden('Only the supplier owning the inspected facility updates its corrective actions');
      }
      requireVersion('corrective action', action.version, expectedVersion, ['input', 'expectedVersion']);
      if (action.status === 'VERIFIED')
        throw new Refusal('CONFLICT', 'A verified corrective action is final', ['input', 'id']);
      if (status && status !== action.status) applyTransition(action, status, now, null);
      const newDueOn = dueOn ? toCalendarDay(dueOn) : undefined;
      // A new due day forgets that the old one was missed: the action is told again if it misses this one.
      const overdueNotifiedAt = overdueNoticeAfterUpdate(
        { dueOn: calendarDay(action.dueOn), overdueNotifiedAt: action.overdueNotifiedAt },
        newDueOn,
      );
      Object.assign(action, texts, newDueOn ? { dueOn: newDueOn } : {}, { overdueNotifiedAt, updatedAt: now });
      await settleFinding(tx, action.finding.getEntity());
      return { correctiveActionId: action.id, country: inspection.facilityCountry };
    },
    audited,
  });
}

/** The conducting organisation, a joint inspector or the jurisdiction's regulator accepts or rejects the work. */
export async function verifyCorrectiveAction(context: Context, input: VerifyCorrectiveActionInput) {
  const verifier = actingOrganization(context, ['AUDITOR', 'REGULATOR'], 'verifyCorrectiveAction');
  const note = acceptedInput('The corrective action was not verified', parseVerificationNote(input.note));
  const now = context.clock.now();
  return runMutation<Written>(context, {
    operation: 'verifyCorrectiveAction',
    write: async (tx) => {
      const action = await visibleCorrectiveAction(context, tx, input.id, ['input', 'id']);
      const inspection = action.inspection.getEntity();
      const standing = await standingOnInspection(context, tx, inspection);
      if (!standing.conductor && !standing.jointInspector && !standing.jurisdiction) {
        throw forbidden(
          "Only the organisations that conducted the inspection, or the regulator of the facility's country, verify its plan",
        );
      }
      applyTransition(action, input.decision, now, verifier);
      Object.assign(action, { verificationNote: note, updatedAt: now });
      await settleFinding(tx, action.finding.getEntity());
      return { correctiveActionId: action.id, country: inspection.facilityCountry };
    },
    audited,
  });
}

/** Moves the action to its next status; `by` is the verifier, when one decides. */
function applyTransition(action: CorrectiveAction, to: CorrectiveAction['status'], now: Date, by: string | null) {
  const transition = transitionCorrectiveAction(action, to, { now, by });
  if (!transition.ok) throw new Refusal('CONFLICT', transition.message, ['input', by ? 'decision' : 'status']);
  action.status = transition.changes.status;
  action.verifiedById = transition.changes.verifiedBy ?? (to === 'REJECTED' ? by : null);
  action.verifiedAt = transition.changes.verifiedOn ?? (to === 'REJECTED' ? now : null);
}
