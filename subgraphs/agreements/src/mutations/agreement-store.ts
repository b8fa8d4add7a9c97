import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { notFoundRefusal, Refusal, requireVersion } from '../../../../runtime/mutation';
import type { PartyTerms, ProvisionTerms } from '../domain/agreement-terms';
import { isFinal } from '../domain/lifecycle';
import type { AgreementTerms } from '../domain/new-agreement';
import type { AgreementStatus } from '../domain/vocabulary';
import { AgreementConvention } from '../entities/agreement-convention.entity';
import { AgreementParty } from '../entities/agreement-party.entity';
import { AgreementProvision } from '../entities/agreement-provision.entity';
import { Agreement } from '../entities/agreement.entity';
import { SharingClause } from '../entities/sharing-clause.entity';
import { StatusChange } from '../entities/status-change.entity';
import { countriesOf } from './agreement-change';

export const newId = (): string => randomUUID();

/**
 * The agreement an edit applies to, refusing an unknown id, a stale `expectedVersion` and an
 * agreement that has ended. Loaded in the write's transaction; its version guards the update.
 */
export async function agreementForEdit(
  tx: EntityManager,
  id: string,
  expectedVersion: number | null | undefined,
  options: { allowFinal?: boolean } = {},
) {
  const agreement = await tx.findOne(Agreement, { id });
  if (!agreement) throw notFoundRefusal('agreement', id, ['input', 'id']);
  requireVersion('agreement', agreement.version, expectedVersion, ['input', 'expectedVersion']);
  if (!options.allowFinal && isFinal(agreement.status)) {
    throw new Refusal(
      'CONFLICT',
      `The agreement is ${agreement.status} since ${agreement.statusSince}; an ended agreement cannot change`,
    );
  }
  return agreement;
}

/** The agreement's country parties, sorted: whose regulators read its audit entries. */
export const countryPartiesOf = async (tx: EntityManager, agreementId: string) =>
  countriesOf(await tx.find(AgreementParty, { agreement: agreementId, countryCode: { $ne: null } }));

/**
 * Inserts a new agreement as a DRAFT dated `terms.draftedOn`, with all its terms. The seed, which
 * writes agreements signed long ago, passes the parties' joining date and deterministic row ids.
 */
export function insertAgreement(
  tx: EntityManager,
  id: string,
  terms: AgreementTerms,
  now: Date,
  seeding?: { partiesSince: string | null; nextId: () => string },
): Agreement {
  const nextId = seeding?.nextId ?? newId;
  const agreement = tx.create(Agreement, {
    id,
    title: terms.title,
    kind: terms.kind,
    summary: terms.summary,
    status: 'DRAFT',
    statusSince: terms.draftedOn,
    draftedOn: terms.draftedOn,
    expiresOn: terms.expiresOn,
    textCitation: terms.textCitation,
    textUrl: terms.textUrl,
    grievanceMechanism: terms.grievanceMechanism,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  terms.parties.forEach((party, position) =>
    insertParty(tx, agreement, party, position, seeding?.partiesSince ?? null, nextId),
  );
  insertConventions(tx, agreement, terms.conventions, nextId);
  insertProvisions(tx, agreement, terms.provisions, nextId);
  for (const clause of terms.sharingClauses) {
    tx.create(SharingClause, {
      id: nextId(),
      agreement,
      category: clause.category,
      recipients: clause.recipients,
      note: clause.note,
    });
  }
  tx.create(StatusChange, {
    id: nextId(),
    agreement,
    status: 'DRAFT',
    on: terms.draftedOn,
    note: null,
    sequence: 1,
    recordedAt: now,
  });
  return agreement;
}

export function insertParty(
  tx: EntityManager,
  agreement: Agreement,
  party: PartyTerms,
  position: number,
  since: string | null,
  nextId = newId,
) {
  return tx.create(AgreementParty, {
    id: nextId(),
    agreement,
    partyKey: party.key,
    countryCode: party.countryCode,
    organizationId: party.organizationId,
    role: party.role,
    since,
    position,
  });
}

/** Replacing removes the old rows first; nativeDelete runs at once, inside the transaction. */
export async function replaceConventionsOf(tx: EntityManager, agreement: Agreement, codes: readonly string[]) {
  await tx.nativeDelete(AgreementConvention, { agreement: agreement.id });
  insertConventions(tx, agreement, codes);
}

export async function replaceProvisionsOf(
  tx: EntityManager,
  agreement: Agreement,
  provisions: readonly ProvisionTerms[],
) {
  await tx.nativeDelete(AgreementProvision, { agreement: agreement.id });
  insertProvisions(tx, agreement, provisions);
}

function insertConventions(tx: EntityManager, agreement: Agreement, codes: readonly string[], nextId = newId) {
  codes.forEach((code, position) =>
    tx.create(AgreementConvention, { id: nextId(), agreement, conventionCode: code, position }),
  );
}

function insertProvisions(
  tx: EntityManager,
  agreement: Agreement,
  provisions: readonly ProvisionTerms[],
  nextId = newId,
) {
  provisions.forEach((provision, position) =>
    tx.create(AgreementProvision, {
      id: nextId(),
      agreement,
      kind: provision.kind,
      article: provision.article,
      summary: provision.summary,
      position,
    }),
  );
}

/** Appends a status change after the last one and moves the agreement's current status. */
export async function appendStatus(
  tx: EntityManager,
  agreement: Agreement,
  status: AgreementStatus,
  on: string,
  note: string | null,
  now: Date,
) {
  const last = await tx.findOne(StatusChange, { agreement: agreement.id }, { orderBy: { sequence: 'desc' } });
  tx.create(StatusChange, {
    id: newId(),
    agreement,
    status,
    on,
    note,
    sequence: (last?.sequence ?? 0) + 1,
    recordedAt: now,
  });
  agreement.status = status;
  agreement.statusSince = on;
  agreement.updatedAt = now;
}
