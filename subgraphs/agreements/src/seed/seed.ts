import type { EntityManager } from '@mikro-orm/core';
import { DEMO_ORGANIZATIONS } from '../../../../demo/organizations';
import type { CreateAgreementInput } from '../__generated__/resolvers-types';
import { canTransition } from '../domain/lifecycle';
import { parseNewAgreement, type AgreementTerms } from '../domain/new-agreement';
import { signatoryProblem } from '../domain/signing-rules';
import { Agreement } from '../entities/agreement.entity';
import { StatusChange } from '../entities/status-change.entity';
import { insertAgreement } from '../mutations/agreement-store';
import { DEMO_AGREEMENTS, type DemoAgreement } from './demo-agreements';

const demoOrganizationIds = new Set(DEMO_ORGANIZATIONS.map((organization) => organization.id));

const partyOf = (party: string) => (party.startsWith('org-') ? { organizationId: party } : { country: party });

/**
 * A demo agreement checked by the same rules as the API: its terms parse, its organisations exist
 * in the demo world, and its history takes only allowed, dated-in-order steps.
 */
export function demoTerms(demo: DemoAgreement): AgreementTerms {
  const input: CreateAgreementInput = {
    title: demo.title,
    kind: demo.kind,
    summary: demo.summary,
    draftedOn: demo.history[0][1],
    expiresOn: demo.expiresOn,
    parties: demo.parties.map(([party, role]) => ({ ...partyOf(party), role: role ?? 'SIGNATORY' })),
    conventions: demo.conventions,
    provisions: demo.provisions.map(([kind, article]) => ({ kind, article })),
    sharingClauses: demo.sharing.map(([category, recipients]) => ({ category, recipients: recipients.map(partyOf) })),
    textReference: demo.text ? { citation: demo.text[0], url: demo.text[1] } : undefined,
    grievanceMechanism: demo.mechanism,
  };
  const terms = parseNewAgreement(input, demo.history.at(-1)![1]);
  for (const party of terms.parties) {
    if (party.organizationId && !demoOrganizationIds.has(party.organizationId))
      throw new Error(`${demo.id}: ${party.organizationId} is not a demo organisation`);
  }
  demo.history.forEach(([status, on], index) => {
    const [previous, previousOn] = index === 0 ? (['DRAFT', on] as const) : demo.history[index - 1];
    if (index === 0 ? status !== 'DRAFT' : !canTransition(previous, status) || on < previousOn)
      throw new Error(`${demo.id}: ${previous} → ${status} on ${on} is not allowed`);
    const problem = status === 'SIGNED' ? signatoryProblem(demo.kind, terms.parties) : null;
    if (problem) throw new Error(`${demo.id}: ${problem}`);
  });
  return terms;
}

/**
 * Writes the demo agreements into an empty database; a database that has agreements is left alone.
 * Everything is validated before the one flush, which writes it all in a single transaction.
 */
export async function seedAgreements(em: EntityManager): Promise<void> {
  if ((await em.count(Agreement)) > 0) return;
  for (const demo of DEMO_AGREEMENTS) {
    const terms = demoTerms(demo);
    const recordedAt = new Date(`${demo.history.at(-1)![1]}T12:00:00Z`);
    let row = 0;
    const nextId = () => `${demo.id}:${++row}`;
    const partiesSince = demo.history.find(([status]) => status === 'SIGNED')?.[1] ?? null;
    const agreement = insertAgreement(em, demo.id, terms, recordedAt, { partiesSince, nextId });
    demo.history.slice(1).forEach(([status, on, note], index) => {
      em.create(StatusChange, {
        id: nextId(),
        agreement,
        status,
        on,
        note: note ?? null,
        sequence: index + 2,
        recordedAt,
      });
      agreement.status = status;
      agreement.statusSince = on;
    });
  }
  await em.flush();
}
