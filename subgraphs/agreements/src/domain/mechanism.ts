/**
 * An agreement's grievance mechanism in the step model the grievances subgraph shares
 * (vocabulary/grievance-rules.ts): read from the row whichever shape it was written in, whether it
 * applies to a filing.
 */
import {
  agreementRules,
  stepsOf,
  type AgreementMechanism,
  type GrievanceRules,
} from '../../../../vocabulary/grievance-rules';
import type { AgreementStatus, DeadlineAnchor } from './vocabulary';

export type { AgreementMechanism, GrievanceRules };

/** The shape rows were written in before mechanisms had steps. */
interface MechanismBeforeSteps {
  name: string;
  acknowledgeWithinDays: number;
  respondWithinDays: number;
  respondWithinMonths: number | null;
  respondAfter: 'FILED' | 'ACKNOWLEDGED';
  reviewSteps: { name: string; withinDays: number; after: DeadlineAnchor }[];
}

/** What the JSON column holds: rows written before steps keep their shape until amended. */
export type StoredMechanism = AgreementMechanism | MechanismBeforeSteps;

/** The mechanism in the step model, converting a row written before steps. */
export function mechanismOf(stored: StoredMechanism | null): AgreementMechanism | null {
  if (!stored) return null;
  if ('steps' in stored) {
    return {
      name: stored.name,
      citation: stored.citation ?? null,
      secretariatOrganizationId: stored.secretariatOrganizationId ?? null,
      steps: stored.steps,
      retaliationSteps: stored.retaliationSteps ?? null,
    };
  }
  return {
    name: stored.name,
    citation: null,
    secretariatOrganizationId: null,
    steps: stepsOf(stored),
    retaliationSteps: null,
  };
}

/** Whether a grievance filed under the agreement runs on its mechanism, and if not, why not. */
export function mechanismApplication(agreement: {
  id: string;
  status: AgreementStatus;
  statusSince: string;
  grievanceMechanism: StoredMechanism | null;
}): { applies: boolean; reason: string | null; rules: GrievanceRules | null } {
  const mechanism = mechanismOf(agreement.grievanceMechanism);
  if (!mechanism) return { applies: false, reason: 'the agreement has no grievance mechanism', rules: null };
  if (agreement.status !== 'IN_FORCE') {
    const reason = `the agreement is ${agreement.status}${agreement.status === 'DRAFT' || agreement.status === 'SIGNED' ? ', not yet in force' : ` since ${agreement.statusSince}`}`;
    return { applies: false, reason, rules: null };
  }
  return { applies: true, reason: null, rules: agreementRules(agreement.id, mechanism) };
}
