import { runMutation } from '../../../../runtime/mutation';
import type { CreateAgreementInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { parseNewAgreement } from '../domain/new-agreement';
import { todayOf } from '../domain/validation';
import {
  agreementPayload,
  AGREEMENT_CONFLICT,
  auditedPerCountry,
  countriesOf,
  type AgreementChange,
} from './agreement-change';
import { insertAgreement, newId } from './agreement-store';

/** Registers a new agreement as a DRAFT with all its terms. */
export async function createAgreement(context: Context, input: CreateAgreementInput, idempotencyKey: string) {
  const now = context.clock.now();
  const terms = parseNewAgreement(input, todayOf(now));
  const countries = countriesOf(terms.parties);
  const outcome = await runMutation<AgreementChange>(context, {
    operation: 'createAgreement',
    idempotency: { key: idempotencyKey, input },
    conflictMessage: AGREEMENT_CONFLICT,
    write: async (tx) => ({ agreementId: insertAgreement(tx, `agr-${newId()}`, terms, now).id, countries }),
    audited: (change) => auditedPerCountry(change),
  });
  return agreementPayload(context, outcome);
}
