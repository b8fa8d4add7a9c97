import type { EntityManager } from '@mikro-orm/core';
import type { CreateAgreementInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import {
  mechanismProblem,
  parseClauses,
  parseConventions,
  parseGrievanceMechanism,
  parseParties,
  parseProvisions,
  parseSummary,
  parseTextReference,
  parseTitle,
} from '../domain/agreement-terms';
import { Issues, todayOf } from '../domain/validation';
import { auditAgreementChange } from './audit-trail';
import { insertAgreement, newId, type AgreementTerms } from './agreement-store';
import type { AgreementResult } from './results';
import { agreementResult, rejectInvalid, runWrite } from './run';

/** Validates the whole input (every problem at once) into the terms a new agreement is written with. */
export function parseCreateAgreement(input: CreateAgreementInput, today: string): AgreementTerms {
  const issues = new Issues();
  const draftedOn = issues.notFuture('draftedOn', input.draftedOn ?? today, today);
  const expiresOn = input.expiresOn ?? null;
  if (expiresOn && expiresOn <= draftedOn) issues.add('expiresOn', `must come after draftedOn (${draftedOn})`);
  const parties = parseParties(issues, 'parties', input.parties);
  const provisions = parseProvisions(issues, 'provisions', input.provisions ?? []);
  const grievanceMechanism = input.grievanceMechanism ? parseGrievanceMechanism(issues, 'grievanceMechanism', input.grievanceMechanism) : null;
  const problem = mechanismProblem(grievanceMechanism, provisions);
  if (problem) issues.add('grievanceMechanism', problem);
  const terms: AgreementTerms = {
    title: parseTitle(issues, 'title', input.title),
    kind: input.kind,
    summary: parseSummary(issues, 'summary', input.summary),
    draftedOn,
    expiresOn,
    parties,
    conventions: parseConventions(issues, 'conventions', input.conventions ?? []),
    provisions,
    sharingClauses: parseClauses(issues, 'sharingClauses', input.sharingClauses ?? [], parties),
    ...parseTextReference(issues, 'textReference', input.textReference),
    grievanceMechanism,
  };
  rejectInvalid(issues);
  return terms;
}

export async function createAgreement(context: Context, input: CreateAgreementInput, idempotencyKey: string): Promise<AgreementResult> {
  const now = context.clock.now();
  const terms = parseCreateAgreement(input, todayOf(now));
  const outcome = await runWrite(context, 'createAgreement', idempotencyKey, input, async (tx: EntityManager) => {
    const agreement = insertAgreement(tx, `agr-${newId()}`, terms, now);
    await tx.flush();
    await auditAgreementChange(context, tx, 'createAgreement', agreement.id);
    return { agreementId: agreement.id };
  });
  return agreementResult(outcome);
}
