import { Refusal, rejectInvalid, runMutation } from '../../../../runtime/mutation';
import type { ChangeAgreementStatusInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { allowedTransitions, canTransition } from '../domain/lifecycle';
import { signatoryProblem } from '../domain/signing-rules';
import { Issues, todayOf } from '../domain/validation';
import type { Agreement } from '../entities/agreement.entity';
import { AgreementParty } from '../entities/agreement-party.entity';
import { agreementPayload, AGREEMENT_CONFLICT, auditedPerCountry, type AgreementChange } from './agreement-change';
import { agreementForEdit, appendStatus, countryPartiesOf } from './agreement-store';
import { invalidateSharing } from './sharing-cache';

/** Why the agreement cannot move to `to` on `on`, by the lifecycle and its term; null when it can. */
function transitionRefusal(agreement: Agreement, to: Agreement['status'], on: string): Refusal | null {
  const from = agreement.status;
  if (!canTransition(from, to)) {
    const allowed = allowedTransitions(from);
    const options = allowed.length ? `it can become ${allowed.join(' or ')}` : `${from} is final`;
    return new Refusal('CONFLICT', `An agreement that is ${from} cannot become ${to}: ${options}`, ['input', 'status']);
  }
  if (on < agreement.statusSince) {
    const message = `The change (${on}) would precede the current status ${from}, in effect since ${agreement.statusSince}`;
    return new Refusal('CONFLICT', message, ['input', 'on']);
  }
  const { expiresOn } = agreement;
  if (to === 'IN_FORCE' && expiresOn && on >= expiresOn) {
    return new Refusal('CONFLICT', `The agreement's term ends on ${expiresOn}; it cannot enter into force on ${on}`, [
      'input',
      'on',
    ]);
  }
  if (to === 'EXPIRED' && expiresOn && on < expiresOn) {
    return new Refusal('CONFLICT', `The agreement's term runs until ${expiresOn}; end it earlier by terminating it`, [
      'input',
      'status',
    ]);
  }
  return null;
}

/** Moves an agreement along its lifecycle, dated; what it lets flow changes with it. */
export async function changeAgreementStatus(
  context: Context,
  input: ChangeAgreementStatusInput,
  idempotencyKey: string,
) {
  const now = context.clock.now();
  const today = todayOf(now);
  const issues = new Issues();
  const on = issues.notFuture('on', input.on ?? today, today);
  const note = issues.text('note', input.note, { max: 2000 });
  rejectInvalid('The status was not changed', issues.list);

  const outcome = await runMutation<AgreementChange & { from: string }>(context, {
    operation: 'changeAgreementStatus',
    idempotency: { key: idempotencyKey, input },
    conflictMessage: AGREEMENT_CONFLICT,
    write: async (tx) => {
      // Ended agreements are loaded too, so the refusal names the illegal transition.
      const agreement = await agreementForEdit(tx, input.agreementId, input.expectedVersion, { allowFinal: true });
      const refusal = transitionRefusal(agreement, input.status, on);
      if (refusal) throw refusal;
      const from = agreement.status;
      if (input.status === 'SIGNED') {
        const parties = await tx.find(AgreementParty, { agreement: agreement.id });
        const problem = signatoryProblem(agreement.kind, parties);
        if (problem) throw new Refusal('CONFLICT', `Cannot sign: ${problem}`, ['input', 'status']);
        // Parties named in the draft join on the day it is signed.
        for (const party of parties) party.since ??= on;
      }
      await appendStatus(tx, agreement, input.status, on, note, now);
      return { agreementId: agreement.id, countries: await countryPartiesOf(tx, agreement.id), from };
    },
    audited: (change) => auditedPerCountry(change, `changeAgreementStatus:${input.status}`),
    events: ({ agreementId, countries, from }) => [
      {
        type: 'AGREEMENT_STATUS_CHANGED',
        subject: `Agreement:${agreementId}`,
        country: null,
        payload: { agreementId, from, to: input.status, countries },
      },
    ],
  });
  if (outcome.ok) await invalidateSharing(context, outcome.result.agreementId);
  return agreementPayload(context, outcome);
}
