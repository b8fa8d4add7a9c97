/**
 * Which countries may share which data categories with which: a country B shares category C
 * with country A when an IN_FORCE agreement that binds B (a SIGNATORY) has a sharing clause for
 * C naming A, itself a party, among the recipients. Every bound country party other than a
 * recipient is a sender, so a bilateral clause naming both parties flows both ways.
 * Pure: the resolvers, and any subgraph that holds a copy of the agreements, use the same rule.
 */
import { DATA_CATEGORIES, isBound, type AgreementStatus, type DataCategory, type PartyRole } from './vocabulary';

export interface SharingAgreement {
  id: string;
  status: AgreementStatus;
  parties: readonly { countryCode: string | null; organizationId: string | null; role: PartyRole }[];
  /** Recipients as party keys (`country:BD`, `organization:org-x`). */
  sharingClauses: readonly { category: DataCategory; recipients: readonly string[] }[];
}

/** One allowed flow of a data category from one country's inspectorate to another's. */
export interface SharingGrant {
  category: DataCategory;
  from: string;
  to: string;
  agreementId: string;
}

/** Every flow the IN_FORCE agreements allow, by category (schema order), receiver, sender. */
export function sharingGrants(agreements: Iterable<SharingAgreement>): SharingGrant[] {
  const grants: SharingGrant[] = [];
  for (const agreement of agreements) {
    if (agreement.status !== 'IN_FORCE') continue;
    const countryParties = new Set(
      agreement.parties.filter((party) => party.countryCode).map((party) => party.countryCode!),
    );
    const senders = agreement.parties
      .filter((party) => party.countryCode && isBound(party.role))
      .map((party) => party.countryCode!);
    for (const clause of agreement.sharingClauses) {
      for (const recipient of clause.recipients) {
        if (!recipient.startsWith('country:')) continue;
        const to = recipient.slice('country:'.length);
        if (!countryParties.has(to)) continue;
        for (const from of senders)
          if (from !== to) grants.push({ category: clause.category, from, to, agreementId: agreement.id });
      }
    }
  }
  const rank = (grant: SharingGrant) => DATA_CATEGORIES.indexOf(grant.category);
  return grants.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.to.localeCompare(b.to) ||
      a.from.localeCompare(b.from) ||
      a.agreementId.localeCompare(b.agreementId),
  );
}

const distinctSorted = (codes: Iterable<string>) => [...new Set(codes)].sort();

/** Countries whose `category` data `country` may receive. */
export const receivesFrom = (grants: readonly SharingGrant[], country: string, category: DataCategory) =>
  distinctSorted(
    grants.filter((grant) => grant.to === country && grant.category === category).map((grant) => grant.from),
  );

/** Countries `country` may send its `category` data to. */
export const sharesWith = (grants: readonly SharingGrant[], country: string, category: DataCategory) =>
  distinctSorted(
    grants.filter((grant) => grant.from === country && grant.category === category).map((grant) => grant.to),
  );

/** The categories `receiver` may receive from `sender`, in the schema's order. */
export const categoriesReceived = (grants: readonly SharingGrant[], receiver: string, sender: string): DataCategory[] =>
  DATA_CATEGORIES.filter((category) =>
    grants.some((grant) => grant.to === receiver && grant.from === sender && grant.category === category),
  );

/** The cross-border permission check: may `receiver`'s regulator see `sender`'s `category` data? */
export const mayReceive = (grants: readonly SharingGrant[], receiver: string, sender: string, category: DataCategory) =>
  receiver === sender ||
  grants.some((grant) => grant.to === receiver && grant.from === sender && grant.category === category);

/** Per category, whom `country` receives from and shares with; categories without partners are left out. */
export function sharingPartnersOf(grants: readonly SharingGrant[], country: string) {
  return DATA_CATEGORIES.map((category) => ({
    category,
    receivesFrom: receivesFrom(grants, country, category),
    sharesWith: sharesWith(grants, country, category),
  })).filter((entry) => entry.receivesFrom.length > 0 || entry.sharesWith.length > 0);
}
