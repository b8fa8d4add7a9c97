import type { EntityManager } from '@mikro-orm/core';
import type { AmendAgreementInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import {
  mechanismProblem,
  parseConventions,
  parseGrievanceMechanism,
  parseProvisions,
  parseSummary,
  parseTextReference,
  parseTitle,
} from '../domain/agreement-terms';
import { Issues, todayOf } from '../domain/validation';
import { AgreementProvision } from '../entities/agreement-provision.entity';
import { Amendment } from '../entities/amendment.entity';
import { auditAgreementChange } from './audit-trail';
import { agreementForEdit, newId, replaceConventionsOf, replaceProvisionsOf } from './agreement-store';
import { Refusal, type AgreementResult } from './results';
import { agreementResult, rejectInvalid, runWrite } from './run';

const AMENDABLE = ['title', 'summary', 'expiresOn', 'conventions', 'provisions', 'textReference', 'grievanceMechanism'] as const;

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
    textReference: input.textReference !== undefined ? parseTextReference(issues, 'textReference', input.textReference) : undefined,
    grievanceMechanism:
      input.grievanceMechanism === undefined ? undefined : input.grievanceMechanism && parseGrievanceMechanism(issues, 'grievanceMechanism', input.grievanceMechanism),
  };
  const adoptedOn = issues.notFuture('adoptedOn', input.adoptedOn ?? today, today);
  const reference = issues.text('reference', input.reference, { max: 500 });
  rejectInvalid(issues);
  return { given, changes, adoptedOn, reference };
}

export async function amendAgreement(context: Context, input: AmendAgreementInput, idempotencyKey: string): Promise<AgreementResult> {
  const now = context.clock.now();
  const { given, changes, adoptedOn, reference } = parseAmendment(input, todayOf(now));
  const outcome = await runWrite(context, 'amendAgreement', idempotencyKey, input, async (tx: EntityManager) => {
    const agreement = await agreementForEdit(tx, input.id, input.expectedVersion);
    if (adoptedOn < agreement.draftedOn) throw new Refusal('CONFLICT', `The amendment (${adoptedOn}) predates the agreement's draft of ${agreement.draftedOn}`, ['input', 'adoptedOn']);
    if (changes.expiresOn && changes.expiresOn <= agreement.statusSince) {
      throw new Refusal('CONFLICT', `expiresOn (${changes.expiresOn}) must come after the current status began (${agreement.statusSince})`, ['input', 'expiresOn']);
    }
    const provisions = changes.provisions ?? (await tx.find(AgreementProvision, { agreement: agreement.id }));
    const mechanism = changes.grievanceMechanism !== undefined ? changes.grievanceMechanism : agreement.grievanceMechanism;
    const problem = mechanismProblem(mechanism, provisions);
    if (problem) throw new Refusal('BAD_USER_INPUT', `The amended agreement would be inconsistent: ${problem}`, ['input', 'grievanceMechanism']);

    if (changes.title !== undefined) agreement.title = changes.title;
    if (changes.summary !== undefined) agreement.summary = changes.summary;
    if (changes.expiresOn !== undefined) agreement.expiresOn = changes.expiresOn;
    if (changes.textReference) Object.assign(agreement, changes.textReference);
    if (changes.grievanceMechanism !== undefined) agreement.grievanceMechanism = changes.grievanceMechanism;
    if (changes.conventions) await replaceConventionsOf(tx, agreement, changes.conventions);
    if (changes.provisions) await replaceProvisionsOf(tx, agreement, changes.provisions);
    agreement.updatedAt = now;
    tx.create(Amendment, { id: newId(), agreement, adoptedOn, reference, changed: [...given], recordedAt: now });
    await auditAgreementChange(context, tx, 'amendAgreement', agreement.id);
    return { agreementId: agreement.id };
  });
  return agreementResult(outcome);
}
