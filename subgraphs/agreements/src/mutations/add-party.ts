import { Refusal, rejectInvalid, runMutation } from '../../../../runtime/mutation';
import type { AddAgreementPartyInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { parsePartyRef } from '../domain/agreement-terms';
import { milestones } from '../domain/lifecycle';
import { signatoryProblem } from '../domain/signing-rules';
import { Issues, todayOf } from '../domain/validation';
import { isBound } from '../domain/vocabulary';
import { AgreementParty } from '../entities/agreement-party.entity';
import { SharingClause } from '../entities/sharing-clause.entity';
import { StatusChange } from '../entities/status-change.entity';
import {
  agreementPayload,
  AGREEMENT_CONFLICT,
  auditedPerCountry,
  countriesOf,
  sharingChanged,
  type AgreementChange,
} from './agreement-change';
import { agreementForEdit, insertParty } from './agreement-store';
import { invalidateSharing } from './sharing-cache';

/**
 * Adds a party to an agreement that has not ended. Parties of a draft join when it is signed; a
 * party added later joins on `since` (default today), and a new signatory must suit the kind.
 */
export async function addAgreementParty(context: Context, input: AddAgreementPartyInput, idempotencyKey: string) {
  const now = context.clock.now();
  const today = todayOf(now);
  const issues = new Issues();
  const party = { ...parsePartyRef(issues, 'input', input), role: input.role ?? 'SIGNATORY' };
  const since = input.since == null ? null : issues.notFuture('since', input.since, today);
  rejectInvalid('The party was not added', issues.list);

  const outcome = await runMutation<AgreementChange & { sharedCategories: string[] }>(context, {
    operation: 'addAgreementParty',
    idempotency: { key: idempotencyKey, input },
    conflictMessage: AGREEMENT_CONFLICT,
    write: async (tx) => {
      const agreement = await agreementForEdit(tx, input.agreementId, null);
      const parties = await tx.find(AgreementParty, { agreement: agreement.id }, { orderBy: { position: 'asc' } });
      const existing = parties.find((other) => other.partyKey === party.key);
      if (existing)
        throw new Refusal('CONFLICT', `${party.key.replace(':', ' ')} is already a party (${existing.role})`, [
          'input',
        ]);
      let joinedOn: string | null = null;
      if (agreement.status === 'DRAFT') {
        if (since)
          throw new Refusal('CONFLICT', 'Parties to a draft join when it is signed; leave `since` out', [
            'input',
            'since',
          ]);
      } else {
        const { signedOn } = milestones(
          await tx.find(StatusChange, { agreement: agreement.id }, { orderBy: { sequence: 'asc' } }),
        );
        joinedOn = since ?? today;
        if (signedOn && joinedOn < signedOn) {
          throw new Refusal(
            'CONFLICT',
            `A party cannot join (${joinedOn}) before the agreement was signed (${signedOn})`,
            ['input', 'since'],
          );
        }
        const problem = signatoryProblem(agreement.kind, [...parties, party]);
        if (problem) throw new Refusal('CONFLICT', `Cannot add this party: ${problem}`, ['input', 'role']);
      }
      insertParty(tx, agreement, party, (parties.at(-1)?.position ?? -1) + 1, joinedOn);
      agreement.updatedAt = now;
      // A country bound by the agreement sends every category its clauses share.
      const sends = party.countryCode !== null && isBound(party.role);
      const clauses = sends ? await tx.find(SharingClause, { agreement: agreement.id }) : [];
      return {
        agreementId: agreement.id,
        countries: countriesOf([...parties, party]),
        sharedCategories: clauses.map((clause) => clause.category).sort(),
      };
    },
    audited: (change) => auditedPerCountry(change),
    events: (change) => sharingChanged(change, change.sharedCategories),
  });
  if (outcome.ok) await invalidateSharing(context, outcome.result.agreementId);
  return agreementPayload(context, outcome);
}
