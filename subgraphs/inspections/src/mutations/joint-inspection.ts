import { randomUUID } from 'node:crypto';
import type { SubmitInspectionInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { jointInspectionIssues, type ValidationIssue } from '../domain';
import { InspectionSignature } from '../entities/inspection-signature.entity';
import type { Inspection } from '../entities/inspection.entity';
import { acceptedInput } from './input';
import type { Tx } from './targets';

/**
 * The facility's country: the registry's, which the gateway put in the signed principal; the
 * id's prefix only where the registry's facts are absent (then the filing is refused elsewhere).
 */
const hostCountryOf = (context: Context, facilityId: string) =>
  context.principal.registry?.[facilityId]?.country ?? facilityId.slice(0, 2);

/**
 * Refuses, as one BAD_USER_INPUT naming each field, a joint inspection that breaks its rules
 * (`jointInspectionIssues`), judged with the agreement's and the partners' facts the gateway looked
 * up (`principal.references`). Nothing is written. Checked once the rest of the submission is valid.
 */
export function acceptJointInspection(
  context: Context,
  input: Pick<SubmitInspectionInput, 'jointInspectorIds'>,
  submission: { kind: SubmitInspectionInput['kind']; facilityId: string; agreementId: string | null },
): void {
  const { role, organizationId, country, references } = context.principal;
  const issues: ValidationIssue[] = jointInspectionIssues(
    {
      kind: submission.kind,
      agreementId: submission.agreementId,
      // As given, so that each issue names the partner's place in the input.
      jointInspectorIds: (input.jointInspectorIds ?? []).map((id) => id.trim()),
    },
    { role, organizationId: organizationId ?? '', country },
    hostCountryOf(context, submission.facilityId),
    references,
  );
  acceptedInput('The inspection was not submitted', issues.length ? { ok: false, issues } : { ok: true, value: null });
}

/** The lead inspectorate signs the joint inspection it files; the partners sign with cosignInspection. */
export function signAsLead(tx: Tx, inspection: Inspection, now: Date): void {
  if (inspection.kind !== 'JOINT_INSPECTION') return;
  tx.create(InspectionSignature, {
    id: `sig_${randomUUID()}`,
    inspection,
    organizationId: inspection.conductedById,
    signedAt: now,
  });
}
