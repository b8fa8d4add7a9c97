import type { EntityManager } from '@mikro-orm/core';
import type { ChangeAgreementStatusInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { allowedTransitions, canTransition } from '../domain/lifecycle';
import { signatoryProblem } from '../domain/signing-rules';
import { Issues, todayOf } from '../domain/validation';
import { AgreementParty } from '../entities/agreement-party.entity';
import { auditAgreementChange } from './audit-trail';
import { agreementForEdit, appendStatus } from './agreement-store';
import { Refusal, type AgreementResult } from './results';
import { agreementResult, rejectInvalid, runWrite } from './run';
import { invalidateSharing } from './sharing-cache';

export async function changeAgreementStatus(context: Context, input: ChangeAgreementStatusInput, idempotencyKey: string): Promise<AgreementResult> {
  const now = context.clock.now();
  const today = todayOf(now);
  const issues = new Issues();
  const on = issues.notFuture('on', input.on ?? today, today);
  const note = issues.text('note', input.note, { max: 2000 });
  rejectInvalid(issues);

  const outcome = await runWrite(context, 'changeAgreementStatus', idempotencyKey, input, async (tx: EntityManager) => {
    // Ended agreements are loaded too, so the refusal names the illegal transition.
    const agreement = await agreementForEdit(tx, input.agreementId, input.expectedVersion, { allowFinal: true });
    const from = agreement.status;
    const to = input.status;
    if (!canTransition(from, to)) {
      const allowed = allowedTransitions(from);
      const options = allowed.length ? `it can become ${allowed.join(' or ')}` : `${from} is final`;
      throw new Refusal('CONFLICT', `An agreement that is ${from} cannot become ${to}: ${options}`, ['input', 'status']);
    }
    if (on < agreement.statusSince) {
      throw new Refusal('CONFLICT', `The change (${on}) would precede the current status ${from}, in effect since ${agreement.statusSince}`, ['input', 'on']);
    }
    if (to === 'IN_FORCE' && agreement.expiresOn && on >= agreement.expiresOn) {
      throw new Refusal('CONFLICT', `The agreement's term ends on ${agreement.expiresOn}; it cannot enter into force on ${on}`, ['input', 'on']);
    }
    if (to === 'EXPIRED' && agreement.expiresOn && on < agreement.expiresOn) {
      throw new Refusal('CONFLICT', `The agreement's term runs until ${agreement.expiresOn}; end it earlier by terminating it`, ['input', 'status']);
    }
    if (to === 'SIGNED') {
      const parties = await tx.find(AgreementParty, { agreement: agreement.id });
      const problem = signatoryProblem(agreement.kind, parties);
      if (problem) throw new Refusal('CONFLICT', `Cannot sign: ${problem}`, ['input', 'status']);
      // Parties named in the draft join on the day it is signed.
      for (const party of parties) party.since ??= on;
    }
    await appendStatus(tx, agreement, to, on, note, now);
    await auditAgreementChange(context, tx, `changeAgreementStatus:${to}`, agreement.id);
    return { agreementId: agreement.id };
  });
  if ('result' in outcome) await invalidateSharing(context, outcome.result.agreementId);
  return agreementResult(outcome);
}
