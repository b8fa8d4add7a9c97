import { Refusal, rejectInvalid, runMutation } from '../../../../runtime/mutation';
import type { AmendAgreementInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import {
  parseConventions,
  parseProvisions,
  parseSummary,
  parseTextReference,
  parseTitle,
} from '../domain/agreement-terms';
import { mechanismOf } from '../domain/mechanism';
import { mechanismProblem, parseGrievanceMechanism, secretariatProblem } from '../domain/mechanism-terms';
import { Issues, todayOf } from '../domain/validation';
import { AgreementParty } from '../entities/agreement-party.entity';
import { AgreementProvision } from '../entities/agreement-provision.entity';
import { Amendment } from '../entities/amendment.entity';
import { agreementPayload, AGREEMENT_CONFLICT, auditedPerCountry, type AgreementChange } from './agreement-change';
import {
  agreementForEdit,
  countryPartiesOf,
  newId,
  replaceConventionsOf,
  replaceProvisionsOf,
} from './agreement-store';

const AMENDABLE = [
  'title',
  'summary',
  'expiresOn',
  'conventions',
  'provisions',
  'textReference',
  'grievanceMechanism',
] as const;

/** An absent term stays as it is; an explicit null clears an optional one. */
function parseAmendment(input: AmendAgreementInput, today: string) {
  const issues = new Issues();
  const given = AMENDABLE.filter((term) => input[term] !== undefined);
  if (given.length === 0) issues.add('', `name at least one term to change (${AMENDABLE.join(', ')})`);
  if (input.title === null) issues.add('title', 'cannot be removed');
  if (input.conventions === null) issues.add('conventions', 'pass an empty list to remove them all');
  if (input.provisions === null) issues.add('provisions', 'pass an empty list to remove them all');
  const changes = {
    title: input.title != null ? parseTitle(issues, 'title', input.title) : undefined,
    summary: input.summary !== undefined ? parseSummary(issues, 'summary', input.summary) : undefined,
    expiresOn: input.expiresOn,
    conventions: input.conventions ? parseConventions(issues, 'conventions', input.conventions) : undefined,
    provisions: input.provisions ? parseProvisions(issues, 'provisions', input.provisions) : undefined,
    textReference:
      input.textReference !== undefined ? parseTextReference(issues, 'textReference', input.textReference) : undefined,
    grievanceMechanism:
      input.grievanceMechanism === undefined
        ? undefined
        : input.grievanceMechanism && parseGrievanceMechanism(issues, 'grievanceMechanism', input.grievanceMechanism),
  };
  const adoptedOn = issues.notFuture('adoptedOn', input.adoptedOn ?? today, today);
  const reference = issues.text('reference', input.reference, { max: 500 });
  rejectInvalid('The agreement was not amended', issues.list);
  return { given, changes, adoptedOn, reference };
}

/** Changes the named terms of an agreement that has not ended, and records the amendment. */
export async function amendAgreement(context: Context, input: AmendAgreementInput, idempotencyKey: string) {
  const now = context.clock.now();
  const { given, changes, adoptedOn, reference } = parseAmendment(input, todayOf(now));
  const outcome = await runMutation<AgreementChange>(context, {
    operation: 'amendAgreement',
    idempotency: { key: idempotencyKey, input },
    conflictMessage: AGREEMENT_CONFLICT,
    write: async (tx) => {
      const agreement = await agreementForEdit(tx, input.id, input.expectedVersion);
      if (adoptedOn < agreement.draftedOn) {
        throw new Refusal(
          'CONFLICT',
          `The amendment (${adoptedOn}) predates the agreement's draft of ${agreement.draftedOn}`,
          ['input', 'adoptedOn'],
        );
      }
      if (changes.expiresOn && changes.expiresOn <= agreement.statusSince) {
        const message = `expiresOn (${changes.expiresOn}) must come after the current status began (${agreement.statusSince})`;
        throw new Refusal('CONFLICT', message, ['input', 'expiresOn']);
      }
      const provisions = changes.provisions ?? (await tx.find(AgreementProvision, { agreement: agreement.id }));
      const mechanism =
        changes.grievanceMechanism !== undefined
          ? changes.grievanceMechanism
          : mechanismOf(agreement.grievanceMechanism);
      const problem = mechanismProblem(mechanism, provisions);
      if (problem) {
        throw new Refusal('BAD_USER_INPUT', `The amended agreement would be inconsistent: ${problem}`, [
          'input',
          'grievanceMechanism',
        ]);
      }
      const outsider = changes.grievanceMechanism
        ? secretariatProblem(changes.grievanceMechanism, await tx.find(AgreementParty, { agreement: agreement.id }))
        : null;
      if (outsider) {
        throw new Refusal('BAD_USER_INPUT', `The secretariat must be a party organisation: ${outsider}`, [
          'input',
          'grievanceMechanism',
          'secretariatOrganizationId',
        ]);
      }

      if (changes.title !== undefined) agreement.title = changes.title;
      if (changes.summary !== undefined) agreement.summary = changes.summary;
      if (changes.expiresOn !== undefined) agreement.expiresOn = changes.expiresOn;
      if (changes.textReference) Object.assign(agreement, changes.textReference);
      if (changes.grievanceMechanism !== undefined) agreement.grievanceMechanism = changes.grievanceMechanism;
      if (changes.conventions) await replaceConventionsOf(tx, agreement, changes.conventions);
      if (changes.provisions) await replaceProvisionsOf(tx, agreement, changes.provisions);
      agreement.updatedAt = now;
      tx.create(Amendment, { id: newId(), agreement, adoptedOn, reference, changed: [...given], recordedAt: now });
      return { agreementId: agreement.id, countries: await countryPartiesOf(tx, agreement.id) };
    },
    audited: (change) => auditedPerCountry(change),
  });
  return agreementPayload(context, outcome);
}
