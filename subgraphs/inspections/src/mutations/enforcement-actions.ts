import { randomUUID } from 'node:crypto';
import { forbidden } from '../../../../runtime/errors';
import type { EventDraft } from '../../../../runtime/events';
import { invalidInput, notFoundRefusal, runMutation, type AuditedTarget } from '../../../../runtime/mutation';
import { registryFacility } from '../../../../runtime/registry-facts';
import type {
  ChangeEnforcementActionAppealInput,
  RecordEnforcementActionInput,
} from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { parseEnforcementAction } from '../domain/enforcement-action';
import { EnforcementAction, EnforcementActionFinding } from '../entities/enforcement-action.entity';
import { Finding } from '../entities/finding.entity';
import { visibleEnforcementActions } from '../queries/enforcement-actions';
import { visibleInspections } from '../visibility';
import { acceptedInput } from './input';
import { actingOrganization, type Tx } from './targets';

/** One action recorded or changed: what is audited and told. */
type Recorded = {
  enforcementActionId: string;
  facilityId: string;
  country: string;
  kind: EnforcementAction['kind'];
  published: boolean;
  areas: string[];
};

const audited = ({
  enforcementActionId,
  country,
}: {
  enforcementActionId: string;
  country: string;
}): AuditedTarget => ({
  target: `EnforcementAction:${enforcementActionId}`,
  country,
});

const recordedEvent = (recorded: Recorded): EventDraft => ({
  type: 'ENFORCEMENT_ACTION_RECORDED',
  subject: `EnforcementAction:${recorded.enforcementActionId}`,
  country: recorded.country,
  payload: recorded,
});

/** Only the inspectorate of the facility's country decides sanctions against it. */
function requireJurisdiction(context: Context, country: string, may: string) {
  if (context.principal.country !== country)
    throw forbidden(`Only a regulator of ${country} may ${may} against facilities there`);
}

/**
 * The labour inspectorate of the facility's country records a sanction it decided, on findings of
 * inspections of that facility it may see. The facility's country and owner are the registry's
 * (the gateway's facts in the signed principal), never an argument's.
 */
export async function recordEnforcementAction(
  context: Context,
  input: RecordEnforcementActionInput,
  idempotencyKey: string,
) {
  const organizationId = actingOrganization(context, ['REGULATOR'], 'recordEnforcementAction');
  const summary = 'The enforcement action was not recorded';
  const record = acceptedInput(summary, parseEnforcementAction(input));
  const facility = registryFacility(context.principal, input.facilityId, summary, ['input', 'facilityId']);
  requireJurisdiction(context, facility.country, 'record enforcement actions');
  const now = context.clock.now();
  return runMutation<Recorded>(context, {
    operation: 'recordEnforcementAction',
    idempotency: { key: idempotencyKey, input },
    write: async (tx): Promise<Recorded> => {
      const findings = await findingsOfFacility(context, tx, facility.facilityId, record.findingIds);
      const action = tx.create(EnforcementAction, {
        id: `ena_${randomUUID()}`,
        facilityId: facility.facilityId,
        facilityCountry: facility.country,
        facilityOwnerId: facility.ownerId,
        decidedById: organizationId,
        ...record,
        appealStatus: 'NONE',
        appealNote: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      for (const finding of findings)
        tx.create(EnforcementActionFinding, { id: `eaf_${randomUUID()}`, enforcementAction: action, finding });
      return {
        enforcementActionId: action.id,
        facilityId: action.facilityId,
        country: action.facilityCountry,
        kind: action.kind,
        published: action.published,
        areas: [...new Set(findings.map((finding) => finding.area))].sort(),
      };
    },
    audited,
    events: (recorded) => [recordedEvent(recorded)],
  });
}

/** The named findings, each of an inspection of the facility the caller may see; any other is NOT_FOUND. */
async function findingsOfFacility(context: Context, tx: Tx, facilityId: string, ids: string[]): Promise<Finding[]> {
  const found = await tx.find(Finding, {
    id: { $in: ids },
    inspection: { $and: [visibleInspections(context.principal, tx), { facilityId }] },
  });
  const byId = new Map(found.map((finding) => [finding.id, finding]));
  const missing = ids.findIndex((id) => !byId.has(id));
  if (missing >= 0) throw notFoundRefusal('finding', ids[missing], ['input', 'findingIds', String(missing)]);
  return ids.map((id) => byId.get(id)!);
}

/** An action the caller may see and, being of its country, may change (else NOT_FOUND or FORBIDDEN). */
async function ownAction(context: Context, tx: Tx, id: string, field: string[], may: string) {
  const action = await tx.findOne(EnforcementAction, { $and: [{ id }, visibleEnforcementActions(context.principal)] });
  if (!action) throw notFoundRefusal('enforcement action', id, field);
  requireJurisdiction(context, action.facilityCountry, may);
  return action;
}

/** The inspectorate's country records where the facility's appeal stands. */
export async function changeEnforcementActionAppeal(context: Context, input: ChangeEnforcementActionAppealInput) {
  actingOrganization(context, ['REGULATOR'], 'changeEnforcementActionAppeal');
  const note = input.note?.trim() || null;
  if (note && note.length > 2000)
    invalidInput('The appeal was not changed', [
      { path: ['input', 'note'], message: 'must be at most 2000 characters' },
    ]);
  const now = context.clock.now();
  return runMutation(context, {
    operation: 'changeEnforcementActionAppeal',
    write: async (tx) => {
      const action = await ownAction(
        context,
        tx,
        input.id,
        ['input', 'id'],
        'change the appeal of enforcement actions',
      );
      Object.assign(action, { appealStatus: input.appealStatus, appealNote: note, updatedAt: now });
      return { enforcementActionId: action.id, country: action.facilityCountry, appealStatus: action.appealStatus };
    },
    audited: (changed) => ({ ...audited(changed), operation: `changeEnforcementActionAppeal:${changed.appealStatus}` }),
  });
}

/** The inspectorate's country publishes an action to everyone, or withdraws it from publication. */
export async function setEnforcementActionPublication(context: Context, id: string, published: boolean) {
  actingOrganization(context, ['REGULATOR'], 'setEnforcementActionPublication');
  const now = context.clock.now();
  return runMutation(context, {
    operation: 'setEnforcementActionPublication',
    write: async (tx) => {
      const action = await ownAction(context, tx, id, ['id'], 'publish enforcement actions');
      Object.assign(action, { published, updatedAt: now });
      return { enforcementActionId: action.id, country: action.facilityCountry };
    },
    audited: (changed) => ({ ...audited(changed), operation: `setEnforcementActionPublication:${published}` }),
  });
}
