import type { Principal } from '../../../../runtime/principal';
import type { OrganizationKind, ResolversTypes } from '../__generated__/resolvers-types';
import { differingFields, fieldValuesOf, rowValues } from '../domain/provenance';
import { contributionMatch, contributorNamed, matchConfidence } from '../domain/provenance-contributors';
import type { Facility } from '../entities/facility.entity';
import type { Organization } from '../entities/organization.entity';
import type { SuppliersLoaders } from '../loaders';

/**
 * `Facility.provenance` and `Facility.contributions`, assembled from the request's loaders: for a
 * page of facilities one query of sources, one of list rows, one of organisations and the links
 * query `Facility.buyers` shares. Contributors are named by `contributorNamed`.
 */
interface Contributor {
  kind: OrganizationKind;
  organization: Organization | null;
  anonymous: boolean;
}
type FieldProvenance = ResolversTypes['FieldProvenance'];
type FacilityContribution = ResolversTypes['FacilityContribution'];

interface Reader {
  loaders: SuppliersLoaders;
  principal: Principal;
}

/**
 * Names or withholds the organisations that contributed to one facility, for one caller. Both
 * fields ask for the same organisations (those of its sources and of its list rows), so whichever
 * resolves first loads them and the other finds them in the loader's cache.
 */
async function contributorsOf(facility: Facility, { loaders, principal }: Reader) {
  const [sources, rows] = await Promise.all([
    loaders.provenanceOfFacility.load(facility.id),
    loaders.contributionsOfFacility.load(facility.id),
  ]);
  const ids = [
    ...new Set([
      ...sources.flatMap((source) => (source.organizationId ? [source.organizationId] : [])),
      ...rows.map((row) => row.organizationId),
    ]),
  ];
  const [organizations, links] = await Promise.all([
    loaders.organization.loadMany(ids),
    ids.length ? loaders.buyersOfFacility.load(facility.id) : Promise.resolve([]),
  ]);
  const visibleLinks = links.map((link) => ({ buyerId: link.buyer.id, publiclyDisclosed: link.publiclyDisclosed }));
  const byId = new Map<string, Contributor>();
  organizations.forEach((organization, position) => {
    if (!organization || organization instanceof Error) return;
    const named = contributorNamed(principal, {
      organizationId: ids[position],
      facilityOwnerId: facility.owner?.id ?? null,
      facilityCountry: facility.countryCode,
      visibleLinks,
    });
    byId.set(ids[position], { kind: organization.kind, organization: named ? organization : null, anonymous: !named });
  });
  return { sources, rows, contributors: byId };
}

export async function provenanceOf(facility: Facility, reader: Reader): Promise<FieldProvenance[]> {
  const { sources, contributors } = await contributorsOf(facility, reader);
  return sources.map((source) => {
    const contributor = source.organizationId ? (contributors.get(source.organizationId) ?? null) : null;
    const shown = !contributor?.anonymous;
    return {
      field: source.field,
      confidence: source.confidence,
      recordedAt: source.recordedAt,
      source: {
        kind: source.kind,
        contributor,
        listImportId: shown ? source.listImportId : null,
        rowNumber: shown ? source.rowNumber : null,
        mergedFrom: source.mergedFromId,
      },
    };
  });
}

export async function contributionsOf(facility: Facility, reader: Reader): Promise<FacilityContribution[]> {
  const { sources, rows, contributors } = await contributorsOf(facility, reader);
  const current = fieldValuesOf(facility);
  const at = (row: (typeof rows)[number]) => (row.resolvedAt ?? row.listImport.getEntity().startedAt).getTime();
  // Oldest first; rows of one upload in file order.
  const ordered = [...rows].sort(
    (a, b) => at(a) - at(b) || a.listImport.id.localeCompare(b.listImport.id) || a.rowNumber - b.rowNumber,
  );
  return ordered.flatMap((row) => {
    const contributor = contributors.get(row.organizationId);
    if (!row.data || !contributor) return [];
    const importId = row.listImport.id;
    const match = contributionMatch(row);
    const claimed = rowValues(row.data);
    const location = row.data.location;
    return [
      {
        contributor,
        listImportId: contributor.anonymous ? null : importId,
        rowNumber: contributor.anonymous ? null : row.rowNumber,
        contributedAt: new Date(at(row)),
        name: row.data.name,
        address: row.data.address,
        country: row.data.country,
        sectors: row.data.sectors,
        productTypes: row.data.productTypes,
        workerCount: row.data.numberOfWorkers ?? null,
        location: location ? { latitude: location.lat, longitude: location.lng } : null,
        match,
        matchConfidence: matchConfidence(match),
        score: row.score,
        canonicalFields: sources
          .filter((source) => source.listImportId === importId && source.rowNumber === row.rowNumber)
          .map((source) => source.field),
        differingFields: differingFields(claimed, current),
      },
    ];
  });
}
