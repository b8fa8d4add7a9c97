import type { EntityManager } from '@mikro-orm/core';
import type { AddAgreementPartyInput, AddSharingClauseInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { parseClause, parsePartyRef } from '../domain/agreement-terms';
import { milestones } from '../domain/lifecycle';
import { signatoryProblem } from '../domain/signing-rules';
import { Issues, todayOf } from '../domain/validation';
import { AgreementParty } from '../entities/agreement-party.entity';
import { SharingClause } from '../entities/sharing-clause.entity';
import { StatusChange } from '../entities/status-change.entity';
import { auditAgreementChange } from './audit-trail';
import { agreementForEdit, insertParty, newId } from './agreement-store';
import { Refusal, type AgreementResult } from './results';
import { agreementResult, rejectInvalid, runWrite } from './run';
import { invalidateSharing } from './sharing-cache';

export async function addAgreementParty(context: Context, input: AddAgreementPartyInput, idempotencyKey: string): Promise<AgreementResult> {
  const now = context.clock.now();
  const today = todayOf(now);
  const issues = new Issues();
  const party = { ...parsePartyRef(issues, 'input', input), role: input.role ?? 'SIGNATORY' };
  const since = input.since == null ? null : issues.notFuture('since', input.since, today);
  rejectInvalid(issues);

  const outcome = await runWrite(context, 'addAgreementParty', idempotencyKey, input, async (tx: EntityManager) => {
    const agreement = await agreementForEdit(tx, input.agreementId, null);
    const parties = await tx.find(AgreementParty, { agreement: agreement.id }, { orderBy: { position: 'asc' } });
    const existing = parties.find((other) => other.partyKey === party.key);
    if (existing) throw new Refusal('CONFLICT', `${party.key.replace(':', ' ')} is already a party (${existing.role})`, ['input']);
    let joinedOn: string | null = null;
    if (agreement.status === 'DRAFT') {
      if (since) throw new Refusal('CONFLICT', 'Parties to a draft join when it is signed; leave `since` out', ['input', 'since']);
    } else {
      const { signedOn } = milestones(await tx.find(StatusChange, { agreement: agreement.id }, { orderBy: { sequence: 'asc' } }));
      joinedOn = since ?? today;
      if (signedOn && joinedOn < signedOn) throw new Refusal('CONFLICT', `A party cannot join (${joinedOn}) before the agreement was signed (${signedOn})`, ['input', 'since']);
      const problem = signatoryProblem(agreement.kind, [...parties, { countryCode: party.countryCode, organizationId: party.organizationId, role: party.role }]);
      if (problem) throw new Refusal('CONFLICT', `Cannot add this party: ${problem}`, ['input', 'role']);
    }
    insertParty(tx, agreement, party, (parties.at(-1)?.position ?? -1) + 1, joinedOn);
    agreement.updatedAt = now;
    await auditAgreementChange(context, tx, 'addAgreementParty', agreement.id, party.countryCode ? [party.countryCode] : []);
    return { agreementId: agreement.id };
  });
  if ('result' in outcome) await invalidateSharing(context, outcome.result.agreementId);
  return agreementResult(outcome);
}

export async function addSharingClause(context: Context, input: AddSharingClauseInput, idempotencyKey: string): Promise<AgreementResult> {
  const now = context.clock.now();
  const issues = new Issues();
  // Party membership is checked against the stored parties below, so every key passes here.
  const parsed = parseClause(issues, 'input', input, () => true);
  rejectInvalid(issues);

  const outcome = await runWrite(context, 'addSharingClause', idempotencyKey, input, async (tx: EntityManager) => {
    const agreement = await agreementForEdit(tx, input.agreementId, null);
    const partyKeys = new Set((await tx.find(AgreementParty, { agreement: agreement.id })).map((party) => party.partyKey));
    parsed.recipients.forEach((key, index) => {
      if (!partyKeys.has(key)) throw new Refusal('CONFLICT', `${key.replace(':', ' ')} is not a party to the agreement; add it first`, ['input', 'recipients', String(index)]);
    });
    const clause = await tx.findOne(SharingClause, { agreement: agreement.id, category: input.category });
    const added = parsed.recipients.filter((key) => !clause?.recipients.includes(key));
    if (added.length === 0) throw new Refusal('CONFLICT', `Every named party already receives ${input.category}`, ['input', 'recipients']);
    if (clause) {
      clause.recipients = [...clause.recipients, ...added];
      if (parsed.note) clause.note = parsed.note;
    } else {
      tx.create(SharingClause, { id: newId(), agreement, category: input.category, recipients: added, note: parsed.note });
    }
    agreement.updatedAt = now;
    await auditAgreementChange(context, tx, 'addSharingClause', agreement.id);
    return { agreementId: agreement.id };
  });
  if ('result' in outcome) await invalidateSharing(context, outcome.result.agreementId);
  return agreementResult(outcome);
}
