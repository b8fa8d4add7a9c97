import type { EntityManager } from '@mikro-orm/core';
import { childrenLoader, createLoader, entityLoader } from '../../../runtime/loader';
import type { Principal } from '../../../runtime/principal';
import { currentRatifications, type CurrentRatification } from './domain/ratifications';
import { AgreementConvention } from './entities/agreement-convention.entity';
import { AgreementParty } from './entities/agreement-party.entity';
import { AgreementProvision } from './entities/agreement-provision.entity';
import { Agreement } from './entities/agreement.entity';
import { Amendment } from './entities/amendment.entity';
import { RecordedRatification } from './entities/ratification.entity';
import { SharingClause } from './entities/sharing-clause.entity';
import { StatusChange } from './entities/status-change.entity';
import { sharingGrants, type SharingAgreement, type SharingGrant } from './domain/sharing';
import { visibleAgreements } from './visibility';

type Child = { agreement: { id: string } };

/** One query for the children of every agreement asked for in this tick, grouped back per agreement. */
function childrenOf<Row extends Child>(em: EntityManager, entity: new () => Row, orderBy: Record<string, 'asc'>) {
  return childrenLoader<Row>(
    (agreementIds) =>
      em.find(entity, { agreement: { $in: agreementIds } } as never, { orderBy: orderBy as never }) as Promise<Row[]>,
    (row) => row.agreement.id,
  );
}

export function createLoaders(em: EntityManager, principal: Principal) {
  const agreement = entityLoader(em, Agreement, { condition: () => visibleAgreements(principal) });
  const partiesOf = childrenOf(em, AgreementParty, { position: 'asc', id: 'asc' });
  const sharingClausesOf = childrenOf(em, SharingClause, { category: 'asc' });
  // The sharing rule reads parties through a loader of its own: sharing it with `partiesOf` would
  // merge or split batches depending on which query returned first, so a request's statement
  // count would vary with timing instead of being fixed.
  const sharingPartiesOf = childrenOf(em, AgreementParty, { position: 'asc', id: 'asc' });

  /** The IN_FORCE agreements a country is party to, with the parties and clauses the sharing rule reads. */
  async function sharingAgreements(countryCodes: readonly string[] | null): Promise<SharingAgreement[]> {
    const where = countryCodes
      ? { status: 'IN_FORCE' as const, parties: { $some: { countryCode: { $in: [...countryCodes] } } } }
      : { status: 'IN_FORCE' as const };
    const rows = await em.find(Agreement, where, { orderBy: { id: 'asc' } });
    const [parties, clauses] = await Promise.all([
      sharingPartiesOf.loadMany(rows.map((row) => row.id)),
      sharingClausesOf.loadMany(rows.map((row) => row.id)),
    ]);
    return rows.map((row, index) => ({
      id: row.id,
      status: row.status,
      parties: parties[index] as AgreementParty[],
      sharingClauses: clauses[index] as SharingClause[],
    }));
  }

  return {
    agreement,
    partiesOf,
    sharingClausesOf,
    conventionsOf: childrenOf(em, AgreementConvention, { position: 'asc', id: 'asc' }),
    provisionsOf: childrenOf(em, AgreementProvision, { position: 'asc', id: 'asc' }),
    statusHistoryOf: childrenOf(em, StatusChange, { sequence: 'asc' }),
    amendmentsOf: childrenOf(em, Amendment, { recordedAt: 'asc', id: 'asc' }),

    /** Visible agreements each country is a party to, in any role. */
    agreementsOfCountry: createLoader<string, Agreement[]>(async (codes) => {
      const rows = await em.find(
        Agreement,
        { $and: [{ parties: { $some: { countryCode: { $in: [...codes] } } } }, visibleAgreements(principal)] },
        { orderBy: { title: 'asc', id: 'asc' } },
      );
      const parties = (await partiesOf.loadMany(rows.map((row) => row.id))) as AgreementParty[][];
      return codes.map((code) =>
        rows.filter((_row, index) => parties[index].some((party) => party.countryCode === code)),
      );
    }),

    ratificationsOfCountry: createLoader<string, CurrentRatification[]>(async (codes) => {
      const recorded = await em.find(RecordedRatification, { countryCode: { $in: [...codes] } });
      return codes.map((code) =>
        currentRatifications(
          recorded.filter((row) => row.countryCode === code),
          (record) => record.countryCode === code,
        ),
      );
    }),

    ratificationsOfConvention: createLoader<string, CurrentRatification[]>(async (codes) => {
      const recorded = await em.find(RecordedRatification, { conventionCode: { $in: [...codes] } });
      return codes.map((code) =>
        currentRatifications(
          recorded.filter((row) => row.conventionCode === code),
          (record) => record.conventionCode === code,
        ),
      );
    }),

    /** The sharing grants into or out of each country. */
    sharingGrantsOf: createLoader<string, SharingGrant[]>(async (codes) => {
      const grants = sharingGrants(await sharingAgreements(codes));
      return codes.map((code) => grants.filter((grant) => grant.from === code || grant.to === code));
    }),

    /** Every grant, for the graph-wide view. Not a per-item loader: called once per field. */
    allSharingGrants: async () => sharingGrants(await sharingAgreements(null)),
  };
}

export type AgreementsLoaders = ReturnType<typeof createLoaders>;
