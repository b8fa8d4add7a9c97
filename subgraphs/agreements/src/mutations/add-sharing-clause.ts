import { Refusal, rejectInvalid, runMutation } from '../../../../runtime/mutation';
import type { AddSharingClauseInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { parseClause } from '../domain/agreement-terms';
import { Issues } from '../domain/validation';
import { AgreementParty } from '../entities/agreement-party.entity';
import { SharingClause } from '../entities/sharing-clause.entity';
import {
  agreementPayload,
  AGREEMENT_CONFLICT,
  auditedPerCountry,
  countriesOf,
  sharingChanged,
  type AgreementChange,
} from './agreement-change';
import { agreementForEdit, newId } from './agreement-store';
import { invalidateSharing } from './sharing-cache';

/** Lets a data category flow to more parties of an agreement; creates the category's clause when there is none. */
export async function addSharingClause(context: Context, input: AddSharingClauseInput, idempotencyKey: string) {
  const now = context.clock.now();
  const issues = new Issues();
  // Party membership is checked against the stored parties below, so every key passes here.
  const parsed = parseClause(issues, 'input', input, () => true);
  rejectInvalid('The sharing clause was not added', issues.list);

  const outcome = await runMutation<AgreementChange>(context, {
    operation: 'addSharingClause',
    idempotency: { key: idempotencyKey, input },
    conflictMessage: AGREEMENT_CONFLICT,
    write: async (tx) => {
      const agreement = await agreementForEdit(tx, input.agreementId, null);
      const parties = await tx.find(AgreementParty, { agreement: agreement.id });
      const partyKeys = new Set(parties.map((party) => party.partyKey));
      parsed.recipients.forEach((key, index) => {
        if (partyKeys.has(key)) return;
        const message = `${key.replace(':', ' ')} is not a party to the agreement; add it first`;
        throw new Refusal('CONFLICT', message, ['input', 'recipients', String(index)]);
      });
      const clause = await tx.findOne(SharingClause, { agreement: agreement.id, category: input.category });
      const added = parsed.recipients.filter((key) => !clause?.recipients.includes(key));
      if (added.length === 0)
        throw new Refusal('CONFLICT', `Every named party already receives ${input.category}`, ['input', 'recipients']);
      if (clause) {
        clause.recipients = [...clause.recipients, ...added];
        if (parsed.note) clause.note = parsed.note;
      } else {
        tx.create(SharingClause, {
          id: newId(),
          agreement,
          category: input.category,
          recipients: added,
          note: parsed.note,
        });
      }
      agreement.updatedAt = now;
      return { agreementId: agreement.id, countries: countriesOf(parties) };
    },
    audited: (change) => auditedPerCountry(change),
    events: (change) => sharingChanged(change, [input.category]),
  });
  if (outcome.ok) await invalidateSharing(context, outcome.result.agreementId);
  return agreementPayload(context, outcome);
}
